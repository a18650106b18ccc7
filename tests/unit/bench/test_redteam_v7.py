"""Edition 7 of the red-team generator (bench/redteam/v7): its variety, that its material is its own
(not editions 1-6's), the output format, byte-exact splices, seeded determinism and charsets. Its
disjointness from the detectors is checked with the other editions' in test_redteam.py."""

from __future__ import annotations

import importlib
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_redteam import _check_splice, _front_page, _synthetic_corpus, _tree
from test_redteam_v2 import assert_dev_corpus_format, assert_splices_at_recorded_spots
from test_redteam_v3 import assert_make_accuracy_adds_a_column

from bench.redteam import hiding as v1_hiding
from bench.redteam import script_styles as v1_script
from bench.redteam.attack import NotApplicable, Page
from bench.redteam.build import run
from bench.redteam.payloads import payload_strings as v1_payloads
from bench.redteam.v2 import hiding as v2_hiding
from bench.redteam.v2 import script_styles as v2_script
from bench.redteam.v2.payloads import payload_strings as v2_payloads
from bench.redteam.v3 import hiding as v3_hiding
from bench.redteam.v3 import script_styles as v3_script
from bench.redteam.v3 import tamper as v3_tamper
from bench.redteam.v3.payloads import payload_strings as v3_payloads
from bench.redteam.v4 import hiding as v4_hiding
from bench.redteam.v4 import script_styles as v4_script
from bench.redteam.v4 import tamper as v4_tamper
from bench.redteam.v4.payloads import payload_strings as v4_payloads
from bench.redteam.v5 import hiding as v5_hiding
from bench.redteam.v5 import inject as v5_inject
from bench.redteam.v5 import script_styles as v5_script
from bench.redteam.v5 import tamper as v5_tamper
from bench.redteam.v5.payloads import payload_strings as v5_payloads
from bench.redteam.v6.payloads import payload_strings as v6_payloads
from bench.redteam.v7.build import DEFAULT_SEED
from bench.redteam.v7.data.legit import ATTACK_REPORTS
from bench.redteam.v7.data.spam import ANCHORS
from bench.redteam.v7.data.voices import VOICES
from bench.redteam.v7.hiding import HIDING
from bench.redteam.v7.inject import SHAPES, inject
from bench.redteam.v7.legit import CHANGES, legit_change
from bench.redteam.v7.page_layouts import KINDS
from bench.redteam.v7.pages import PAGE_LANGS, deface_page, legit_page
from bench.redteam.v7.payloads import payload_strings
from bench.redteam.v7.script import script
from bench.redteam.v7.script_styles import ENCODED, STYLES
from bench.redteam.v7.seo_spam import seo_spam
from bench.redteam.v7.tamper import STYLES as TAMPER_STYLES
from bench.redteam.v7.tamper import tamper
from bench.redteam.v7.variants import variant

LIMIT = 18  # covers all eighteen hiding techniques, fifteen script and fourteen tamper styles
RICH = (
    '<meta property="og:title" content="Tagesblatt Süd: Nachrichten">'
    '<meta name="description" content="Nachrichten aus der Region und der Welt">'
)
FIGURE = (
    '<figure><img src="/img/hafen.jpg" alt="Der Hafen im Morgenlicht"><figcaption>Der Hafen im Morgenlicht, '
    "fotografiert vom Leuchtturm aus</figcaption></figure><p>Sprechstunde am 14.03.2026 um 18:30 Uhr, "
    "Telefon 0341 982 57 13.</p>"
)
BROWSER_CODEC = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "euc-jp": "euc_jp",
    "euc-kr": "cp949",
    "iso-8859-1": "cp1252",
    "iso-8859-9": "cp1254",
    "koi8-r": "koi8_r",
    "koi8-u": "koi8_u",
}


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def _names(*modules: Any, attr: str) -> set[str]:
    return {name for module in modules for name in getattr(module, attr)}


def test_edition_7_has_the_required_variety() -> None:
    required = {"zh-Hans", "zh-Hant", "ja", "ko", "ar", "fa", "ru", "tr", "id", "vi", "hi", "es", "pt"}
    assert required | {"en", "de", "fr", "uk", "he", "th", "pl"} <= set(VOICES)
    assert len(ANCHORS) >= 8
    old_hiding = _names(v1_hiding, v2_hiding, v3_hiding, v4_hiding, v5_hiding, attr="HIDING")
    old_hiding |= set(v5_inject.SHAPES)
    assert len(HIDING) >= 12 and not set(HIDING) & old_hiding
    assert len(SHAPES) >= 12 and not set(SHAPES) & old_hiding
    old_scripts = _names(v1_script, v2_script, v3_script, v4_script, v5_script, attr="STYLES")
    assert len(STYLES) >= 8 and not set(STYLES) & old_scripts
    old_tamper = _names(v3_tamper, v4_tamper, v5_tamper, attr="STYLES")
    assert len(TAMPER_STYLES) >= 12 and not set(TAMPER_STYLES) & old_tamper
    assert len({lang.code for lang in PAGE_LANGS}) >= 12
    kinds = {str(legit_page(index, DEFAULT_SEED).info["kind"]) for index in range(150)}
    assert kinds == set(KINDS) and len(kinds) >= 18


def _technique_names(package: str) -> set[str]:
    """Every hiding, shape and style name an edition's modules declare (modules it lacks skipped)."""
    found: set[str] = set()
    for module in ("hiding", "inject", "script_styles", "tamper"):
        try:
            loaded = importlib.import_module(f"{package}.{module}")
        except ImportError:
            continue
        for attr in ("HIDING", "SHAPES", "STYLES"):
            found |= set(getattr(loaded, attr, {}))
    return found


def test_edition_7_names_no_technique_or_style_of_editions_1_to_6() -> None:
    old = set().union(
        *(_technique_names(p) for p in ("bench.redteam", *(f"bench.redteam.v{n}" for n in range(2, 7))))
    )
    mine = _technique_names("bench.redteam.v7")
    clashes = sorted(mine & old)
    assert len(mine) >= 60
    assert not clashes, clashes


def test_edition_7_tamper_writes_at_least_14_languages_and_the_pages_own() -> None:
    items = [variant("tamper", index) for index in range(60)]
    langs = {str(v["lang"]) for v in items}
    assert "own" in langs and len(langs - {"own"}) >= 14
    assert {str(v["style"]) for v in items} == set(TAMPER_STYLES)


def test_edition_7_material_is_not_editions_1_to_6s() -> None:
    makers: tuple[Callable[[], dict[str, list[str]]], ...] = (
        v1_payloads, v2_payloads, v3_payloads, v4_payloads, v5_payloads, v6_payloads,
    )  # fmt: skip
    old = {_norm(s) for make in makers for strings in make().values() for s in strings}
    shared = sorted(s for strings in payload_strings().values() for s in strings if _norm(s) in old)
    assert not shared, shared


def _page(charset: str = "utf-8") -> Page:
    raw = _front_page(3, charset).replace("<title>", RICH + "<title>").replace("</main>", FIGURE + "</main>")
    data = raw.encode("cp1252" if charset != "utf-8" else "utf-8")
    return Page(data, f"text/html; charset={charset}", "https://www.tagesblatt.example/", (data,))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("redteam7")
    dev = _synthetic_corpus(root)
    for page in (dev / "scenarios").rglob("*.html"):
        raw = page.read_bytes()
        raw = raw.replace(b"<title>", RICH.encode() + b"<title>", 1)
        page.write_bytes(raw.replace(b"</main>", FIGURE.encode() + b"</main>", 1))
    run(dev, root / "out", seed=None, limit=LIMIT, edition=7)
    return dev, root / "out"


def test_edition_7_output_has_the_dev_corpus_format(generated: tuple[Path, Path]) -> None:
    assert_dev_corpus_format(generated[1], 7)


def test_edition_7_splices_only_at_the_recorded_spots(generated: tuple[Path, Path]) -> None:
    assert_splices_at_recorded_spots(*generated)


def test_edition_7_is_deterministic_for_its_seed(generated: tuple[Path, Path], tmp_path: Path) -> None:
    dev, out = generated
    run(dev, tmp_path / "again", seed=DEFAULT_SEED, limit=LIMIT, edition=7)
    assert _tree(tmp_path / "again") == _tree(out)
    run(dev, tmp_path / "other", seed=DEFAULT_SEED + 1, limit=LIMIT, edition=7)
    assert _tree(tmp_path / "other") != _tree(out)


@pytest.mark.parametrize("style", sorted(TAMPER_STYLES))
def test_every_edition_7_tamper_style_edits_the_page_in_place(style: str) -> None:
    page = _page()
    for lang in ("own", "zh-Hant", "fa"):
        try:
            result = tamper(page, random.Random(style + lang), style, lang)
        except NotApplicable:
            pytest.fail(f"{style} found no place on a front page")
        _check_splice(page.raw, result.data, result.edits)
        assert result.data != page.raw and result.info["style"] == style
        assert len(result.data) - len(page.raw) < 2000  # a small edit, the layout kept


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_edition_7_inject_shape_adds_a_visible_block(shape: str) -> None:
    page = _page("iso-8859-1")
    for lang in ("own", "en", "ko"):
        result = inject(page, random.Random(shape + lang), shape, lang)
        _check_splice(page.raw, result.data, result.edits)
        assert len(result.data) > len(page.raw) + 60


@pytest.mark.parametrize("technique", sorted(HIDING))
def test_every_edition_7_hiding_technique_carries_every_link(technique: str) -> None:
    page = _page()
    result = seo_spam(page, random.Random(technique), technique, ["zh", "id", "es"])
    _check_splice(page.raw, result.data, result.edits)
    links = int(str(result.info["links"]))
    assert 12 <= links <= 48
    assert result.data.decode().count("https://") - page.raw.decode().count("https://") >= links


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_edition_7_script_style_points_at_an_unseen_domain(style: str) -> None:
    page = _page("iso-8859-1")
    result = script(page, random.Random(style), style, ad_heavy=True)
    _check_splice(page.raw, result.data, result.edits)
    domain = str(result.info["domain"])
    assert domain.encode() not in page.raw
    assert domain.encode() in result.data or style in ENCODED


@pytest.mark.parametrize("kind", sorted(CHANGES))
def test_every_edition_7_legit_hard_change_stays_on_the_site_or_a_new_vendor(kind: str) -> None:
    page = _page()
    result = legit_change(page, random.Random(kind), kind)
    _check_splice(page.raw, result.data, result.edits)
    added = b"".join(result.data[e.out_start : e.out_start + e.length] for e in result.edits).decode()
    assert "<script" not in added or kind == "vendor"
    if kind == "attack-report":
        assert any(headline in added for headline, _ in ATTACK_REPORTS["de"])
        assert re.search(r"/region/\S+\.html", added)


def _browser_codec(label: str) -> str:
    if label.startswith("none"):
        return label.split("(")[1].rstrip(")")
    return BROWSER_CODEC.get(label.lower(), label)


def test_edition_7_pages_decode_in_their_declared_charsets_as_browsers_do() -> None:
    items = [legit_page(index, seed=DEFAULT_SEED) for index in range(150)]
    seen = set()
    for item in items:
        label = str(item.info["charset"])
        text = item.data.decode(_browser_codec(label))  # strict
        assert "<title>" in text and b"&#" not in item.data
        seen.add(label.lower())
    assert {"gb2312", "gbk", "gb18030", "big5", "shift_jis", "euc-jp", "euc-kr", "windows-1251"} <= seen
    assert {"koi8-r", "windows-1256", "windows-1254", "iso-8859-1"} <= seen
    assert any(s.startswith("none") for s in seen)
    # mislabelled as browsers meet them: characters the label's strict charset lacks
    assert any("镕".encode("gbk") in p.data and b"gb2312" in p.data for p in items)
    assert any("㈱".encode("cp932") in p.data and b"shift_jis" in p.data.lower() for p in items)
    deface = [deface_page(index, seed=DEFAULT_SEED) for index in range(120)]
    for item in deface:
        item.data.decode(_browser_codec(str(item.info["charset"])))
    assert len({str(p.info["charset"]).lower() for p in deface} - {"utf-8"}) >= 12
    assert sum(p.info.get("template") == "tampered-portal-article" for p in deface) == 20
    assert len({p.info["lang"] for p in items}) >= 12 and len({p.info["lang"] for p in deface}) >= 12


def test_make_accuracy_scores_edition_7_as_its_own_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``make accuracy REDTEAM7=DIR`` (``bench.accuracy --redteam7 DIR``) adds a seventh column."""
    assert_make_accuracy_adds_a_column(7, tmp_path, monkeypatch, capsys)
