"""Edition 2 of the red-team generator (bench/redteam/v2): its variety, that its material is its own
(not edition 1's), the output format, byte-exact splices, determinism and charsets. Its
disjointness from the detectors is checked with edition 1's in test_redteam.py."""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

import pytest
from test_redteam import _check_splice, _front_page, _synthetic_corpus, _tree

from bench.redteam.attack import Page
from bench.redteam.build import run
from bench.redteam.charset import page_codec
from bench.redteam.data.deface_people import TEAMS as V1_TEAMS
from bench.redteam.deface_render import TEMPLATES as V1_TEMPLATES
from bench.redteam.hiding import HIDING as V1_HIDING
from bench.redteam.payloads import payload_strings as v1_payloads
from bench.redteam.script_styles import STYLES as V1_STYLES
from bench.redteam.v2.attacks import script, seo_spam, tamper
from bench.redteam.v2.data.spam import ANCHORS
from bench.redteam.v2.data.templates import TEMPLATES
from bench.redteam.v2.data.voices import OWN_LANGUAGE, VOICES
from bench.redteam.v2.hiding import HIDING
from bench.redteam.v2.pages import legit_page
from bench.redteam.v2.payloads import payload_strings
from bench.redteam.v2.script_styles import STYLES


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def test_edition_2_has_the_required_variety() -> None:
    required = {"zh-Hans", "zh-Hant", "ja", "ko", "ar", "fa", "ru", "tr", "id", "vi", "hi", "es", "pt"}
    assert required | {"th", "uk", "ur", "ms", "bn", "pl"} <= set(VOICES) and len(VOICES) >= 14
    assert all(len(v.slogans) >= 4 and len(v.lines) >= 4 for v in VOICES.values())
    assert set(OWN_LANGUAGE) == {"de", "en"}
    assert len(ANCHORS) >= 8
    assert len(HIDING) >= 12 and len(set(HIDING) - set(V1_HIDING)) >= 12
    assert len(STYLES) >= 8 and not set(STYLES) & set(V1_STYLES)
    assert not set(TEMPLATES) & set(V1_TEMPLATES)


def test_edition_2_material_is_not_edition_1s() -> None:
    old = {_norm(s) for strings in v1_payloads().values() for s in strings}
    shared = sorted(s for strings in payload_strings().values() for s in strings if _norm(s) in old)
    assert not shared, shared
    assert not {_norm(t) for t in V1_TEAMS} & {_norm(t) for t in payload_strings()["deface"]}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("redteam2")
    dev = _synthetic_corpus(root)
    run(dev, root / "out", seed=None, limit=6, edition=2)
    return dev, root / "out"


def assert_dev_corpus_format(out: Path, edition: int) -> None:
    """``out`` has the dev corpus's layout, every family, and each scenario records ``edition``."""
    labels = json.loads((out / "labels.json").read_text())
    families = set()
    for sid, checked in labels["scenarios"].items():
        meta = json.loads((out / "scenarios" / sid / "meta.json").read_text())
        assert set(meta) == {"id", "target_url", "learn", "snapshots"} and meta["learn"] in (1, 6)
        count = len(meta["snapshots"])
        assert sorted(map(int, checked)) == list(range(meta["learn"], count))
        last = checked[str(count - 1)]
        families.add(last["family"])
        assert last["label"] == ("legit" if last["family"] == "legit-hard" else "defaced")
    assert families == {"tamper", "inject", "replace", "seo-spam", "script", "legit-hard"}
    assert {item["family"] for item in labels["pages"].values()} == {"deface-page", "legit"}
    manifest = json.loads((out / "manifest.json").read_text())
    assert all(item["edition"] == edition for item in manifest["scenarios"].values())


def test_edition_2_output_has_the_dev_corpus_format(generated: tuple[Path, Path]) -> None:
    assert_dev_corpus_format(generated[1], 2)


def assert_splices_at_recorded_spots(dev: Path, out: Path) -> None:
    """Every attacked snapshot of ``out`` is its ``dev`` source with the manifest's edits spliced in."""
    manifest = json.loads((out / "manifest.json").read_text())
    for sid, info in manifest["scenarios"].items():
        sources = [dev / "scenarios" / info["source"] / name for name in info["sources"]]
        made = [out / "scenarios" / sid / f"{i:02d}.html" for i in range(len(sources))]
        for source, copy in zip(sources[:-1], made[:-1], strict=True):
            assert source.read_bytes() == copy.read_bytes()
        if info["family"] == "replace" or info.get("kind") == "redesign":
            continue
        before, after = sources[-1].read_bytes(), made[-1].read_bytes()
        assert info["edits"] and before != after
        rebuilt, pos = b"", 0
        for start, end, out_start, length in info["edits"]:
            rebuilt += before[pos:start] + after[out_start : out_start + length]
            pos = end
        assert rebuilt + before[pos:] == after


def test_edition_2_splices_only_at_the_recorded_spots(generated: tuple[Path, Path]) -> None:
    assert_splices_at_recorded_spots(*generated)


def test_edition_2_is_deterministic_and_differs_from_edition_1(
    generated: tuple[Path, Path], tmp_path: Path
) -> None:
    dev, out = generated
    run(dev, tmp_path / "again", seed=None, limit=6, edition=2)
    assert _tree(tmp_path / "again") == _tree(out)
    run(dev, tmp_path / "v1", seed=None, limit=6, edition=1)
    assert not set(_tree(tmp_path / "v1").values()) & {
        v for k, v in _tree(out).items() if k.startswith("pages/")
    }


def test_own_language_tamper_writes_the_pages_language() -> None:
    raw = _front_page(3, "utf-8").encode()
    page = Page(raw, "text/html; charset=utf-8", "https://www.tagesblatt.example/")
    result = tamper(page, random.Random(5), "own")
    assert result.info["lang"] == "de" and result.info["own_language"]
    text = result.data.decode()
    assert any(slogan in text for slogan in OWN_LANGUAGE["de"])


@pytest.mark.parametrize("technique", sorted(HIDING))
def test_every_edition_2_hiding_technique_splices_cleanly(technique: str) -> None:
    raw = _front_page(2, "utf-8").encode()
    page = Page(raw, "text/html; charset=utf-8", "https://www.tagesblatt.example/")
    result = seo_spam(page, random.Random(technique), technique, ["th", "id"])
    _check_splice(raw, result.data, result.edits)
    links = int(str(result.info["links"]))
    assert 12 <= links <= 50
    added = result.data.count(b"<a ") - raw.count(b"<a ") + result.data.count(b"&lt;a ")
    assert added == links


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_edition_2_script_style_points_at_an_unseen_domain(style: str) -> None:
    raw = _front_page(2, "utf-8").encode()
    page = Page(raw, "text/html; charset=utf-8", "https://www.tagesblatt.example/", (raw,))
    result = script(page, random.Random(style), style)
    _check_splice(raw, result.data, result.edits)
    assert len(result.edits) == 1 and result.data != raw


def test_edition_2_legit_pages_round_trip_their_charsets() -> None:
    seen = set()
    for index in range(150):
        item = legit_page(index, seed=2612)
        label = str(item.info["charset"])
        text = item.data.decode(page_codec(item.data))  # strict: valid in its declared charset
        assert not re.search(rb"&#(?!x27;)", item.data), (label, index)
        assert "<title>" in text
        if label.lower() != "utf-8":
            seen.add(label.lower())
    assert {"gbk", "gb18030", "big5", "euc-jp", "shift_jis", "euc-kr", "koi8-r", "windows-1251"} <= seen
    assert {"windows-1256", "tis-620", "iso-8859-1"} <= seen
