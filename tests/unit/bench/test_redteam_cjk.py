"""The CJK edition of the red-team generator (bench/redteam/cjk): the dev corpus's layout, seeded
determinism, pages that decode in the charsets they declare (as browsers decode them), labels that
follow the corpus README (only the last snapshot defaced, redesigns labelled from the change on), the
required variety, the make-accuracy column, and payloads disjoint from the detectors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import test_redteam

from bench.redteam.cjk.attacks.inject import SHAPES
from bench.redteam.cjk.attacks.replace import TEMPLATES as DEFACE_TEMPLATES
from bench.redteam.cjk.attacks.script import STYLES
from bench.redteam.cjk.attacks.seo_spam import TECHNIQUES
from bench.redteam.cjk.build import run
from bench.redteam.cjk.cli import wants_cjk
from bench.redteam.cjk.data.attackers import SLOGANS
from bench.redteam.cjk.data.spam import ANCHORS
from bench.redteam.cjk.payloads import payload_strings
from bench.redteam.cjk.sites import SITES
from bench.redteam.cjk.templates.registry import TEMPLATES

LIMIT = 3
# the browsers' decoders (WHATWG): gb2312 and GBK labels read GB18030, big5 reads Big5-HKSCS
BROWSER_CODEC = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "utf-8": "utf-8",
}
META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)
HEADER_CHARSET = re.compile(r"charset=([\w-]+)", re.I)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cjk") / "set"
    run(out, limit=LIMIT)
    return out


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _declared(data: bytes, headers: dict[str, str]) -> str | None:
    """The charset a browser uses: the HTTP header's, else the page's meta tag."""
    found = HEADER_CHARSET.search(headers.get("content-type", ""))
    if found:
        return found.group(1).lower()
    meta = META_CHARSET.search(data[:2048])
    return meta.group(1).decode().lower() if meta else None


def test_the_same_seed_builds_the_same_set(generated: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    run(again, limit=LIMIT)
    assert _files(again) == _files(generated)
    other = tmp_path / "other"
    run(other, seed=7, limit=LIMIT)
    assert _files(other) != _files(generated)


def test_the_set_has_the_dev_corpus_layout_and_labels(generated: Path) -> None:
    labels = json.loads((generated / "labels.json").read_text())
    manifest = json.loads((generated / "manifest.json").read_text())
    families = set()
    for sid, checked in labels["scenarios"].items():
        meta = json.loads((generated / "scenarios" / sid / "meta.json").read_text())
        assert set(meta) == {"id", "target_url", "learn", "snapshots"} and 1 <= meta["learn"] <= 8
        count = len(meta["snapshots"])
        assert sorted(map(int, checked)) == list(range(meta["learn"], count))
        marks = [checked[str(i)] for i in range(meta["learn"], count)]
        assert all(m["label"] == "legit" for m in marks[:-1])  # only the last may be defaced
        info = manifest["scenarios"][sid]
        assert info["family"] == marks[-1]["family"] and info["edition"] == "cjk"
        assert {"kind", "site", "language", "charset", "template"} <= set(info)
        if info["redesign_at"] is not None:  # legit-redesign from the change on, legit before it
            assert [m["family"] for m in marks] == [
                "legit-redesign" if i >= info["redesign_at"] else "legit" for i in range(meta["learn"], count)
            ]
        families.add(marks[-1]["family"])
    assert families == {"legit", "legit-redesign", "tamper", "inject", "replace", "seo-spam", "script"}
    assert {item["family"] for item in labels["pages"].values()} == {"deface-page", "legit"}


def test_every_page_decodes_in_the_charset_it_declares(generated: Path) -> None:
    labels_seen, gbk_under_gb2312 = set(), False
    for meta_path in sorted((generated / "scenarios").glob("*/meta.json")):
        meta = json.loads(meta_path.read_text())
        for snap in meta["snapshots"]:
            data = (meta_path.parent / snap["file"]).read_bytes()
            label = _declared(data, snap["headers"])
            assert label is not None, f"{meta_path.parent.name}/{snap['file']} declares no charset"
            text = data.decode(BROWSER_CODEC[label])  # strict: no byte the browser's decoder rejects
            assert "\ufffd" not in text and "<html" in text.lower()
            labels_seen.add(label)
            if label == "gb2312":
                try:
                    text.encode("gb2312")
                except UnicodeEncodeError:
                    gbk_under_gb2312 = True
    assert {"gb2312", "gbk", "gb18030", "big5", "shift_jis", "utf-8"} <= labels_seen
    assert gbk_under_gb2312, "no GB2312-labelled page carries GBK-only characters"
    for page in sorted((generated / "pages").glob("*.html")):
        data = page.read_bytes()
        label = _declared(data, {})
        if label is not None:
            assert "\ufffd" not in data.decode(BROWSER_CODEC[label])


def test_the_sites_and_attacks_have_the_required_variety() -> None:
    assert len(SITES) >= 12 and len({s.template for s in SITES}) == len(SITES)
    assert {s.lang for s in SITES} == {"zh-Hans", "zh-Hant", "ja"}
    assert {s.charset for s in SITES} >= {"gb2312", "gbk", "gb18030", "big5", "shift_jis", "utf-8"}
    assert (
        all(s.redesign in TEMPLATES for s in SITES if s.redesign)
        and sum(bool(s.redesign) for s in SITES) >= 5
    )
    assert len(TECHNIQUES) >= 12 and len(STYLES) >= 8 and len(SHAPES) >= 5 and len(DEFACE_TEMPLATES) >= 6
    assert len(SLOGANS) >= 10 and len(ANCHORS) >= 6


def test_the_cli_picks_the_cjk_edition_without_a_corpus() -> None:
    assert wants_cjk(["--edition", "cjk", "--out", "x"]) and wants_cjk(["--edition=cjk"])
    assert not wants_cjk(["--edition", "5", "--corpus", "c", "--out", "x"])


def test_payloads_are_disjoint_from_the_detectors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(test_redteam.EDITIONS, "cjk", payload_strings)  # type: ignore[misc]
    test_redteam.test_payloads_are_disjoint_from_the_detectors("cjk")  # type: ignore[arg-type]


def test_make_accuracy_scores_the_cjk_edition_as_its_own_column(
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
    assert accuracy.main(["--corpus", str(dev), "--no-redteam", "--redteamcjk", str(tmp_path / "rtcjk")]) == 0
    assert len(commands) == 1 and commands[0][commands[0].index("--edition") + 1] == "cjk"
    table = capsys.readouterr().out.split("== side by side ==")[1]
    assert "red team cjk" in table.splitlines()[1]
