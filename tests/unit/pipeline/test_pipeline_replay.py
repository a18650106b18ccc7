"""Replay: the live pipeline over scenario folders, strictly online."""

from __future__ import annotations

import json
from pathlib import Path

from tamperwatch.capture.file_fetcher import Scenario, ScenarioError
from tamperwatch.pipeline.replay import replay_folders
from tamperwatch.settings import Settings

PAGE = """<html><head><title>Gazette</title></head><body><header class="h"><nav class="n">
<a href="/x">x</a></nav></header><main class="m"><h2>{story}</h2><p>{body}</p></main>{extra}
<footer class="f">(c) Gazette</footer></body></html>"""


def write_scenario(root: Path, sid: str, extras: list[str], learn: int = 3) -> Path:
    folder = root / sid
    folder.mkdir(parents=True)
    snaps = []
    for i, extra in enumerate(extras):
        name = f"{i:02d}.html"
        (folder / name).write_text(PAGE.format(story=f"Story {i}", body="text " * (i + 3), extra=extra))
        snaps.append(
            {
                "file": name,
                "captured_at": f"2026-01-0{1 + i % 9}T10:00:00Z",
                "status": 200,
                "headers": {"content-type": "text/html; charset=utf-8"},
            }
        )
    meta = {"id": sid, "target_url": f"https://{sid}.example/", "learn": learn, "snapshots": snaps}
    (folder / "meta.json").write_text(json.dumps(meta))
    return folder


def test_replay_prefix_gives_the_same_lines(tmp_path: Path) -> None:
    evil = (
        '<script src="https://evil.example/a.js"></script>'
        '<iframe src="https://evil.example/f" style="display:none" width="0" height="0"></iframe>'
    )
    extras = ["", "", "", "", "", "", evil]
    full = write_scenario(tmp_path / "full", "s1", extras)
    prefix = write_scenario(tmp_path / "prefix", "s1", extras[:5])
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    [full_lines] = list(replay_folders([full], settings))
    [prefix_lines] = list(replay_folders([prefix], settings))
    assert [line["index"] for line in full_lines] == [3, 4, 5, 6]
    assert full_lines[: len(prefix_lines)] == prefix_lines
    assert full_lines[-1]["defaced"] is True and not any(line["defaced"] for line in full_lines[:-1])


def test_replay_in_processes_keeps_folder_order(tmp_path: Path) -> None:
    folders = [write_scenario(tmp_path, f"s{i}", ["", "", "", "", ""]) for i in range(3)]
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    serial = list(replay_folders(folders, settings, workers=1))
    parallel = list(replay_folders(folders, settings, workers=2))
    assert serial == parallel
    assert [lines[0]["scenario"] for lines in serial] == ["s0", "s1", "s2"]


def test_malformed_scenario_is_reported_not_raised(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "meta.json").write_text("{not json")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    [[line]] = list(replay_folders([bad], settings))
    assert line["scenario"] == "bad" and "malformed" in line["error"]
    try:
        Scenario.load(tmp_path / "missing")
    except ScenarioError as exc:
        assert "no meta.json" in str(exc)
    else:
        raise AssertionError("a folder without meta.json must be refused")


def test_a_short_history_still_gives_every_checked_snapshot_a_verdict(tmp_path: Path) -> None:
    evil = '<script src="https://evil.example/a.js"></script>'
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    for learn in (0, 1, 2):
        folder = write_scenario(tmp_path / f"l{learn}", f"short{learn}", ["", "", "", evil], learn=learn)
        [lines] = list(replay_folders([folder], settings))
        assert [line["index"] for line in lines] == list(range(learn, 4))
        assert all(line["status"] != "learning" for line in lines), (learn, lines)
        if learn:  # with any history the page is compared with it: the unseen script origin
            assert not any(line["defaced"] for line in lines[:-1])
            assert lines[-1]["status"] != "clean", (learn, lines[-1])


def test_an_unchanged_snapshot_after_a_short_history_is_judged_not_learned(tmp_path: Path) -> None:
    folder = tmp_path / "same"
    write_scenario(tmp_path, "same", ["", ""], learn=1)
    (folder / "01.html").write_bytes((folder / "00.html").read_bytes())
    [lines] = list(replay_folders([folder], Settings(_env_file=None)))  # type: ignore[call-arg]
    assert [(line["index"], line["status"]) for line in lines] == [(1, "clean")]


def test_a_suspicious_check_leaves_the_next_one_its_clean_reference(tmp_path: Path) -> None:
    """The detectors that judge the change against the last clean page still run after a
    suspicious check: they compare with the clean page before it."""
    news = "".join(
        f"<h2>{headline}</h2>"
        for headline in (
            "Council approves the new budget for the city schools",
            "River bridge reopens after two years of repairs",
            "Local team wins the regional final in extra time",
            "City library extends its opening hours in winter",
        )
    )
    vendor = (
        '<script async id="vendor" data-config="x" crossorigin="anonymous" '
        'src="https://widgets.vendor.example/w.js"></script>'
    )
    slogans = (
        "\u4f60\u4eec\u7684\u670d\u52a1\u5668\u65e9\u5df2\u4e0d\u518d\u5b89\u5168\u4e86\uff0c"
        "\u6211\u4eec\u5df2\u7ecf\u8fdb\u6765\u5f88\u4e45\u4e86",
        "\u4eba\u6c11\u7684\u58f0\u97f3\u4e0d\u4f1a\u88ab\u6c89\u9ed8\uff0c\u6211\u4eec\u4e00"
        "\u76f4\u90fd\u5728\u8fd9\u91cc\u770b\u7740\u4f60\u4eec",
    )
    block = "<div>" + "".join(f"<p>{line}</p>" for line in slogans) + "</div>"
    extras = [news, news, news, news + vendor, news + vendor + block]
    folder = write_scenario(tmp_path, "ref", extras, learn=3)
    [lines] = list(replay_folders([folder], Settings(_env_file=None)))  # type: ignore[call-arg]
    assert lines[0]["status"] == "suspicious"  # the site's first new script origin
    assert any(reason.startswith("foreign text") for reason in lines[1]["reasons"]), lines[1]
    # each line names the detectors behind its verdict, with their scores
    findings = lines[1]["findings"]
    assert {"detector", "score", "content"} <= set(findings[0])
    assert "foreign_text" in {f["detector"] for f in findings}
