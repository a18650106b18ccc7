"""Red-team edition 10 (bench/redteam/v10): counts, determinism, format, new material, charsets,
and attacks that change only what they claim to."""

from __future__ import annotations

import importlib
import importlib.util
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from redteam_v10_corpus import synthetic_corpus

from bench.redteam.build import COUNTS, PAGE_COUNTS, run
from bench.redteam.charset import page_codec
from bench.redteam.v10.data.slogans import SLOGANS
from bench.redteam.v10.data.spam import ANCHORS
from bench.redteam.v10.data.tamper_de import TAMPER_DE
from bench.redteam.v10.data.tamper_registers import REGISTER_HEADLINES
from bench.redteam.v10.hiding import HIDING
from bench.redteam.v10.legit import KIND_COUNTS
from bench.redteam.v10.payloads import payload_strings
from bench.redteam.v10.script_styles import STYLES
from bench.redteam.v10.tamper import WAYS

SCORER = Path("/work/shared/eval/score.py")
EARLIER = ["bench.redteam.payloads"] + [f"bench.redteam.v{n}.payloads" for n in range(2, 10)]
EARLIER += ["bench.redteam.cjk.payloads"] + [f"bench.redteam.cjk{n}.payloads" for n in range(2, 7)]
SEED = 10010
SMALL = 5


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("rt10")
    dev = synthetic_corpus(root)
    run(dev, root / "out", seed=SEED, edition=10)
    return dev, root / "out"


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_counts_by_family_kind_and_page(full: tuple[Path, Path]) -> None:
    _, out = full
    labels, manifest = _json(out / "labels.json"), _json(out / "manifest.json")
    last = {sid: checked[max(checked, key=int)]["family"] for sid, checked in labels["scenarios"].items()}
    for family, count in COUNTS.items():
        assert sum(f == family for f in last.values()) == count == (200 if family == "legit-hard" else 60)
    kinds = [m["kind"] for m in manifest["scenarios"].values() if m["family"] == "legit-hard"]
    assert {k: kinds.count(k) for k in KIND_COUNTS} == dict(KIND_COUNTS)
    pages = [p["family"] for p in labels["pages"].values()]
    assert pages.count("deface-page") == PAGE_COUNTS["deface-page"] == 120
    assert pages.count("legit") == PAGE_COUNTS["legit"] == 150
    assert all(m["edition"] == 10 for m in manifest["scenarios"].values())


def test_same_seed_same_bytes_other_seed_other_set(tmp_path: Path) -> None:
    dev = synthetic_corpus(tmp_path, histories=2)
    for name, seed in (("a", SEED), ("b", SEED), ("c", SEED + 1)):
        run(dev, tmp_path / name, seed=seed, limit=SMALL, edition=10)
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
    assert _tree(tmp_path / "a") != _tree(tmp_path / "c")


def test_labels_are_what_the_scorer_reads(full: tuple[Path, Path]) -> None:
    _, out = full
    labels = _json(out / "labels.json")
    for sid, checked in labels["scenarios"].items():
        meta = _json(out / "scenarios" / sid / "meta.json")
        assert sorted(map(int, checked)) == list(range(meta["learn"], len(meta["snapshots"])))
        assert all(v["label"] in ("legit", "defaced") and v["family"] for v in checked.values())
    if not SCORER.is_file():
        pytest.skip("no scorer")
    spec = importlib.util.spec_from_file_location("score10", SCORER)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    items = scorer.load_labels(str(out / "labels.json"))
    assert len(items["pages"]) == 270
    assert sum(1 for label, _ in items["scenarios"].values() if label == "defaced") == 300


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().strip()


def test_material_is_new_against_every_earlier_edition() -> None:
    earlier = {
        _norm(s) for m in EARLIER for v in importlib.import_module(m).payload_strings().values() for s in v
    }
    mine = [s for strings in payload_strings().values() for s in strings]
    assert len(mine) > 400
    assert [s for s in mine if _norm(s) in earlier] == []


def test_variety_of_languages_techniques_and_styles() -> None:
    required = {"zh-Hans", "zh-Hant", "ja", "ko", "ar", "fa", "ru", "tr", "id", "vi", "hi", "es", "pt", "en"}
    assert required <= set(SLOGANS) and len(SLOGANS) >= 14
    assert len(HIDING) >= 12 and len(STYLES) >= 8 and len(ANCHORS) >= 8 and len(WAYS) >= 12


def test_pages_decode_strictly_in_their_declared_charset(full: tuple[Path, Path]) -> None:
    _, out = full
    manifest = _json(out / "manifest.json")
    legacy = set()
    for pid, info in manifest["pages"].items():
        raw = (out / "pages" / f"{pid}.html").read_bytes()
        codec = page_codec(raw)
        raw.decode(codec)  # strict
        assert info["charset"].lower().replace("_", "-") in raw[:400].decode(
            "ascii", "replace"
        ).lower().replace("_", "-")
        legacy.add(info["charset"])
    assert {"GBK", "Big5", "Shift_JIS", "EUC-KR", "windows-1251"} <= legacy


def _spliced(dev: Path, out: Path, sid: str, info: dict[str, Any]) -> tuple[bytes, bytes]:
    before = (dev / "scenarios" / info["source"] / info["sources"][-1]).read_bytes()
    after = (out / "scenarios" / sid / f"{len(info['sources']) - 1:02d}.html").read_bytes()
    return before, after


def test_attacks_change_only_what_they_claim(full: tuple[Path, Path]) -> None:
    dev, out = full
    for sid, info in _json(out / "manifest.json")["scenarios"].items():
        sources = [dev / "scenarios" / info["source"] / n for n in info["sources"]]
        for n, source in enumerate(sources[:-1]):
            assert source.read_bytes() == (out / "scenarios" / sid / f"{n:02d}.html").read_bytes()
        if info["family"] == "replace" or info.get("kind") == "redesign":
            continue
        before, after = _spliced(dev, out, sid, info)
        rebuilt, pos = b"", 0
        for start, end, out_start, length in info["edits"]:
            new = after[out_start : out_start + length]
            if info["family"] == "tamper":  # rewrites of text or attribute values, no markup
                assert (end > start or info["way"] == "summary-appended") and length > 0
                assert b"<" not in before[start:end] + new and b">" not in new
            elif info["family"] in ("inject", "seo-spam", "script"):  # pure additions
                assert start == end and length > 0
            rebuilt += before[pos:start] + new
            pos = end
        assert rebuilt + before[pos:] == after
        after.decode("utf-8")  # strict


def test_tamper_speaks_the_page_language(full: tuple[Path, Path]) -> None:
    dev, out = full
    german = {t for texts in (*TAMPER_DE.values(), *REGISTER_HEADLINES.values()) for t in texts}
    ways = set()
    for sid, info in _json(out / "manifest.json")["scenarios"].items():
        if info["family"] != "tamper":
            continue
        assert info["detail"]["page_lang"] == "de" and info["detail"]["texts_lang"] == "de"
        ways.add(info["way"])
        _, after = _spliced(dev, out, sid, info)
        texts = [after[o : o + n].decode("utf-8") for _, _, o, n in info["edits"]]
        if info["way"] not in ("figure-inflated", "headline-relinked", "title-and-social-title"):
            assert all(t.strip() in german for t in texts), texts
    assert ways == set(WAYS)
