"""CJK edition 2 of the red team (bench/redteam/cjk2): the dev corpus's layout, seeded determinism,
pages that decode in the charsets they declare, redesign labels as the corpus README defines them,
the make accuracy column, and payloads disjoint from the detectors and from editions 1-6."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_redteam import EDITIONS, _norm
from test_redteam import test_payloads_are_disjoint_from_the_detectors as detectors_share_nothing_with

from bench.redteam.__main__ import main as redteam_main
from bench.redteam.charset import page_codec
from bench.redteam.cjk2.build import COUNTS, run
from bench.redteam.cjk2.payloads import payload_strings
from bench.redteam.cjk2.sites import SITES

LIMIT = 4
FAMILIES = {"replace", "inject", "seo-spam", "script", "tamper"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cjk2") / "set"
    run(out, seed=7, limit=LIMIT)
    return out


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_same_seed_builds_the_same_bytes(sample: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    run(again, seed=7, limit=LIMIT)
    assert _files(again) == _files(sample)
    other = tmp_path / "other"
    run(other, seed=8, limit=LIMIT)
    assert _files(other) != _files(sample)


def test_the_set_has_the_dev_corpus_layout_and_labels(sample: Path) -> None:
    labels = json.loads((sample / "labels.json").read_text())
    manifest = json.loads((sample / "manifest.json").read_text())
    assert len(labels["scenarios"]) == len(COUNTS) * LIMIT
    seen = set()
    for sid, checked in labels["scenarios"].items():
        meta = json.loads((sample / "scenarios" / sid / "meta.json").read_text())
        info = manifest["scenarios"][sid]
        assert set(meta) == {"id", "target_url", "learn", "snapshots"} and 1 <= meta["learn"] <= 8
        count = len(meta["snapshots"])
        assert sorted(map(int, checked)) == list(range(meta["learn"], count))
        assert {"kind", "site", "language", "charset", "family", "style"} <= set(info)
        marks = [checked[str(n)] for n in range(meta["learn"], count)]
        if info["family"] in FAMILIES:
            assert marks[-1] == {"label": "defaced", "family": info["family"]}
            assert all(m["label"] == "legit" for m in marks[:-1])
        elif info["family"] == "legit-redesign":
            at = info["redesign_index"]
            assert meta["learn"] < at < count
            for n in range(meta["learn"], count):
                assert checked[str(n)]["label"] == ("legit-redesign" if n >= at else "legit")
        else:
            assert all(m == {"label": "legit", "family": "legit"} for m in marks)
        seen.add(info["family"])
    assert seen == FAMILIES | {"legit", "legit-redesign"}
    assert {item["family"] for item in labels["pages"].values()} == {"legit", "deface-page"}


def _declared(data: bytes, content_type: str | None) -> str:
    return page_codec(data, content_type)


def test_every_page_decodes_in_the_charset_it_declares(sample: Path) -> None:
    labels_seen: set[str] = set()
    gbk_only = hkscs_only = 0
    manifest = json.loads((sample / "manifest.json").read_text())
    sites_seen = {info["site"] for info in manifest["scenarios"].values()}
    for meta_path in sorted((sample / "scenarios").glob("*/meta.json")):
        meta = json.loads(meta_path.read_text())
        for snap in meta["snapshots"][:-1]:  # the last may be a defacement page that names none
            data = (meta_path.parent / snap["file"]).read_bytes()
            content_type = snap["headers"]["content-type"]
            codec = _declared(data, content_type)
            text = data.decode(codec)  # strict: a wrong byte fails the test
            assert "\ufffd" not in text
            label = re.search(r"charset=([\w-]+)", content_type) or re.search(
                rb"charset=\"?([\w-]+)", data[:2048]
            )
            assert label, "every legit page names its charset in its header or its meta"
            name = label.group(1)
            labels_seen.add((name.decode() if isinstance(name, bytes) else name).lower())
            gbk_only += codec == "gbk" and not _decodes(data, "gb2312")
            hkscs_only += codec == "big5hkscs" and not _decodes(data, "big5")
    assert labels_seen == {site.charset for site in SITES if site.key in sites_seen}
    assert {site.charset for site in SITES} == {
        "utf-8",
        "gb2312",
        "gbk",
        "gb18030",
        "big5",
        "shift_jis",
        "euc-kr",
    }
    assert gbk_only and hkscs_only  # GB2312 labels over GBK bytes, Big5 labels over HKSCS bytes
    pages = json.loads((sample / "manifest.json").read_text())["pages"]
    for page in sorted((sample / "pages").glob("*.html")):
        data = page.read_bytes()
        named = re.search(rb"charset=\"?([\w-]+)", data[:2048])
        codec = _declared(data, None) if named else str(pages[page.stem]["codec"])  # unlabelled: as recorded
        assert "\ufffd" not in data.decode(codec)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def test_python_m_bench_redteam_builds_the_edition_without_a_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "viacli"
    assert redteam_main(["--edition", "cjk2", "--out", str(out), "--limit", "1"]) == 0
    assert "scenario tamper: 1" in capsys.readouterr().out
    assert (out / "labels.json").is_file()


def test_make_accuracy_generates_the_edition_into_an_empty_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bench import accuracy

    commands: list[list[str]] = []

    def generate(command: list[str], **kwargs: object) -> None:
        commands.append(command)
        run(Path(command[command.index("--out") + 1]), seed=7, limit=1)

    monkeypatch.setattr("bench.accuracy.subprocess.run", generate)
    monkeypatch.setattr(accuracy, "predict", lambda folder, work, workers: work / "preds.jsonl")
    monkeypatch.setattr(accuracy, "score", lambda labels, preds: {"labels": str(labels)})
    (tmp_path / "work").mkdir()
    result = accuracy.score_redteam_cjk2(tmp_path / "set", tmp_path / "work", 1)
    assert result == {"labels": str(tmp_path / "set" / "labels.json")}
    assert [c[c.index("--edition") + 1] for c in commands] == ["cjk2"]


def test_make_accuracy_prints_the_edition_as_its_own_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bench import accuracy

    monkeypatch.setattr(accuracy, "predict", lambda folder, work, workers: work / "preds.jsonl")
    monkeypatch.setattr(accuracy, "score", lambda labels, preds: {"scenarios": {}, "pages": {}})
    monkeypatch.setattr(accuracy, "score_redteam_cjk2", lambda folder, work, workers: {"scenarios": {}})
    (tmp_path / "dev").mkdir()
    argv = ["--corpus", str(tmp_path / "dev"), "--no-redteam", "--redteamcjk2", str(tmp_path / "set")]
    assert accuracy.main(argv) == 0
    table = capsys.readouterr().out.split("== side by side ==")[1]
    assert "red team cjk2" in table.splitlines()[1]


def test_payloads_are_disjoint_from_the_detectors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(EDITIONS, "cjk2", payload_strings)  # type: ignore[misc]
    detectors_share_nothing_with("cjk2")  # type: ignore[arg-type]


# the editions written before this one (later authors check their own newness against it)
EARLIER = (1, 2, 3, 4, 5, 6)


def test_payloads_are_not_the_earlier_editions() -> None:
    earlier = {
        _norm(s) for strings in (EDITIONS[e]() for e in EARLIER) for items in strings.values() for s in items
    }
    mine = {_norm(s) for items in payload_strings().values() for s in items}
    assert not mine & earlier
