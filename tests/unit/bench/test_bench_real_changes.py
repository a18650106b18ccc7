"""Real-change rounds (legit scenario histories), the ETags-off variant and their goals."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bench.goals import REAL_CHANGE_ONCE_GOAL, REAL_CHANGE_SERVE_GOAL, check_goals
from bench.nginx import render_config
from bench.peers import parse_statuses
from bench.report import serve_real_line
from bench.rounds import plan_noetag_rounds, plan_real_rounds
from bench.scenarios import (
    History,
    legit_snapshot_files,
    pick_histories,
    prepare_webroot,
    real_checks_between,
    serve_snapshot,
    snapshot_index,
)
from bench.serve_memory import ServeReal, SnapshotSwapper
from bench.stats import RoundMeasure, summarise


def meta(count: int, learn: int = 3) -> dict[str, object]:
    return {"learn": learn, "snapshots": [{"file": f"{i:02d}.html"} for i in range(count)]}


def test_legit_history_is_the_known_good_part_and_legit_labels_up_to_a_defacement() -> None:
    labels = {"3": {"label": "legit"}, "4": {"label": "legit-redesign"}, "5": {"label": "defaced"}}
    assert legit_snapshot_files(meta(6), labels) == ["00.html", "01.html", "02.html", "03.html", "04.html"]


def test_legit_history_stops_at_a_checked_snapshot_without_a_label() -> None:
    assert legit_snapshot_files(meta(6), {"3": {"label": "legit"}}) == [f"{i:02d}.html" for i in range(4)]


def make_scenario(dev: Path, sid: str, count: int, labels: dict[str, dict[str, object]]) -> None:
    folder = dev / "scenarios" / sid
    folder.mkdir(parents=True)
    (folder / "meta.json").write_text(json.dumps(meta(count, learn=2)))
    for i in range(count):
        (folder / f"{i:02d}.html").write_text(f"<html><body>{sid} capture {i}</body></html>")
    labels[sid] = {str(i): {"label": "legit"} for i in range(2, count)}


def test_only_scenarios_with_enough_legit_snapshots_are_picked_in_id_order(tmp_path: Path) -> None:
    labels: dict[str, dict[str, object]] = {}
    make_scenario(tmp_path, "b", 5, labels)
    make_scenario(tmp_path, "a", 6, labels)
    make_scenario(tmp_path, "c", 3, labels)
    labels["a"]["5"] = {"label": "defaced"}
    picked = pick_histories(tmp_path, {"scenarios": labels}, need=5, limit=None)
    assert [h.scenario_id for h in picked] == ["a", "b"]
    assert [p.name for p in picked[0].snapshots] == [f"{i:02d}.html" for i in range(5)]
    assert [h.scenario_id for h in pick_histories(tmp_path, {"scenarios": labels}, 5, limit=1)] == ["a"]


def test_each_check_is_served_the_next_capture_with_its_own_modification_time(tmp_path: Path) -> None:
    labels: dict[str, dict[str, object]] = {}
    make_scenario(tmp_path / "dev", "s1", 3, labels)
    [history] = pick_histories(tmp_path / "dev", {"scenarios": labels}, 3, None)
    www = tmp_path / "www"
    prepare_webroot([history], www)
    served = www / "s" / "s1.html"
    assert history.url_path == "/s/s1.html"
    assert served.read_text().endswith("capture 0</body></html>")
    mtimes = set()
    for check_no in range(4):
        serve_snapshot(history, www, check_no)
        mtimes.add(served.stat().st_mtime)
    assert served.read_text().endswith("capture 2</body></html>")  # the last one again past the end
    assert len(mtimes) == 4
    assert [snapshot_index(k, 3) for k in range(5)] == [0, 1, 2, 2, 2]


def test_real_checks_count_only_checks_after_learning_that_saw_a_new_capture() -> None:
    before = {"a": 3, "b": 4, "c": 0}
    after = {"a": 7, "b": 9, "c": 2}
    available = {"a": 10, "b": 6, "c": 10}
    # a: checks 4..6 (3); b: checks 4..5 (2, then its history is used up); c: learning only
    assert real_checks_between(before, after, 4, available) == 5


def test_real_round_plan_learns_then_measures_and_changes_before_every_round_but_the_first() -> None:
    plan = plan_real_rounds(100, learn_rounds=2, measured=3)
    assert [p.kind for p in plan] == ["real-first", "real-learn", "real-learn", "real", "real", "real"]
    assert [p.round_no for p in plan] == list(range(100, 106))
    assert [p.rewrite for p in plan] == [False, True, True, True, True, True]


def test_noetag_plan_warms_once_then_measures_unchanged_pages() -> None:
    plan = plan_noetag_rounds(7, 2)
    assert [(p.round_no, p.kind, p.rewrite) for p in plan] == [
        (7, "noetag-warm", False),
        (8, "unchanged-noetag", False),
        (9, "unchanged-noetag", False),
    ]
    assert plan_noetag_rounds(7, 0) == []


def test_etags_off_config_drops_both_validators_and_conditional_answers(tmp_path: Path) -> None:
    on = render_config(tmp_path / "p", tmp_path / "www", 18080)
    off = render_config(tmp_path / "p", tmp_path / "www", 18080, etag=False)
    assert "etag on;" in on and "etag off;" not in on and "Last-Modified" not in on
    assert "etag off;" in off and "if_modified_since off;" in off
    assert 'add_header Last-Modified "";' in off
    assert f"access_log {tmp_path / 'p'}/scenarios.log swaplog;" in off


def test_swapper_gives_a_target_its_next_capture_once_per_check(tmp_path: Path) -> None:
    folder = tmp_path / "s1"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.html").write_text(f"capture {i}")
    history = History("s1", tuple(folder / f"{i}.html" for i in range(4)))
    www = tmp_path / "www"
    prepare_webroot([history], www)
    log = tmp_path / "scenarios.log"
    log.write_text("1.0 /s/s1.html\n")  # before the swapper starts: not its business
    swapper = SnapshotSwapper(log, [history], www, delay_s=0.0)
    with open(log, "a") as out:
        # one check fetching three views, then a request for something else
        out.write("2.0 /s/s1.html\n2.1 /s/s1.html\n2.2 /s/s1.html\n3.0 /s/other.html\n")
    assert swapper.checks_made() == {"s1": 0}
    swapper.poll()
    assert swapper.checks_made() == {"s1": 1}
    assert (www / "s" / "s1.html").read_text() == "capture 1"
    with open(log, "a") as out:
        out.write("4.0 /s/s1.h")  # a line still being written is read once complete
    swapper.poll()
    assert swapper.checks_made() == {"s1": 1}
    with open(log, "a") as out:
        out.write("tml\n")
    swapper.poll()
    assert (www / "s" / "s1.html").read_text() == "capture 2"


def test_swap_waits_for_its_delay(tmp_path: Path) -> None:
    history = History("s1", (tmp_path / "a.html", tmp_path / "b.html"))
    (tmp_path / "a.html").write_text("a")
    (tmp_path / "b.html").write_text("b")
    prepare_webroot([history], tmp_path / "www")
    log = tmp_path / "scenarios.log"
    swapper = SnapshotSwapper(log, [history], tmp_path / "www", delay_s=3600.0)
    log.write_text(f"{os.path.getmtime(tmp_path / 'a.html')} /s/s1.html\n")
    swapper.poll()
    assert swapper.checks_made() == {"s1": 1}  # the check is counted ...
    assert (tmp_path / "www" / "s" / "s1.html").read_text() == "a"  # ... the swap is not due yet


def measure(tool: str, kind: str, checks: int, cpu_s: float) -> RoundMeasure:
    return RoundMeasure(tool, kind, checks, 0, 1.0, cpu_s, 1)


def serve_real(checks: float, cpu_s: float, complete: bool = True) -> ServeReal:
    return ServeReal(
        targets=100,
        interval_s=15.0,
        learn_checks=4,
        measured_rounds=3,
        complete=complete,
        window_checks=checks,
        real_checks=int(checks),
        window_cpu_s=cpu_s,
        window_s=45.0,
        start_cpu_s=9.0,
        rss_mb=120.0,
    )


def test_real_change_goals_for_run_once_and_serve() -> None:
    real = summarise([measure("tamperwatch", "real", 300, 1.5)], "tamperwatch", "real")
    assert real is not None
    once, in_serve = check_goals({"real": real}, {}, None, None, serve_real(300, 1.0))
    assert once.goal == REAL_CHANGE_ONCE_GOAL and once.measured == pytest.approx(200.0) and once.met
    assert in_serve.goal == REAL_CHANGE_SERVE_GOAL and in_serve.measured == pytest.approx(300.0)
    assert in_serve.met
    [unfinished] = check_goals({}, {}, None, None, serve_real(300, 1.0, complete=False))
    assert not unfinished.met and not unfinished.complete


def test_unchanged_goal_is_judged_with_and_without_etags() -> None:
    tw = {
        k: summarise([measure("tamperwatch", k, 300, c)], "tamperwatch", k)
        for k, c in (("unchanged", 1.0), ("unchanged-noetag", 2.0))
    }
    uw = {
        k: summarise([measure("urlwatch", k, 300, c)], "urlwatch", k)
        for k, c in (("unchanged", 4.0), ("unchanged-noetag", 4.0))
    }
    with_etag, without = check_goals(
        {k: v for k, v in tw.items() if v}, {k: v for k, v in uw.items() if v}, None
    )
    assert with_etag.measured == pytest.approx(4.0) and with_etag.met
    assert "ETags off" in without.name and without.measured == pytest.approx(2.0) and not without.met


def test_serve_real_line_names_the_window_and_its_rate() -> None:
    line = serve_real_line(serve_real(300, 1.2))
    assert "100 targets every 15 s" in line and "250.0 checks / CPU-s" in line


def test_verdicts_are_read_from_stats_json_and_added_over_rounds() -> None:
    assert parse_statuses({"by_status": {"clean": 179, "suspicious": 21}}) == {"clean": 179, "suspicious": 21}
    assert parse_statuses({"checks": 3}) == {}
    rounds = [
        RoundMeasure("tamperwatch", "real", 200, 0, 1.0, 1.0, 1, statuses={"clean": 190, "suspicious": 10}),
        RoundMeasure("tamperwatch", "real", 200, 0, 1.0, 1.0, 1, statuses={"clean": 199, "alert": 1}),
    ]
    summary = summarise(rounds, "tamperwatch", "real")
    assert summary is not None
    assert summary.statuses == {"alert": 1, "clean": 389, "suspicious": 10}
    assert list(summary.statuses) == ["alert", "clean", "suspicious"]
