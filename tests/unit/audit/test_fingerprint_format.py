"""The Wappalyzer format as the matcher reads it (headers, cookies, meta, script URLs, html, url,
implies, excludes, version templates and confidence tags), and the vendored MIT data set."""

from __future__ import annotations

import json
import time
from importlib import resources

from tamperwatch.audit.fingerprint import (
    Evidence,
    Pattern,
    detect,
    load_technologies,
    parse_technologies,
)

# Dropped from the vendored data because Python's re cannot compile them (JS-only syntax).
MOST_DROPPED_PATTERNS = 5
# The vendored set on a 500 KB page (the html cap): about 0.3 s of CPU on a development core.
MOST_SECONDS_PER_PAGE = 1.0


PATTERN_KEYS = ("headers", "cookies", "meta", "scripts", "scriptSrc", "html", "url")


def _count(value: object) -> int:
    if isinstance(value, dict):
        return sum(_count(v) for v in value.values())
    if isinstance(value, list):
        return len(value)
    return 0 if value is None else 1


def ev(**kw: object) -> Evidence:
    base: dict[str, object] = {"headers": {}, "cookies": {}, "meta": {}, "scripts": [], "html": ""}
    return Evidence(**{**base, **kw})  # type: ignore[arg-type]


def techs(spec: dict[str, object]) -> list:  # type: ignore[type-arg]
    return parse_technologies(json.dumps({"technologies": spec, "categories": {}}))


def test_every_field_one_http_answer_can_feed() -> None:
    data = techs(
        {
            "H": {"headers": {"X-Powered-By": "^H/([\\d.]+)\\;version:\\1"}},
            "C": {"cookies": {"c_session": ""}},
            "M": {"meta": {"og:site_name": "^Mshop$"}},
            "S": {"scriptSrc": "/s-([\\d.]+)\\.js\\;version:\\1"},
            "Legacy": {"scripts": "legacy\\.js"},
            "Page": {"html": '<div id="page-\\d+"'},
            "U": {"url": "\\.aspx(?:$|\\?)"},
        }
    )
    found = detect(
        data,
        ev(
            headers={"x-powered-by": "H/2.4"},
            cookies={"c_session": "abc"},
            meta={"og:site_name": ["Mshop"]},
            scripts=["https://x.example/s-1.2.3.js", "https://x.example/legacy.js"],
            html='<html><div id="page-12"></div></html>',
            url="https://x.example/default.aspx",
        ),
    )
    assert found == {"H": "2.4", "C": "", "M": "", "S": "1.2.3", "Legacy": "", "Page": "", "U": ""}


def test_version_templates_ternary_and_longest_version() -> None:
    pattern = Pattern.parse("app(-beta)?/([\\d.]+)\\;version:\\1?\\2-beta:\\2")
    assert pattern is not None
    assert pattern.match("app-beta/1.2") == (True, "1.2-beta")
    assert pattern.match("app/1.2") == (True, "1.2")
    data = techs(
        {"V": {"scriptSrc": ["v-(\\d+)\\.js\\;version:\\1", "v-(\\d+\\.\\d+\\.\\d+)\\.js\\;version:\\1"]}}
    )
    assert detect(data, ev(scripts=["/v-3.js", "/v-3.6.1.js"])) == {"V": "3.6.1"}


def test_implies_chain_excludes_and_confidence_tags() -> None:
    data = techs(
        {
            "Shop": {"html": "<b class=shop>\\;confidence:50", "implies": "Framework\\;confidence:50"},
            "Framework": {"implies": ["Language"]},
            "Language": {},
            "Rival": {"html": "<b class=shop>", "excludes": "Shop"},
        }
    )
    # Rival excludes Shop before implies are resolved, so Shop implies nothing (as in Wappalyzer)
    assert detect(data, ev(html="<b class=shop>")) == {"Rival": ""}
    del data[3]
    assert set(detect(data, ev(html="<b class=shop>"))) == {"Shop", "Framework", "Language"}


def test_javascript_only_regex_syntax_is_translated_or_dropped() -> None:
    pattern = Pattern.parse("<div a=[^]+b>")  # JS "[^]": any character
    assert pattern is not None and pattern.match("<div a=\nx b>")[0]
    assert Pattern.parse("(unclosed") is None


def test_the_vendored_data_is_wappalyzers_mit_set_and_loads() -> None:
    data = resources.files("tamperwatch.audit").joinpath("data")
    assert "Permission is hereby granted, free of charge" in data.joinpath("technologies.LICENSE").read_text()
    raw = json.loads(data.joinpath("technologies.json").read_text("utf-8"))
    technologies = load_technologies()
    assert len(technologies) == len(raw["technologies"]) == 1422
    compiled = sum(
        sum(map(len, (*t.headers.values(), *t.cookies.values(), *t.meta.values())))
        + len(t.script_src) + len(t.html) + len(t.url)
        for t in technologies
    )  # fmt: skip
    written = sum(_count(spec.get(key)) for spec in raw["technologies"].values() for key in PATTERN_KEYS)
    assert written > 2000
    assert written - MOST_DROPPED_PATTERNS <= compiled <= written
    assert load_technologies() == technologies  # compiled once, the same objects every time
    names = {t.name for t in technologies}
    osv = json.loads(data.joinpath("osv_packages.json").read_text())
    assert {k for k in osv if not k.startswith("_")} <= names  # every OSV mapping names a real technology


def test_the_vendored_set_finds_common_stacks_with_versions() -> None:
    found = detect(
        load_technologies(),
        ev(
            headers={"server": "Apache/2.4.41 (Ubuntu)", "x-powered-by": "PHP/7.4.3"},
            meta={"generator": ["Joomla! - Open Source Content Management"]},
            scripts=["/media/jui/js/jquery.min.js?ver=1.12.4", "/js/bootstrap.min.js"],
            html='<html><link rel="stylesheet" href="/templates/x/bootstrap-4.3.1.min.css"></html>',
            url="https://portal.example/index.php?option=com_content",
        ),
    )
    assert found["Apache"] == "2.4.41"
    assert found["PHP"] == "7.4.3"
    assert found["jQuery"] == "1.12.4"
    assert "Joomla" in found


def test_a_large_page_against_the_whole_set_stays_fast() -> None:
    technologies = load_technologies()
    page = "<html><body>" + "<div class='news'><p>Opening hours and news of the town hall.</p></div>" * 5000
    evidence = ev(html=page[:500_000], scripts=[f"/static/app-{i}.js" for i in range(20)])
    start = time.process_time()
    detect(technologies, evidence)
    assert time.process_time() - start < MOST_SECONDS_PER_PAGE
