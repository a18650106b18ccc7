"""The red-team generator (bench/redteam): payloads disjoint from the detectors, the output format,
byte-exact splices, determinism, charsets, and the variety of its payload modules."""

from __future__ import annotations

import bz2
import contextlib
import gzip
import html
import itertools
import json
import lzma
import random
import re
import unicodedata
import zipfile
from pathlib import Path

import pytest

from bench.redteam.attack import Page
from bench.redteam.build import run
from bench.redteam.charset import page_codec
from bench.redteam.cjk6.payloads import payload_strings as payload_strings_cjk6
from bench.redteam.cjk7.payloads import payload_strings as payload_strings_cjk7
from bench.redteam.data.slogans import SLOGANS
from bench.redteam.data.spam_anchors import ANCHORS
from bench.redteam.hiding import HIDING
from bench.redteam.legit_pages import build_legit_page
from bench.redteam.payloads import payload_strings
from bench.redteam.script import script
from bench.redteam.script_styles import STYLES
from bench.redteam.seo_spam import seo_spam
from bench.redteam.splice import ByteEdit
from bench.redteam.tamper import tamper
from bench.redteam.v2.payloads import payload_strings as payload_strings_v2
from bench.redteam.v3.payloads import payload_strings as payload_strings_v3
from bench.redteam.v4.payloads import payload_strings as payload_strings_v4
from bench.redteam.v5.payloads import payload_strings as payload_strings_v5
from bench.redteam.v6.payloads import payload_strings as payload_strings_v6
from bench.redteam.v7.payloads import payload_strings as payload_strings_v7
from bench.redteam.v8.payloads import payload_strings as payload_strings_v8
from bench.redteam.v9.payloads import payload_strings as payload_strings_v9
from bench.redteam.v10.payloads import payload_strings as payload_strings_v10

REPO = Path(__file__).resolve().parents[3]
DETECT = REPO / "src" / "tamperwatch" / "detect"
NO_SPACE = re.compile(
    "[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff]+"
)


# ---------------------------------------------------------------- disjointness from the detectors


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


WORD = re.compile(
    "[\\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+"
)


def _words(text: str) -> list[str]:
    """Runs of letters, digits and combining marks (so Indic and Thai words stay whole)."""
    return WORD.findall(text)


def _trigrams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def _cjk_quads(text: str) -> set[str]:
    return {run[i : i + 4] for run in NO_SPACE.findall(text) for i in range(len(run) - 3)}


def _file_text(path: Path) -> str:
    data = path.read_bytes()
    name = path.name.lower()
    try:
        if name.endswith(".gz"):
            data = gzip.decompress(data)
        elif name.endswith(".xz"):
            data = lzma.decompress(data)
        elif name.endswith(".bz2"):
            data = bz2.decompress(data)
        elif name.endswith(".zip"):
            with zipfile.ZipFile(path) as archive:
                data = b"\n".join(archive.read(n) for n in archive.namelist())
    except (OSError, EOFError, lzma.LZMAError, zipfile.BadZipFile):
        pass
    text = data.decode("utf-8", "ignore")
    if ".json" in name:
        with contextlib.suppress(ValueError):
            text += "\n" + json.dumps(json.loads(text), ensure_ascii=False)
    if "\\u" in text:  # escaped non-ASCII in Python or data files
        text += "\n" + re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return _norm(text)


EDITIONS = {
    1: payload_strings,
    2: payload_strings_v2,
    3: payload_strings_v3,
    4: payload_strings_v4,
    5: payload_strings_v5,
    6: payload_strings_v6,
    7: payload_strings_v7,
    8: payload_strings_v8,
    "cjk6": payload_strings_cjk6,
    "cjk7": payload_strings_cjk7,
    9: payload_strings_v9,
    10: payload_strings_v10,
}


@pytest.mark.parametrize("edition", sorted(EDITIONS, key=str))
def test_payloads_are_disjoint_from_the_detectors(edition: int | str) -> None:
    if not DETECT.is_dir():
        pytest.skip("no detect/ folder")
    text = "\n".join(_file_text(p) for p in sorted(DETECT.rglob("*")) if p.is_file())
    words = _words(text)
    singles, pairs = set(words), set(itertools.pairwise(words))
    grams, quads = _trigrams(words), _cjk_quads(text)
    assert grams, "no text read from detect/"
    clashes = []
    for kind, strings in EDITIONS[edition]().items():
        for raw in strings:
            norm = _norm(raw)
            mine = _words(norm)
            whole = (len(mine) == 1 and mine[0] in singles) or (len(mine) == 2 and tuple(mine) in pairs)
            if norm in text or whole:
                clashes.append((kind, raw, raw))
                continue
            hit = next((" ".join(g) for g in sorted(_trigrams(mine)) if g in grams), None)
            hit = hit or next((q for q in sorted(_cjk_quads(norm)) if q in quads), None)
            if hit:
                clashes.append((kind, raw, hit))
    assert not clashes, "payloads sharing text with src/tamperwatch/detect:\n" + "\n".join(map(str, clashes))


# ---------------------------------------------------------------- variety of the payload modules


def test_payload_modules_have_the_required_variety() -> None:
    assert len(SLOGANS) >= 14
    assert len(HIDING) >= 12
    assert len(STYLES) >= 8
    assert len(ANCHORS) >= 8
    required = {"zh-Hans", "zh-Hant", "ja", "ko", "ar", "fa", "ru", "tr", "id", "vi", "hi", "es", "pt", "en"}
    assert required | {"de", "fr"} <= set(SLOGANS)
    assert {"zh", "id", "ja", "ko", "ru", "vi", "th", "en"} <= set(ANCHORS)


# ---------------------------------------------------------------- generation on a synthetic history

TOPICS = (
    "Stadtrat beschließt neuen Haushalt für das kommende Jahr",
    "Wetterdienst erwartet ein ungewöhnlich mildes Wochenende",
    "Bahnstrecke zwischen Nord und Süd wird ab Montag saniert",
    "Museum zeigt erstmals Gemälde aus einer privaten Sammlung",
    "Handwerkskammer meldet deutlich mehr neue Ausbildungsverträge",
    "Schwimmbad öffnet nach langer Renovierung wieder seine Türen",
    "Verkehrsverbund kündigt dichteren Takt im Berufsverkehr an",
    "Landwirte berichten von einer überraschend guten Ernte",
    "Gericht verhandelt über den Streit um das alte Hafengelände",
    "Feuerwehr bekommt zwei neue Löschfahrzeuge für die Innenstadt",
    "Universität eröffnet ein Forschungszentrum für Klimafragen",
    "Bürgerinitiative sammelt Unterschriften für mehr Radwege",
)
VENDOR_TAGS = (
    "https://cdn.consentframe.example/cmp.js",
    "https://ads.examplead.test/tag.js",
    "https://stats.webcount.example/c.js",
    "https://video.playhub.test/p.js",
)


def _front_page(day: int, charset: str) -> str:
    order = [TOPICS[(day + i) % len(TOPICS)] for i in range(8)]
    teasers = "\n".join(
        f'<article class="teaser"><a href="/region/{i}-meldung-{100000 + day * 10 + i}.html">'
        f'<span class="kicker">Region</span><h2 class="title">{t}</h2></a>'
        f'<p class="lead">Ein ausführlicher Vorspann zum Thema, länger als vierzig Zeichen.</p></article>'
        for i, t in enumerate(order)
    )
    scripts = "".join(f'<script async src="{u}"></script>' for u in VENDOR_TAGS)
    return (
        f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="{charset}"><title>Tagesblatt Süd</title>\n'
        f"<style>body{{font-family:serif}}.teaser{{margin:1em}}</style>{scripts}</head>\n"
        f'<body>\n<header class="site"><a href="/">Tagesblatt</a></header>\n'
        f'<nav><a href="/region/">Region</a> <a href="/sport/">Sport</a></nav>\n'
        f"<main>\n{teasers}\n</main>\n<footer><p>Impressum</p></footer>\n</body></html>\n"
    )


def _synthetic_corpus(root: Path) -> Path:
    """Three legit histories (one in ISO-8859-1): eight hourly captures, then two monthly ones."""
    dev = root / "dev"
    labels: dict[str, dict[str, object]] = {"scenarios": {}, "pages": {}}
    times = [f"2024-01-0{1 + h // 24}T{h % 24:02d}:00:00Z" for h in range(0, 40, 5)]
    times += ["2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z"]
    for n, charset in enumerate(("utf-8", "iso-8859-1", "utf-8")):
        sid = f"s-synthetic{n}"
        folder = dev / "scenarios" / sid
        folder.mkdir(parents=True)
        snaps = []
        for i, when in enumerate(times):
            page = _front_page(i + n if i < 8 else 50 + i, charset)
            if i >= 8:  # the later captures come after a redesign
                page = page.replace('class="teaser"', 'class="card card--wide"')
            (folder / f"{i:02d}.html").write_bytes(page.encode("cp1252" if charset != "utf-8" else "utf-8"))
            snaps.append(
                {
                    "file": f"{i:02d}.html",
                    "captured_at": when,
                    "status": 200,
                    "headers": {"content-type": f"text/html; charset={charset}"},
                }
            )
        meta = {
            "id": sid,
            "target_url": f"https://www.tagesblatt-{n}.example/",
            "learn": 6,
            "snapshots": snaps,
        }
        (folder / "meta.json").write_text(json.dumps(meta))
        labels["scenarios"][sid] = {str(i): {"label": "legit", "family": "legit"} for i in range(6, 10)}
    (dev / "labels.json").write_text(json.dumps(labels))
    return dev


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("redteam")
    dev = _synthetic_corpus(root)
    run(dev, root / "out", seed=7, limit=6)
    return dev, root / "out"


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_output_has_the_dev_corpus_format(generated: tuple[Path, Path]) -> None:
    _, out = generated
    labels = json.loads((out / "labels.json").read_text())
    assert set(labels) == {"scenarios", "pages"}
    families = set()
    for sid, checked in labels["scenarios"].items():
        meta = json.loads((out / "scenarios" / sid / "meta.json").read_text())
        assert meta["id"] == sid and meta["learn"] in (1, 6)
        assert set(meta) == {"id", "target_url", "learn", "snapshots"}
        for snap in meta["snapshots"]:
            assert (out / "scenarios" / sid / snap["file"]).is_file()
            assert snap["status"] == 200 and "content-type" in snap["headers"]
        count = len(meta["snapshots"])
        assert sorted(map(int, checked)) == list(range(meta["learn"], count))
        assert 1 <= count - meta["learn"] - 1 <= 3
        last = checked[str(count - 1)]
        families.add(last["family"])
        assert last["label"] == ("legit" if last["family"] == "legit-hard" else "defaced")
        assert all(
            checked[str(i)] == {"label": "legit", "family": "legit"} for i in range(meta["learn"], count - 1)
        )
    assert families == {"tamper", "inject", "replace", "seo-spam", "script", "legit-hard"}
    for pid, item in labels["pages"].items():
        assert (out / "pages" / f"{pid}.html").is_file()
        assert (item["label"], item["family"]) in {("defaced", "deface-page"), ("legit", "legit")}


def _common_prefix(a: bytes, b: bytes) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


MAX_EDITS = {"tamper": 5, "inject": 2, "seo-spam": 2, "script": 1, "legit-hard": 1}


def test_attacked_snapshots_differ_only_at_the_spliced_spots(generated: tuple[Path, Path]) -> None:
    dev, out = generated
    manifest = json.loads((out / "manifest.json").read_text())
    spliced = set()
    for sid, info in manifest["scenarios"].items():
        sources = [dev / "scenarios" / info["source"] / name for name in info["sources"]]
        made = [out / "scenarios" / sid / f"{i:02d}.html" for i in range(len(sources))]
        for source, copy in zip(sources[:-1], made[:-1], strict=True):
            assert source.read_bytes() == copy.read_bytes()
        if info["family"] == "replace" or info.get("kind") == "redesign":
            continue
        before, after = sources[-1].read_bytes(), made[-1].read_bytes()
        edits = info["edits"]
        assert edits and before != after
        rebuilt, pos = b"", 0
        for start, end, out_start, length in edits:
            rebuilt += before[pos:start] + after[out_start : out_start + length]
            pos = end
        assert rebuilt + before[pos:] == after
        # independently of the manifest: the changed span lies between the first and last edit
        prefix = _common_prefix(before, after)
        suffix = _common_prefix(before[::-1], after[::-1])
        assert prefix >= edits[0][0] and len(before) - suffix <= edits[-1][1], (sid, info["family"])
        assert len(edits) <= MAX_EDITS[info["family"]]
        spliced.add(info["family"])
    assert {"tamper", "inject", "seo-spam", "script", "legit-hard"} <= spliced


def test_generation_is_deterministic_for_a_seed(generated: tuple[Path, Path], tmp_path: Path) -> None:
    dev, out = generated
    run(dev, tmp_path / "again", seed=7, limit=6)
    assert _tree(tmp_path / "again") == _tree(out)
    run(dev, tmp_path / "other", seed=8, limit=6)
    assert _tree(tmp_path / "other") != _tree(out)


def test_a_slogan_in_a_latin1_page_is_written_as_character_references() -> None:
    raw = _front_page(3, "iso-8859-1").encode("cp1252")
    page = Page(raw, "text/html; charset=iso-8859-1", "https://www.tagesblatt.example/")
    result = tamper(page, random.Random(1), "zh-Hans")
    assert len(result.edits) >= 1 and b"&#" in result.data
    text = html.unescape(result.data.decode("cp1252"))
    assert any(slogan in text for slogan in SLOGANS["zh-Hans"])
    for edit in result.edits:
        assert raw[: result.edits[0].start] == result.data[: result.edits[0].out_start]
        assert raw[edit.start : edit.end].decode("cp1252") in _front_page(3, "iso-8859-1")


def test_legit_cjk_and_cyrillic_pages_round_trip_their_charsets() -> None:
    seen = set()
    for index in range(400):
        data, info = build_legit_page(index, seed=3)
        label = str(info["charset"])
        codec = page_codec(data)
        text = data.decode(codec)  # strict: the page is valid in its declared charset
        assert not re.search(rb"&#(?!x27;)", data), (label, info["headline"])  # no fallback references
        assert html.escape(str(info["headline"])) in text
        if label.lower() != "utf-8":
            seen.add(label.lower())
            assert data != text.encode("utf-8")
    assert seen == {"gb2312", "gb18030", "big5", "shift_jis", "euc-kr", "windows-1251"}


def _check_splice(raw: bytes, result_data: bytes, edits: list[ByteEdit]) -> None:
    rebuilt, pos = b"", 0
    for edit in edits:
        rebuilt += raw[pos : edit.start] + result_data[edit.out_start : edit.out_start + edit.length]
        pos = edit.end
    assert rebuilt + raw[pos:] == result_data
    assert _common_prefix(raw, result_data) >= edits[0].start


@pytest.mark.parametrize("technique", sorted(HIDING))
def test_every_hiding_technique_splices_cleanly(technique: str) -> None:
    raw = _front_page(2, "utf-8").encode()
    page = Page(raw, "text/html; charset=utf-8", "https://www.tagesblatt.example/")
    result = seo_spam(page, random.Random(technique), technique, ["th", "en"])
    _check_splice(raw, result.data, result.edits)
    assert 15 <= int(str(result.info["links"])) <= 60
    assert result.data.count(b"<a ") - raw.count(b"<a ") == result.info["links"]


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_script_style_points_at_an_unseen_domain(style: str) -> None:
    raw = _front_page(2, "utf-8").encode()
    page = Page(raw, "text/html; charset=utf-8", "https://www.tagesblatt.example/", (raw,))
    result = script(page, random.Random(style), style)
    _check_splice(raw, result.data, result.edits)
    assert len(result.edits) == 1 and str(result.info["domain"]).encode() not in raw
