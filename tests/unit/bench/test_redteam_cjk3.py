"""CJK edition 3 of the red team (bench/redteam/cjk3): the dev corpus's layout and labels, the
same bytes for the same seed, pages that decode in the charset a browser would pick, every family
and a redesign, and payloads disjoint from the detectors (the check of test_redteam.py)."""

from __future__ import annotations

import hashlib
import json
import random
import re
from datetime import datetime
from html import unescape
from pathlib import Path

import pytest
import test_redteam

from bench.redteam.__main__ import main as redteam_main
from bench.redteam.cjk3.build import COUNTS, DEFAULT_SEED, run
from bench.redteam.cjk3.encode import browser_codec, encode, headers
from bench.redteam.cjk3.hiding import HIDING
from bench.redteam.cjk3.history import Plan, states
from bench.redteam.cjk3.layouts import render
from bench.redteam.cjk3.payloads import payload_strings
from bench.redteam.cjk3.script_styles import STYLES
from bench.redteam.cjk3.sites import SITES

LIMIT = 4  # items of each kind in the sample
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_HEADER = re.compile(r"charset=([\w-]+)", re.I)
ATTACKS = {"tamper", "inject", "replace", "seo-spam", "script"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cjk3") / "set"
    run(out, DEFAULT_SEED, LIMIT)
    return out


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _label(data: bytes, content_type: str = "") -> str:
    """The charset label a browser uses: the HTTP header's, else the meta tag's ("" for none)."""
    found = _HEADER.search(content_type)
    if found:
        return found.group(1)
    meta = _META.search(data[:1024])
    return meta.group(1).decode() if meta else ""


def test_the_same_seed_gives_the_same_bytes(sample: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    run(again, DEFAULT_SEED, LIMIT)
    assert _digest(again) == _digest(sample)
    other = tmp_path / "other"
    run(other, DEFAULT_SEED + 1, LIMIT)
    assert _digest(other) != _digest(sample)


def test_the_sample_has_the_dev_corpus_layout_and_labels(sample: Path) -> None:
    labels = json.loads((sample / "labels.json").read_text())
    manifest = json.loads((sample / "manifest.json").read_text())
    assert len(labels["scenarios"]) == LIMIT * len(COUNTS)
    lasts = set()
    for sid, checked in labels["scenarios"].items():
        meta = json.loads((sample / "scenarios" / sid / "meta.json").read_text())
        info = manifest["scenarios"][sid]
        assert set(meta) == {"id", "target_url", "learn", "snapshots"} and 1 <= meta["learn"] <= 8
        count = len(meta["snapshots"])
        assert sorted(map(int, checked)) == list(range(meta["learn"], count))
        assert all((sample / "scenarios" / sid / s["file"]).is_file() for s in meta["snapshots"])
        assert {"kind", "site", "language", "charset", "family", "edition"} <= set(info)
        last = checked[str(count - 1)]
        lasts.add(last["family"])
        if info["family"] in ATTACKS:  # only the last snapshot is defaced, with its family
            assert last == {"label": "defaced", "family": info["family"]}
            assert any(key in info for key in ("style", "shape", "technique"))  # its variant, for breakdowns
            assert all(v["label"] == "legit" for k, v in checked.items() if k != str(count - 1))
        elif info["kind"] == "legit-redesign":  # legit-redesign from the redesign on, legit before
            at = info["redesign_at"]
            assert all(
                v["label"] == ("legit-redesign" if int(k) >= at else "legit") for k, v in checked.items()
            )
        else:
            assert all(v["label"] == "legit" for v in checked.values())
    assert lasts == ATTACKS | {"legit", "legit-redesign"}
    assert {item["family"] for item in labels["pages"].values()} == {"deface-page", "legit"}


def test_every_page_decodes_in_the_charset_a_browser_picks(sample: Path) -> None:
    manifest = json.loads((sample / "manifest.json").read_text())
    legacy_only = 0  # GB2312-labelled pages carrying GBK characters, big5 pages carrying HKSCS ones
    for sid in manifest["scenarios"]:
        meta = json.loads((sample / "scenarios" / sid / "meta.json").read_text())
        for snap in meta["snapshots"]:
            data = (sample / "scenarios" / sid / snap["file"]).read_bytes()
            label = _label(data, snap["headers"]["content-type"])
            if not label:  # an intruder's bare page: the browser sniffs it
                continue
            text = data.decode(browser_codec(label))  # strict: no byte is invalid
            assert "\ufffd" not in text
            narrow = {"gb2312": "gb2312", "big5": "big5"}.get(label.lower())
            if narrow:
                try:
                    data.decode(narrow)
                except UnicodeDecodeError:
                    legacy_only += 1
    for page in (sample / "pages").iterdir():
        data = page.read_bytes()
        info = manifest["pages"][page.stem]
        label = _label(data) or info["charset"]
        codec = browser_codec(label) if label else info["codec"]
        assert "\ufffd" not in data.decode(codec)
    assert legacy_only > 0


def test_every_site_renders_in_its_own_charset_and_decodes_back() -> None:
    labels = set()
    for site in SITES:
        start = datetime(2024, 4, 4, 9, 0)
        for gen in (0, 1):
            state = states(
                Plan(site, 1, 1, 24, start, 0 if gen else None), random.Random(site.key), DEFAULT_SEED
            )[0]
            text = render(state)
            data = encode(text, site.codec)
            label = _label(data, headers(site, gen)["content-type"]) or site.label
            assert label.lower() == site.label.lower()
            assert unescape(data.decode(browser_codec(label))) == unescape(text)  # nothing lost
            labels.add(label.lower())
    assert {"gb2312", "gbk", "gb18030", "big5", "shift_jis", "euc-kr", "utf-8"} <= labels


def test_the_command_line_needs_no_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli"
    assert redteam_main(["--edition", "cjk3", "--out", str(out), "--limit", "1"]) == 0
    assert (out / "labels.json").is_file() and "wrote" in capsys.readouterr().out
    with pytest.raises(FileExistsError):
        redteam_main(["--edition", "cjk3", "--out", str(out), "--limit", "1"])
    assert redteam_main(["--edition", "cjk3", "--out", str(out), "--limit", "1", "--overwrite"]) == 0


def test_make_accuracy_scores_cjk3_as_its_own_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench import accuracy

    commands: list[list[str]] = []

    def fake_run(command: list[str], **kwargs: object) -> None:
        commands.append(command)
        out = Path(command[command.index("--out") + 1])
        out.mkdir(parents=True)
        (out / "labels.json").write_text("{}")

    monkeypatch.setattr("bench.accuracy.subprocess.run", fake_run)
    monkeypatch.setattr(accuracy, "predict", lambda folder, work, workers: work / "preds.jsonl")
    monkeypatch.setattr(accuracy, "score", lambda labels, preds: {"scenarios": {}, "pages": {}})
    dev = tmp_path / "dev"
    dev.mkdir()
    folder = str(tmp_path / "rtcjk3")
    assert accuracy.main(["--corpus", str(dev), "--no-redteam", "--redteamcjk3", folder]) == 0
    assert [c[c.index("--edition") + 1] for c in commands] == ["cjk3"]
    assert "red team cjk3" in capsys.readouterr().out.split("== side by side ==")[1].splitlines()[1]


def test_the_payload_modules_have_the_required_variety() -> None:
    payloads = payload_strings()
    assert len(HIDING) >= 12 and len(STYLES) >= 8
    assert len(payloads["slogans"]) >= 36 and len(payloads["spam"]) >= 30


def test_cjk3_payloads_are_disjoint_from_the_detectors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(test_redteam.EDITIONS, 103, payload_strings)
    test_redteam.test_payloads_are_disjoint_from_the_detectors(103)
