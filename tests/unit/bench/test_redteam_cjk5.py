"""CJK edition 5 of the red-team set (bench/redteam/cjk5): the corpus layout and labels, the promised
counts, seeded determinism, charsets that decode as declared, attacks confined to their spot, and
payloads that share no text with the detectors."""

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
from bench.redteam.cjk5 import attacks
from bench.redteam.cjk5.build import DEFAULT_SEED, generate
from bench.redteam.cjk5.cli import main, wants_cjk5
from bench.redteam.cjk5.history import Plan, content_type, history
from bench.redteam.cjk5.payloads import payload_strings
from bench.redteam.cjk5.render import render
from bench.redteam.cjk5.scenarios import encode
from bench.redteam.cjk5.script_attack import SCRIPT_STYLES, script
from bench.redteam.cjk5.sites import SITES, Site
from bench.redteam.cjk5.tamper import TAMPER_KINDS, tamper

ATTACKS = {"replace", "inject", "seo-spam", "script", "tamper"}


@pytest.fixture(scope="module")
def full_set() -> tuple[list, list]:  # type: ignore[type-arg]
    return generate(DEFAULT_SEED)


def test_counts_match_the_earlier_cjk_editions(full_set: tuple[list, list]) -> None:  # type: ignore[type-arg]
    scenarios, pages = full_set
    last = Counter(s.snaps[-1].family for s in scenarios)
    assert {f: last[f] for f in ATTACKS} == dict.fromkeys(ATTACKS, 15)
    assert last["legit"] == 60 and last["legit-redesign"] == 15
    checked = Counter(x.family for s in scenarios for n, x in enumerate(s.snaps) if n >= s.learn)
    assert 1350 <= checked["legit"] + checked["legit-redesign"] <= 1550
    assert 80 <= checked["legit-redesign"] <= 120
    assert Counter(p.family for p in pages) == {"legit": 130, "deface-page": 60}
    assert {s.learn for s in scenarios} == set(range(1, 9)) and max(len(s.snaps) for s in scenarios) >= 30
    assert len({s.info["site"] for s in scenarios}) == 15
    assert {s.info["language"] for s in scenarios} == {"zh-Hans", "zh-Hant", "ja", "ko"}


def test_the_seed_alone_decides_the_set() -> None:
    first, again = generate(DEFAULT_SEED, limit=2), generate(DEFAULT_SEED, limit=2)
    assert [(s.sid, [x.data for x in s.snaps]) for s in first[0]] == [
        (s.sid, [x.data for x in s.snaps]) for s in again[0]
    ]
    assert [(p.pid, p.data) for p in first[1]] == [(p.pid, p.data) for p in again[1]]
    assert [s.sid for s in generate(DEFAULT_SEED + 1, limit=2)[0]] != [s.sid for s in first[0]]


def test_string_hashing_does_not_reach_the_bytes(tmp_path: Path) -> None:
    """Two processes with different PYTHONHASHSEED write byte-identical sets."""
    written = []
    for hash_seed in ("3", "4"):
        out = tmp_path / hash_seed
        command = [
            sys.executable,
            "-m",
            "bench.redteam",
            "--edition",
            "cjk5",
            "--out",
            str(out),
            "--limit",
            "2",
        ]
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run(command, check=True, cwd=REPO, env=env, capture_output=True)
        written.append(
            {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
        )
    assert written[0] == written[1] and len(written[0]) > 30


def test_the_command_writes_the_corpus_layout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        wants_cjk5(["--edition", "cjk5"])
        and wants_cjk5(["--edition=cjk5"])
        and not wants_cjk5(["--edition", "cjk4"])
    )
    out = tmp_path / "set"
    assert main(["--edition", "cjk5", "--out", str(out), "--limit", "2"]) == 0
    assert "scenario tamper: 2" in capsys.readouterr().out
    labels = json.loads((out / "labels.json").read_text())
    manifest = json.loads((out / "manifest.json").read_text())
    for sid, checked in labels["scenarios"].items():
        meta = json.loads((out / "scenarios" / sid / "meta.json").read_text())
        assert set(meta) == {"id", "target_url", "learn", "snapshots"}
        count = len(meta["snapshots"])
        assert sorted(map(int, checked)) == list(range(meta["learn"], count))
        for snap in meta["snapshots"]:
            assert (out / "scenarios" / sid / snap["file"]).is_file() and snap["status"] == 200
            assert snap["headers"]["content-type"].startswith("text/html")
        family = manifest["scenarios"][sid]["family"]
        label = "legit" if family.startswith("legit") else "defaced"
        assert checked[str(count - 1)] == {"label": label, "family": family}
        assert all(v["label"] == "legit" for k, v in checked.items() if int(k) < count - 1)
    assert {item["family"] for item in labels["pages"].values()} == {"deface-page", "legit"}
    with pytest.raises(FileExistsError):
        main(["--edition", "cjk5", "--out", str(out), "--limit", "1"])
    assert main(["--edition", "cjk5", "--out", str(out), "--limit", "1", "--overwrite"]) == 0


def test_redesign_labels_begin_at_the_redesign(full_set: tuple[list, list]) -> None:  # type: ignore[type-arg]
    for scenario in full_set[0]:
        at = scenario.info.get("redesign_at")
        families = [x.family for n, x in enumerate(scenario.snaps) if n >= scenario.learn]
        if at is None:
            assert "legit-redesign" not in families
        else:
            assert families == ["legit"] * (at - scenario.learn) + ["legit-redesign"] * (
                len(scenario.snaps) - at
            )


@pytest.mark.parametrize("site", SITES, ids=lambda s: s.key)
def test_every_capture_decodes_in_its_declared_charset(site: Site) -> None:
    for state in history(site, random.Random(site.key), Plan(40, 20)):
        raw = encode(render(site, state), state.charset)
        text = raw.decode(page_codec(raw, content_type(site, state)))  # strict
        assert site.name in text and "&#" not in text


def test_some_pages_carry_characters_beyond_their_label(full_set: tuple[list, list]) -> None:  # type: ignore[type-arg]
    strict = {"gb2312": "gb2312", "big5": "big5", "shift_jis": "shift_jis", "euc-kr": "euc_kr"}
    wider: Counter[str] = Counter()
    for scenario in full_set[0]:
        for snap in scenario.snaps[:-1]:
            label = str(scenario.info["charset"])
            if label in strict:
                text = snap.data.decode(page_codec(snap.data, snap.headers["content-type"]))
                try:
                    text.encode(strict[label])
                except UnicodeEncodeError:
                    wider[label] += 1
    assert len(wider) >= 3 and min(wider.values()) > 5


def test_page_task_pages_decode(full_set: tuple[list, list]) -> None:  # type: ignore[type-arg]
    sniffed = 0
    for page in full_set[1]:
        declared = re.search(rb"<meta[^>]+charset", page.data[:8192]) is not None
        sniffed += not declared
        codec = page_codec(page.data) if declared else codec_for(str(page.info["charset"]))
        assert codec == codec_for(str(page.info["charset"]))
        page.data.decode(codec)
    assert 0 < sniffed < len(full_set[1]) // 4


def _changed_span(clean: str, page: str) -> str:
    start = next(i for i, (a, b) in enumerate(zip(clean, page, strict=False)) if a != b)
    tail = len(clean) - start
    assert page[:start] == clean[:start] and page[len(page) - tail :] == clean[start:]
    return page[start : len(page) - tail]


def test_splices_touch_only_their_spot() -> None:
    site = SITES[5]
    state = history(site, random.Random(9), Plan(4, None))[-1]
    clean = render(site, state)
    for style in SCRIPT_STYLES:
        page, _ = script(clean, random.Random(style), style)
        _changed_span(clean, page)
        tags = ("<script", "<iframe", "<meta")
        assert sum(page.count(t) for t in tags) == sum(clean.count(t) for t in tags) + 1
    for spot in attacks.SPAM_SPOTS:
        page, info = attacks.seo_spam(site, clean, random.Random(spot), "display-none", spot)
        if not info["title_hijack"]:
            assert _changed_span(clean, page).count("<a href") == info["links"]
    for style in attacks.INJECT_STYLES:
        page, info = attacks.inject(site, clean, random.Random(style), style, "header")
        if not info["title"]:
            _changed_span(clean, page)


def test_tamper_keeps_layout_and_links() -> None:
    site = SITES[0]
    state = history(site, random.Random(3), Plan(3, None))[-1]
    clean = render(site, state)
    for kind, by_cms in itertools.product(TAMPER_KINDS, (True, False)):
        page, info = tamper(site, state, clean, random.Random(kind), kind, by_cms)
        assert page != clean and 1 <= int(info["count"]) <= 5  # type: ignore[call-overload]
        assert re.findall(r'href="([^"]+)"', page) == re.findall(r'href="([^"]+)"', clean)
        assert page.count("<") == clean.count("<")


def test_payloads_share_no_text_with_the_detectors() -> None:
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
