"""Red-team edition 9 (bench/redteam/v9) on a synthetic German history: counts, determinism, the
scorer's format, and that every attack changes only what it claims to."""

from __future__ import annotations

import html
import importlib.util
import json
from pathlib import Path

import pytest

from bench.redteam.build import run
from bench.redteam.v9.build import NUMBER
from bench.redteam.v9.data.legit_de import CYBER_HEADLINES
from bench.redteam.v9.data.slogans import SLOGANS
from bench.redteam.v9.data.spam import ANCHORS
from bench.redteam.v9.data.tamper_de import CAPTIONS, FOOTERS, HEADLINES, KICKERS, TEASERS, TITLES
from bench.redteam.v9.data.tamper_words import SECTION_SWAPS, TAILS, WORD_SWAPS
from bench.redteam.v9.script_styles import STYLES

SCORER = Path("/work/shared/eval/score.py")
TOPICS = (
    "Stadtwerke senken zum Jahreswechsel die Preise für Fernwärme",
    "Neue Fahrradbrücke über den Kanal wird im Mai eröffnet",
    "Polizei sucht Zeugen nach Unfall auf der Umgehungsstraße",
    "Theater zeigt zum Saisonstart eine Uraufführung aus der Region",
    "Kreistag streitet über die Zukunft des Krankenhauses am Stadtrand",
    "Handballerinnen gewinnen das Derby vor ausverkauftem Haus",
    "Bauern klagen über Schäden durch den späten Frost im April",
    "Zoo freut sich über Nachwuchs bei den Roten Pandas",
    "Bibliothek verlängert ihre Öffnungszeiten am Wochenende",
    "Messe für Ausbildungsberufe lockt Tausende Schüler an",
)
SCRIPTS = (
    "https://cdn.cmp-frame.example/c.js",
    "https://ads.adhub.test/a.js",
    "https://m.count.example/m.js",
)
TAMPER_TEXTS = set(HEADLINES + TEASERS + TITLES + CAPTIONS + KICKERS + FOOTERS + TAILS)
TAMPER_TEXTS |= set(WORD_SWAPS.values()) | set(SECTION_SWAPS.values())


def front(day: int) -> str:
    teasers = "\n".join(
        f'<article class="tz"><a href="/lokal/{t[:5].lower()}-{300000 + day * 10 + i}.html">'
        f'<span class="dachzeile">Lokales</span><h2>{t}</h2></a><img src="/b/{i}.jpg" alt="Foto zum Bericht '
        f'{i}: {t[:20]}">'
        f"<p>Ein ausführlicher Vorspann zu diesem Thema, der länger als vierzig Zeichen ist.</p></article>"
        for i, t in enumerate(TOPICS[day % 3 :] + TOPICS[: day % 3])
    )
    scripts = "".join(f'<script async src="{u}"></script>' for u in SCRIPTS)
    return (
        '<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>Stadtbote Nord</title>\n'
        '<meta name="description" content="Nachrichten aus der Stadt und dem Umland">'
        f'{scripts}</head>\n<body>\n<header><a href="/">Stadtbote</a>'
        f'<nav><a href="/politik/">Politik</a></nav></header>\n<main>\n{teasers}\n</main>\n'
        "<footer><p>Verlag Stadtbote GmbH, alle Rechte vorbehalten</p></footer>\n</body></html>\n"
    )


def synthetic(root: Path) -> Path:
    dev = root / "dev"
    labels: dict[str, dict[str, object]] = {"scenarios": {}, "pages": {}}
    times = [f"2025-02-0{1 + h // 24}T{h % 24:02d}:00:00Z" for h in range(0, 40, 4)]
    times += ["2025-04-01T00:00:00Z", "2025-05-01T00:00:00Z"]
    for n in range(2):
        folder = dev / "scenarios" / f"s-syn9{n}"
        folder.mkdir(parents=True)
        snaps = []
        for i, when in enumerate(times):
            page = front(i + n) if i < 10 else front(i).replace('class="tz"', 'class="card"')
            (folder / f"{i:02d}.html").write_bytes(page.encode())
            snaps.append(
                {
                    "file": f"{i:02d}.html",
                    "captured_at": when,
                    "status": 200,
                    "headers": {"content-type": "text/html; charset=utf-8"},
                }
            )
        meta = {
            "id": f"s-syn9{n}",
            "target_url": f"https://www.stadtbote-{n}.example/",
            "learn": 6,
            "snapshots": snaps,
        }
        (folder / "meta.json").write_text(json.dumps(meta))
        labels["scenarios"][f"s-syn9{n}"] = {
            str(i): {"label": "legit", "family": "legit"} for i in range(6, 12)
        }
    (dev / "labels.json").write_text(json.dumps(labels))
    return dev


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("rt9")
    dev = synthetic(root)
    run(dev, root / "out", seed=None, edition=NUMBER)
    return dev, root / "out"


def test_counts(full: tuple[Path, Path]) -> None:
    _, out = full
    labels = json.loads((out / "labels.json").read_text())
    manifest = json.loads((out / "manifest.json").read_text())
    last = [checked[max(checked, key=int)]["family"] for checked in labels["scenarios"].values()]
    assert {f: last.count(f) for f in set(last)} == {
        "tamper": 60,
        "inject": 60,
        "replace": 60,
        "seo-spam": 60,
        "script": 60,
        "legit-hard": 200,
    }
    families = [item["family"] for item in labels["pages"].values()]
    assert families.count("deface-page") == 120 and families.count("legit") == 150
    assert all(info["edition"] == NUMBER for info in manifest["scenarios"].values())
    ways = {info["way"] for info in manifest["scenarios"].values() if info["family"] == "tamper"}
    assert len(ways) == 11


def test_format_matches_the_scorer(full: tuple[Path, Path]) -> None:
    _, out = full
    if SCORER.is_file():
        spec = importlib.util.spec_from_file_location("score", SCORER)
        assert spec is not None and spec.loader is not None
        score = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(score)
        items = score.load_labels(out / "labels.json")
        assert len(items["pages"]) == 270 and len(items["scenarios"]) > 1000
    labels = json.loads((out / "labels.json").read_text())
    for sid, checked in labels["scenarios"].items():
        meta = json.loads((out / "scenarios" / sid / "meta.json").read_text())
        assert sorted(map(int, checked)) == list(range(meta["learn"], len(meta["snapshots"])))
        assert all(item["label"] in ("legit", "defaced") for item in checked.values())


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_deterministic_for_a_seed(full: tuple[Path, Path], tmp_path: Path) -> None:
    dev, _ = full
    run(dev, tmp_path / "a", seed=5, limit=9, edition=NUMBER)
    run(dev, tmp_path / "b", seed=5, limit=9, edition=NUMBER)
    run(dev, tmp_path / "c", seed=6, limit=9, edition=NUMBER)
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b") != _tree(tmp_path / "c")


def _spliced(before: bytes, after: bytes, edits: list[list[int]]) -> list[str]:
    rebuilt, pos, new = b"", 0, []
    for start, end, out_start, length in edits:
        rebuilt += before[pos:start] + after[out_start : out_start + length]
        new.append(after[out_start : out_start + length].decode())
        pos = end
    assert rebuilt + before[pos:] == after
    return new


def _claims(family: str, info: dict, new: list[str]) -> None:
    joined = "".join(new)
    shown = html.unescape(joined)
    detail = info["detail"]
    if family == "tamper":
        assert all(html.unescape(t).strip() in TAMPER_TEXTS for t in new), new
    elif family == "seo-spam":
        assert joined.count("<a ") == detail["links"]
        assert any(a in shown for lang in info["langs"] for a in ANCHORS[lang])
    elif family == "script":
        markup = STYLES[detail["style"]](detail["url"], detail["host"], detail["tag"])
        assert new == [markup]
    elif family == "inject":
        assert len(new) == 1
        if info["shape"] != "css-content":
            assert any(slogan in shown for slogan in SLOGANS[info["lang"]]), joined
    elif info.get("kind") == "hack-news-teaser":
        assert any(h in shown for h in CYBER_HEADLINES) and len(new) == 2


def test_attacks_change_only_what_they_claim(full: tuple[Path, Path]) -> None:
    dev, out = full
    manifest = json.loads((out / "manifest.json").read_text())
    for sid, info in manifest["scenarios"].items():
        sources = [dev / "scenarios" / info["source"] / name for name in info["sources"]]
        made = [out / "scenarios" / sid / f"{i:02d}.html" for i in range(len(sources))]
        assert all(s.read_bytes() == m.read_bytes() for s, m in zip(sources[:-1], made[:-1], strict=True))
        if info["family"] == "replace" or info.get("kind") == "redesign":
            continue
        new = _spliced(sources[-1].read_bytes(), made[-1].read_bytes(), info["edits"])
        _claims(info["family"], info, new)
    langs = {info["lang"] for info in manifest["scenarios"].values() if info["family"] == "inject"}
    assert langs == set(SLOGANS)
