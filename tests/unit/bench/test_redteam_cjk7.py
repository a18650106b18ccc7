"""CJK red-team edition 7 (bench/redteam/cjk7): counts, determinism, the scorer's format, charsets,
material new against every earlier edition, and attacks that change only what they claim to."""

from __future__ import annotations

import difflib
import importlib
import importlib.util
import json
from html import escape, unescape
from pathlib import Path

import pytest

from bench.redteam.charset import codec_for, page_codec
from bench.redteam.cjk7 import attacks
from bench.redteam.cjk7.build import DEFAULT_SEED, generate, run
from bench.redteam.cjk7.history import history
from bench.redteam.cjk7.payloads import payload_strings
from bench.redteam.cjk7.pl_script import script_plans
from bench.redteam.cjk7.render import encode, render
from bench.redteam.cjk7.scenarios import FAMILIES
from bench.redteam.cjk7.sites import all_sites
from bench.redteam.model import PageItem, Scenario

SCORER = Path("/work/shared/eval/score.py")
EARLIER = [f"bench.redteam.v{n}.payloads" for n in range(2, 10)] + [
    "bench.redteam.payloads",
    "bench.redteam.cjk.payloads",
]
EARLIER += [f"bench.redteam.cjk{n}.payloads" for n in range(2, 7)]
SITES = {s.key: s for s in all_sites()}
INSERTING = ("inject", "seo-spam", "script")
Items = tuple[list[Scenario], list[PageItem]]


@pytest.fixture(scope="module")
def items() -> Items:
    return generate(DEFAULT_SEED)


def test_counts(items: Items) -> None:
    scenarios, pages = items
    last = [s.snaps[-1].family for s in scenarios]
    assert all(last.count(f) == 15 for f in FAMILIES)
    checked = [snap.family for s in scenarios for snap in s.snaps[s.learn :] if snap.label == "legit"]
    assert 1300 <= len(checked) <= 1550
    assert checked.count("legit-redesign") >= 20 and checked.count("legit-hard") >= 50
    assert sum(p.label == "defaced" for p in pages) == 60 and sum(p.label == "legit" for p in pages) == 130
    assert len(SITES) == 15 and all(20 <= s.captures <= 80 for s in SITES.values())
    assert {s.lang for s in SITES.values()} == {"zh-Hans", "zh-Hant", "ja", "ko"}


def test_deterministic_for_a_seed(items: Items) -> None:
    again = generate(DEFAULT_SEED)
    assert [(s.sid, [x.data for x in s.snaps]) for s in items[0]] == [
        (s.sid, [x.data for x in s.snaps]) for s in again[0]
    ]
    assert [p.data for p in items[1]] == [p.data for p in again[1]]
    assert [s.sid for s in generate(DEFAULT_SEED + 1)[0]] != [s.sid for s in items[0]]


def test_format_matches_the_scorer(tmp_path: Path) -> None:
    run(tmp_path / "set", DEFAULT_SEED)
    labels = json.loads((tmp_path / "set" / "labels.json").read_text(encoding="utf-8"))
    for sid, marks in labels["scenarios"].items():
        meta = json.loads((tmp_path / "set" / "scenarios" / sid / "meta.json").read_text(encoding="utf-8"))
        checked = {str(n) for n in range(meta["learn"], len(meta["snapshots"]))}
        assert set(marks) == checked and meta["target_url"].endswith("/")
        assert all((tmp_path / "set" / "scenarios" / sid / e["file"]).is_file() for e in meta["snapshots"])
        assert meta["snapshots"] == sorted(meta["snapshots"], key=lambda e: e["captured_at"])
    assert all((tmp_path / "set" / "pages" / f"{pid}.html").is_file() for pid in labels["pages"])
    if SCORER.is_file():
        spec = importlib.util.spec_from_file_location("score", SCORER)
        assert spec and spec.loader
        score = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(score)
        loaded = score.load_labels(str(tmp_path / "set" / "labels.json"))
        assert len(loaded["pages"]) == 190 and len(loaded["scenarios"]) > 1400


def test_material_is_new_against_earlier_editions() -> None:
    mine = [s for strings in payload_strings().values() for s in strings]
    assert len(mine) == len(set(mine)) and len(mine) > 150
    for name in EARLIER:
        theirs = {s for strings in importlib.import_module(name).payload_strings().values() for s in strings}
        assert not set(mine) & theirs, name


def test_charsets_decode_strictly_where_declared(items: Items) -> None:
    scenarios, pages = items
    for s in scenarios:
        for snap in s.snaps:
            assert snap.data is not None
            snap.data.decode(page_codec(snap.data, snap.headers["content-type"]))
    for p in pages:
        p.data.decode(page_codec(p.data))
    wide = {
        "szbj": ("gb2312", "gbk"),
        "jpcity": ("shift_jis", "cp932"),
        "krgu": ("euc-kr", "cp949"),
        "hkpost": ("big5", "big5hkscs"),
    }
    for key, (label, codec) in wide.items():
        cap = next(c for c in history(SITES[key], DEFAULT_SEED) if c.label == label)
        text = render(SITES[key], cap)
        assert codec_for(label) == codec
        with pytest.raises(UnicodeEncodeError):
            text.encode({"gbk": "gb2312", "cp932": "shift_jis", "big5hkscs": "big5", "cp949": "ascii"}[codec])
        assert encode(SITES[key], cap, text).decode(codec) == text


def _clean(info: dict[str, object]) -> tuple[str, str, str]:
    site = SITES[str(info["site"])]
    cap = history(site, DEFAULT_SEED)[int(str(info["capture"]))]
    return site.key, render(site, cap), codec_for(cap.label)


def test_attacks_change_only_what_they_claim(items: Items) -> None:
    scenarios, _ = items
    for s in scenarios:
        family = s.snaps[-1].family
        if s.snaps[-1].label != "defaced":
            continue
        key, clean, codec = _clean(s.info)
        data = s.snaps[-1].data
        assert data is not None
        if family in INSERTING:
            at, block = int(str(s.info["insert_at"])), str(s.info["inserted"])
            parts = (clean[:at], block, clean[at:])
            assert data == b"".join(p.encode(codec, "xmlcharrefreplace") for p in parts)
        elif family == "tamper":
            text = data.decode(codec)
            site, cap = SITES[key], history(SITES[key], DEFAULT_SEED)[int(str(s.info["capture"]))]
            over = s.info["over"]
            assert isinstance(over, dict)
            diff = [d for d in difflib.ndiff(clean.splitlines(), text.splitlines()) if d[:2] in ("- ", "+ ")]
            added = [d[2:] for d in diff if d.startswith("+ ")]
            assert 1 <= len(added) <= len(over) and len(diff) == 2 * len(added)
            assert all(escape(new, quote=False) in text for new in over.values())
            for line in added:
                for slot, new in over.items():
                    line = line.replace(escape(new), escape(attacks.slot_text(site, cap, slot)))
                assert line in clean.splitlines()
        else:
            text = data.decode(page_codec(data, s.snaps[-1].headers["content-type"]))
            assert str(s.info["crew"]) in unescape(text) and "<title>" in text
            assert SITES[key].footer not in text and SITES[key].nav[2] not in text


def test_payloads_reach_the_pages(items: Items) -> None:
    scenarios, _ = items
    texts: dict[str, dict[str, str]] = {str(s.info["site"]): {} for s in scenarios}
    for s in scenarios:
        data = s.snaps[-1].data
        if s.snaps[-1].label == "defaced" and data is not None:
            texts[str(s.info["site"])][str(s.snaps[-1].family)] = data.decode(
                page_codec(data, s.snaps[-1].headers["content-type"])
            )
    for key, (_, _, markup) in script_plans().items():
        assert markup in texts[key]["script"], key
    for host in payload_strings()["spam-host"]:
        assert any(host in t.get("seo-spam", "") for t in texts.values()), host
