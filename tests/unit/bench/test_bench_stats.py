"""Percentiles, round summaries and goal checks of the bench."""

from __future__ import annotations

import math

import pytest

from bench.goals import check_goals
from bench.peers import DETECTORS_VARIANT
from bench.serve_memory import ServeMemory
from bench.stats import RoundMeasure, merge_stages, net_checks_per_cpu_s, percentile, summarise


def test_percentile_interpolates_between_ranks() -> None:
    values = [4.0, 1.0, 3.0, 2.0]
    assert percentile(values, 0) == 1.0
    assert percentile(values, 100) == 4.0
    assert percentile(values, 50) == pytest.approx(2.5)
    assert percentile(values, 95) == pytest.approx(3 + 0.85)


def test_percentile_of_one_value_is_that_value() -> None:
    assert percentile([7.5], 95) == 7.5


@pytest.mark.parametrize("values, q", [([], 50), ([1.0], -1), ([1.0], 101)])
def test_percentile_rejects_bad_input(values: list[float], q: float) -> None:
    with pytest.raises(ValueError):
        percentile(values, q)


def measure(tool: str, kind: str, checks: int, cpu: float, wall: float, rss: int = 1 << 20) -> RoundMeasure:
    return RoundMeasure(
        tool=tool, kind=kind, checks=checks, errors=0, wall_s=wall, cpu_s=cpu, peak_rss_bytes=rss
    )


def test_summary_adds_only_its_tool_and_kind() -> None:
    rounds = [
        measure("tamperwatch", "changed", 100, 0.5, 1.0, rss=10),
        measure("tamperwatch", "changed", 100, 1.5, 3.0, rss=30),
        measure("tamperwatch", "unchanged", 100, 0.1, 0.2),
        measure("urlwatch", "changed", 100, 9.0, 9.0),
    ]
    summary = summarise(rounds, "tamperwatch", "changed")
    assert summary is not None
    assert (summary.rounds, summary.checks, summary.peak_rss_bytes) == (2, 200, 30)
    assert summary.checks_per_cpu_s == pytest.approx(100.0)
    assert summary.cpu_s_per_1000 == pytest.approx(10.0)
    assert summary.checks_per_s == pytest.approx(50.0)
    assert summarise(rounds, "urlwatch", "unchanged") is None


def test_summary_without_cpu_is_infinitely_efficient_not_a_crash() -> None:
    summary = summarise([measure("urlwatch", "first", 10, 0.0, 0.0)], "urlwatch", "first")
    assert summary is not None and math.isinf(summary.checks_per_cpu_s) and summary.checks_per_s == 0.0


def test_stage_figures_are_medians_over_rounds() -> None:
    merged = merge_stages(
        [
            {"fetch": {"p50": 0.001, "p95": 0.010}},
            {"fetch": {"p50": 0.003, "p95": 0.030}, "detect": {"p50": 0.5, "p95": 0.9}},
            {"fetch": {"p50": 0.002, "p95": 0.020}},
        ]
    )
    assert merged["fetch"] == {"p50": pytest.approx(0.002), "p95": pytest.approx(0.020)}
    assert merged["detect"] == {"p50": 0.5, "p95": 0.9}
    assert list(merged) == ["fetch", "detect"]


def test_goals_compare_unchanged_efficiency_with_urlwatch() -> None:
    tw = summarise([measure("tamperwatch", "unchanged", 300, 1.0, 1.0)], "tamperwatch", "unchanged")
    uw = summarise([measure("urlwatch", "unchanged", 300, 2.0, 1.0)], "urlwatch", "unchanged")
    assert tw is not None and uw is not None
    [ratio] = check_goals({"unchanged": tw}, {"unchanged": uw}, None)
    assert ratio.measured == pytest.approx(2.0) and not ratio.met


def serve(peak_mb: float, seen: float) -> ServeMemory:
    return ServeMemory(
        targets=10_000,
        checks_seen=seen,
        full_round=seen >= 10_000,
        round_s=60.0,
        rss_mb=peak_mb,
        peak_rss_mb=peak_mb,
        children_rss_mb=0.0,
    )


def test_serve_memory_goal_is_lower_is_better() -> None:
    [under] = check_goals({}, {}, serve(150.0, 10_000))
    [over] = check_goals({}, {}, serve(250.0, 10_000))
    assert under.met and not over.met


def test_serve_memory_of_an_unfinished_round_does_not_meet_the_goal() -> None:
    [partial] = check_goals({}, {}, serve(150.0, 9_000))
    assert not partial.met and not partial.complete
    assert "incomplete" in partial.name


def test_net_figure_takes_each_rounds_start_cost_out() -> None:
    rounds = [
        measure("urlwatch", "unchanged", 100, 1.5, 1.0),
        measure("urlwatch", "unchanged", 100, 1.5, 1.0),
    ]
    summary = summarise(rounds, "urlwatch", "unchanged")
    assert summary is not None
    assert net_checks_per_cpu_s(summary, 0.5) == pytest.approx(100.0)
    assert math.isinf(net_checks_per_cpu_s(summary, 2.0))


def test_the_detectors_variant_is_judged_against_the_full_engine_goal() -> None:
    fast = summarise([measure("tamperwatch", "changed", 500, 2.0, 3.0)], "tamperwatch", "changed")
    slow = summarise([measure(DETECTORS_VARIANT, "changed", 500, 5.0, 6.0)], DETECTORS_VARIANT, "changed")
    assert fast is not None and slow is not None
    goals = {g.name: g for g in check_goals({"changed": fast}, {}, None, {"changed": slow})}
    variant = goals["changed, delta check off: checks/CPU-s, every change through every detector"]
    assert variant.measured == slow.checks_per_cpu_s and not variant.met
    assert goals["changed: checks/CPU-s, full engine (issue 3)"].met
