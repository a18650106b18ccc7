"""CJK red-team edition 6 (bench/redteam/cjk6): counts, determinism, the scorer's format, strict
charsets, material new against earlier editions, and attacks that change only what they claim."""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from bench.redteam.charset import codec_for, page_codec
from bench.redteam.cjk6 import attacks, deface, scripts, spam
from bench.redteam.cjk6.build import DEFAULT_SEED, generate
from bench.redteam.cjk6.cli import run, wants_cjk6
from bench.redteam.cjk6.history import timeline
from bench.redteam.cjk6.payloads import payload_strings
from bench.redteam.cjk6.scenarios import FAMILIES, plan
from bench.redteam.cjk6.sites import all_sites
from bench.redteam.model import PageItem, Scenario

REPO = Path(__file__).resolve().parents[3]
SCORER = REPO.parent / "shared" / "eval" / "score.py"
EARLIER = ("payloads", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "cjk", "cjk2", "cjk3", "cjk4", "cjk5")
MAX_MODULE_LINES = 200
OTHER_SEED = 7


@pytest.fixture(scope="module")
def edition() -> tuple[list[Scenario], list[PageItem]]:
    return generate(DEFAULT_SEED)


def _fingerprint(items: tuple[list[Scenario], list[PageItem]]) -> str:
    digest = hashlib.sha256()
    for scenario in items[0]:
        digest.update(scenario.sid.encode())
        for snap in scenario.snaps:
            digest.update((snap.data or b"") + snap.captured_at.encode() + repr(snap.headers).encode())
    for page in items[1]:
        digest.update(page.pid.encode() + page.data)
    return digest.hexdigest()


def test_counts(edition: tuple[list[Scenario], list[PageItem]]) -> None:
    scenarios, pages = edition
    attacked = Counter(s.snaps[-1].family for s in scenarios if s.snaps[-1].label == "defaced")
    assert attacked == {family: 15 for family in FAMILIES}
    checked = Counter(
        snap.family
        for s in scenarios
        for n, snap in enumerate(s.snaps)
        if n >= s.learn and snap.label == "legit"
    )
    assert 1250 <= sum(checked.values()) <= 1550
    assert checked["legit-redesign"] >= 30 and checked["legit-hard"] >= 60
    assert Counter(p.family for p in pages) == {"deface-page": 60, "legit": 130}
    assert len(all_sites()) == 15 and {s.lang for s in all_sites()} == {"hans", "hant", "ja", "ko"}
    assert all(20 <= len(timeline(site, DEFAULT_SEED)) <= 80 for site in all_sites())


def test_deterministic_for_a_seed(edition: tuple[list[Scenario], list[PageItem]]) -> None:
    assert _fingerprint(edition) == _fingerprint(generate(DEFAULT_SEED))
    assert _fingerprint(edition) != _fingerprint(generate(OTHER_SEED))


def test_written_set_matches_the_scorer(tmp_path: Path) -> None:
    counts = run(tmp_path / "set", limit=3)
    assert counts["page legit"] == 3
    labels = json.loads((tmp_path / "set" / "labels.json").read_text(encoding="utf-8"))
    for sid, marks in labels["scenarios"].items():
        meta = json.loads((tmp_path / "set" / "scenarios" / sid / "meta.json").read_text(encoding="utf-8"))
        checked = range(meta["learn"], len(meta["snapshots"]))
        assert sorted(map(int, marks)) == list(checked), "every checked snapshot is labelled"
        assert all(m["label"] in ("legit", "defaced") for m in marks.values())
        for entry in meta["snapshots"]:
            assert (tmp_path / "set" / "scenarios" / sid / entry["file"]).is_file()
    if SCORER.is_file():
        spec = importlib.util.spec_from_file_location("score", SCORER)
        assert spec and spec.loader
        score = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(score)
        items = score.load_labels(tmp_path / "set" / "labels.json")
        assert len(items["pages"]) == 6 and items["scenarios"]
    assert wants_cjk6(["--edition", "cjk6", "--out", "x"]) and not wants_cjk6(["--edition", "cjk5"])


def test_charsets_decode_strictly(edition: tuple[list[Scenario], list[PageItem]]) -> None:
    scenarios, pages = edition
    seen: set[str] = set()
    for scenario in scenarios:
        wrong_header = scenario.info["mislabel"] == "header"
        for snap in scenario.snaps:
            raw = snap.data or b""
            codec = page_codec(raw, snap.headers.get("content-type"))
            if wrong_header:
                assert codec == "cp1252"
                codec = codec_for(str(scenario.info["charset"]))
            text = raw.decode(codec)
            seen |= {c for c in "镕喆堃嘅啲咗①髙﨑똠햏" if c in text}
    for page in pages:
        page.data.decode(page_codec(page.data))
    assert seen == set("镕喆堃嘅啲咗①髙﨑똠햏"), "GBK, HKSCS, CP932 and CP949 extras all occur"


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def test_material_is_new_against_earlier_editions() -> None:
    mine = {_norm(s) for strings in payload_strings().values() for s in strings if s.strip()}
    assert len(mine) > 150
    shared: list[tuple[str, str]] = []
    for name in EARLIER:
        module = "bench.redteam.payloads" if name == "payloads" else f"bench.redteam.{name}.payloads"
        theirs = {
            _norm(s)
            for strings in importlib.import_module(module).payload_strings().values()
            for s in strings
        }
        shared += [(name, text) for text in sorted(mine & theirs)]
    assert not shared, "strings shared with earlier editions"


def test_technique_names_are_distinct() -> None:
    names = (
        [n for n, _ in spam.HIDING] + [n for n, _ in scripts.LOADERS] + [n for n, _ in attacks.INJECT_STYLES]
    )
    names += [n for n, _ in deface.STYLES]
    assert len(names) == len(set(names))
    assert len(spam.HIDING) >= 15 and len(scripts.LOADERS) >= 15


TAG = re.compile(r"<[^>]*>")


@pytest.mark.parametrize("site", all_sites(), ids=lambda s: s.key)
def test_attacks_change_only_what_they_claim(site: object) -> None:
    states = timeline(site, DEFAULT_SEED)  # type: ignore[arg-type]
    for index, family in enumerate(FAMILIES * 3):
        made = plan(site, states, family, index, DEFAULT_SEED)  # type: ignore[arg-type]
        hit, clean = made.hit, made.clean
        if family == "replace":
            assert all(item.title not in hit.html for item in made.target.items)
            continue
        assert hit.count >= 1 and hit.old in clean and hit.old != hit.new
        assert clean.replace(hit.old, hit.new) == hit.html
        if family == "tamper":
            bare = hit.old if not hit.old.startswith("<title>") else TAG.sub("", hit.old)
            assert "<" not in bare and "<" not in TAG.sub("", hit.new), "a tamper edits text only"
        else:
            assert hit.count == 1 and (hit.new.startswith(hit.old) or hit.new.endswith(hit.old))


def test_generated_attacks_are_the_planned_ones(edition: tuple[list[Scenario], list[PageItem]]) -> None:
    scenarios, _ = edition
    techniques: Counter[str] = Counter()
    for scenario in scenarios:
        if scenario.info["kind"] != "attacked":
            continue
        assert scenario.snaps[-1].label == "defaced" and scenario.snaps[-1].family == scenario.info["family"]
        assert all(s.label != "defaced" for s in scenario.snaps[:-1])
        if scenario.info["family"] == "tamper":
            techniques[str(scenario.info["technique"])] += 1
    assert len(techniques) >= 5


def test_modules_are_small() -> None:
    for path in (REPO / "bench" / "redteam" / "cjk6").glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < MAX_MODULE_LINES, path.name
