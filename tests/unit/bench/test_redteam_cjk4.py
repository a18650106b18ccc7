"""CJK edition 4 of the red-team set (bench/redteam/cjk4): the dev corpus's layout and labels, the
counts the set promises, seeded determinism, pages that decode in the charset their server or meta
declares, attacks that change only their own spot, and payloads disjoint from the detectors."""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from test_redteam import DETECT, REPO, _cjk_quads, _file_text, _norm, _trigrams, _words

from bench.redteam.charset import codec_for, page_codec
from bench.redteam.cjk4 import attacks
from bench.redteam.cjk4.build import DEFAULT_SEED, generate
from bench.redteam.cjk4.cli import main, wants_cjk4
from bench.redteam.cjk4.history import Plan, content_type, history
from bench.redteam.cjk4.payloads import payload_strings
from bench.redteam.cjk4.render import render
from bench.redteam.cjk4.scenarios import encode
from bench.redteam.cjk4.sites import SITES, Site

FAMILIES = {"tamper", "inject", "replace", "seo-spam", "script"}
GB2312_ONLY = "gb2312"


@pytest.fixture(scope="module")
def full_set() -> tuple[list, list]:  # type: ignore[type-arg]
    return generate(DEFAULT_SEED)


def test_the_set_has_the_promised_counts(full_set: tuple[list, list]) -> None:  # type: ignore[type-arg]
    scenarios, pages = full_set
    last = Counter(s.snaps[-1].family for s in scenarios)
    assert {family: last[family] for family in FAMILIES} == dict.fromkeys(FAMILIES, 15)
    assert last["legit"] + last["legit-redesign"] == 75 and last["legit-redesign"] == 15
    checked = Counter(snap.family for s in scenarios for n, snap in enumerate(s.snaps) if n >= s.learn)
    assert checked["legit"] + checked["legit-redesign"] >= 900
    assert Counter(p.family for p in pages) == {"legit": 130, "deface-page": 60}
    assert {s.learn for s in scenarios} == set(range(1, 9))
    assert max(len(s.snaps) for s in scenarios) >= 30
    assert len({s.info["site"] for s in scenarios}) >= 12
    assert {s.info["language"] for s in scenarios} == {"zh-Hans", "zh-Hant", "ja", "ko"}


def test_a_small_sample_is_the_same_for_the_same_seed() -> None:
    first, again = generate(DEFAULT_SEED, limit=2), generate(DEFAULT_SEED, limit=2)
    assert [(s.sid, [x.data for x in s.snaps]) for s in first[0]] == [
        (s.sid, [x.data for x in s.snaps]) for s in again[0]
    ]
    assert [(p.pid, p.data) for p in first[1]] == [(p.pid, p.data) for p in again[1]]
    other = generate(DEFAULT_SEED + 1, limit=2)
    assert [s.sid for s in other[0]] != [s.sid for s in first[0]]


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_processes_write_the_same_bytes(tmp_path: Path) -> None:
    """Nothing depends on the process (string hashing, set order): the set is the seed's alone."""
    trees = []
    for hash_seed in ("1", "2"):
        out = tmp_path / hash_seed
        command = [
            sys.executable,
            "-m",
            "bench.redteam",
            "--edition",
            "cjk4",
            "--out",
            str(out),
            "--limit",
            "3",
        ]
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run(command, check=True, cwd=REPO, env=env, capture_output=True)
        trees.append(_tree(out))
    assert trees[0] == trees[1] and len(trees[0]) > 30


def test_the_command_writes_the_dev_corpus_layout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert wants_cjk4(["--edition", "cjk4"]) and not wants_cjk4(["--edition", "cjk3"])
    out = tmp_path / "set"
    assert main(["--edition", "cjk4", "--out", str(out), "--limit", "2"]) == 0
    assert "scenario tamper: 2" in capsys.readouterr().out
    labels = json.loads((out / "labels.json").read_text())
    manifest = json.loads((out / "manifest.json").read_text())
    for sid, checked in labels["scenarios"].items():
        meta = json.loads((out / "scenarios" / sid / "meta.json").read_text())
        assert set(meta) == {"id", "target_url", "learn", "snapshots"} and 1 <= meta["learn"] <= 8
        count = len(meta["snapshots"])
        assert sorted(map(int, checked)) == list(range(meta["learn"], count))
        for snap in meta["snapshots"]:
            assert (out / "scenarios" / sid / snap["file"]).is_file() and snap["status"] == 200
            assert snap["headers"]["content-type"].startswith("text/html")
        family = manifest["scenarios"][sid]["family"]
        assert checked[str(count - 1)] == {
            "label": "legit" if family.startswith("legit") else "defaced",
            "family": family,
        }
        assert all(v["label"] == "legit" for k, v in checked.items() if int(k) < count - 1)
        assert {"kind", "site", "language", "charset", "family", "style"} <= set(manifest["scenarios"][sid])
    assert {item["family"] for item in labels["pages"].values()} == {"deface-page", "legit"}
    with pytest.raises(FileExistsError):
        main(["--edition", "cjk4", "--out", str(out), "--limit", "1"])
    assert main(["--edition", "cjk4", "--out", str(out), "--limit", "1", "--overwrite"]) == 0


def test_redesign_labels_start_at_the_redesign(full_set: tuple[list, list]) -> None:  # type: ignore[type-arg]
    for scenario in full_set[0]:
        at = scenario.info.get("redesign_at")
        assert at is None or isinstance(at, int)
        families = [snap.family for n, snap in enumerate(scenario.snaps) if n >= scenario.learn]
        if at is None:
            assert "legit-redesign" not in families
        else:
            after = len(scenario.snaps) - at
            assert families == ["legit"] * (at - scenario.learn) + ["legit-redesign"] * after


def _decoded(raw: bytes, content_type_value: str) -> str:
    return raw.decode(page_codec(raw, content_type_value))  # strict: mojibake-free or it raises


@pytest.mark.parametrize("site", SITES, ids=lambda s: s.key)
def test_every_site_decodes_in_its_declared_charset(site: Site) -> None:
    rng = random.Random(site.key)
    states = history(site, rng, Plan(12, 6, (3,)))
    for state in states:
        raw = encode(render(site, state), state.charset)
        text = _decoded(raw, content_type(site, state))
        assert site.name in text and "&#" not in text.split("</head>")[1].split("<div")[0]
        if site.declare == "header" and state.charset == site.charset:
            assert "charset" not in text.split("</head>")[0]  # only the server's header says it


def test_gb2312_labelled_pages_carry_gbk_only_characters(full_set: tuple[list, list]) -> None:  # type: ignore[type-arg]
    wider = 0
    for scenario in full_set[0]:
        for snap in scenario.snaps:
            raw = snap.data
            if b"charset=gb2312" in raw[:2000] or "gb2312" in snap.headers["content-type"]:
                text = _decoded(raw, snap.headers["content-type"])
                try:
                    text.encode(GB2312_ONLY)
                except UnicodeEncodeError:
                    wider += 1
    assert wider > 50


def test_every_page_task_page_decodes(full_set: tuple[list, list]) -> None:  # type: ignore[type-arg]
    unlabelled = 0
    for page in full_set[1]:
        declared = re.search(rb"<meta[^>]+charset", page.data[:8192]) is not None
        unlabelled += not declared
        codec = page_codec(page.data) if declared else codec_for(str(page.info["charset"]))
        assert codec == codec_for(str(page.info["charset"]))
        page.data.decode(codec)  # strict
    assert 0 < unlabelled < len(full_set[1]) // 4  # some pages leave the charset to be sniffed


@pytest.mark.parametrize("family", ["script", "seo-spam", "inject"])
def test_attacks_change_only_their_spot(family: str) -> None:
    site = SITES[1]
    state = history(site, random.Random(7), Plan(3, None, ()))[-1]
    clean = render(site, state)
    for option in attacks.FAMILY_OPTIONS[family]:
        rng = random.Random(option)
        if family == "script":
            page, _ = attacks.script(site, state, rng, option, True)
        elif family == "seo-spam":
            page, _ = attacks.seo_spam(site, state, rng, option, "before-body-end")
        else:
            page, info = attacks.inject(site, state, rng, option, "body-top")
            if info["title"]:
                page = re.sub(r"<title>.*?</title>", f"<title>{site.name}</title>", page, count=1)
        start = next(i for i, (a, b) in enumerate(zip(clean, page, strict=False)) if a != b)
        tail = len(clean) - start
        assert page[:start] == clean[:start] and page[len(page) - tail :] == clean[start:]


def test_tamper_keeps_the_layout_and_links() -> None:
    site = SITES[0]
    state = history(site, random.Random(3), Plan(2, None, ()))[-1]
    clean = render(site, state)
    for kind in attacks.TAMPER_KINDS:
        for by_cms in (True, False):
            page, info = attacks.tamper(site, state, random.Random(kind), kind, by_cms)
            assert page != clean and info["count"] in range(1, 6)
            assert re.findall(r'href="([^"]+)"', page) == re.findall(r'href="([^"]+)"', clean)


def test_payloads_are_disjoint_from_the_detectors() -> None:
    if not DETECT.is_dir():
        pytest.skip("no detect/ folder")
    text = "\n".join(_file_text(p) for p in sorted(DETECT.rglob("*")) if p.is_file())
    words = _words(text)
    singles, pairs = set(words), set(itertools.pairwise(words))
    grams, quads = _trigrams(words), _cjk_quads(text)
    clashes = []
    for kind, strings in payload_strings().items():
        for raw in strings:
            norm = _norm(raw)
            mine = _words(norm)
            whole = (len(mine) == 1 and mine[0] in singles) or (len(mine) == 2 and tuple(mine) in pairs)
            hit = next((" ".join(g) for g in sorted(_trigrams(mine)) if g in grams), None)
            hit = hit or next((q for q in sorted(_cjk_quads(norm)) if q in quads), None)
            if norm in text or whole or hit:
                clashes.append((kind, raw))
    assert not clashes, "payloads sharing text with src/tamperwatch/detect:\n" + "\n".join(map(str, clashes))
