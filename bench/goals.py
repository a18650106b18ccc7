"""The issues' bench goals, checked against measured summaries."""

from __future__ import annotations

from dataclasses import dataclass

from bench.serve_memory import ServeMemory, ServeReal
from bench.stats import KindSummary

UNCHANGED_RATIO_GOAL = 3.0
CHANGED_CHECKS_PER_CPU_S_GOAL = 300.0
CHANGED_FULL_ENGINE_GOAL = 200.0
SERVE_PEAK_RSS_GOAL_MB = 200.0
REAL_CHANGE_ONCE_GOAL = 150.0  # run --once, process start included
REAL_CHANGE_SERVE_GOAL = 250.0  # long-running serve, steady state


@dataclass(frozen=True)
class GoalCheck:
    """One goal: what was measured against what was asked, higher or lower being better."""

    name: str
    measured: float
    goal: float
    higher_is_better: bool = True
    complete: bool = True  # False: the measurement did not finish, so the goal is not met

    @property
    def met(self) -> bool:
        if not self.complete:
            return False
        return self.measured >= self.goal if self.higher_is_better else self.measured <= self.goal


def check_goals(
    tamperwatch: dict[str, KindSummary],
    urlwatch: dict[str, KindSummary],
    serve: ServeMemory | None,
    detectors: dict[str, KindSummary] | None = None,
    serve_real: ServeReal | None = None,
) -> list[GoalCheck]:
    """Every goal that the measured figures allow to judge; ``detectors`` is the variant with the
    delta check off, whose changed rounds put every change through every detector."""
    checks: list[GoalCheck] = []
    tw_unchanged, uw_unchanged = tamperwatch.get("unchanged"), urlwatch.get("unchanged")
    if tw_unchanged and uw_unchanged and uw_unchanged.checks_per_cpu_s > 0:
        ratio = tw_unchanged.checks_per_cpu_s / uw_unchanged.checks_per_cpu_s
        checks.append(GoalCheck("unchanged: checks/CPU-s vs urlwatch (x)", ratio, UNCHANGED_RATIO_GOAL))
    tw_noetag, uw_noetag = tamperwatch.get("unchanged-noetag"), urlwatch.get("unchanged-noetag")
    if tw_noetag and uw_noetag and uw_noetag.checks_per_cpu_s > 0:
        ratio = tw_noetag.checks_per_cpu_s / uw_noetag.checks_per_cpu_s
        checks.append(
            GoalCheck("unchanged, ETags off: checks/CPU-s vs urlwatch (x)", ratio, UNCHANGED_RATIO_GOAL)
        )
    tw_changed = tamperwatch.get("changed")
    if tw_changed:
        checks.append(
            GoalCheck(
                "changed (timestamp line): checks/CPU-s incl. detection",
                tw_changed.checks_per_cpu_s,
                CHANGED_CHECKS_PER_CPU_S_GOAL,
            )
        )
        checks.append(
            GoalCheck(
                "changed: checks/CPU-s, full engine (issue 3)",
                tw_changed.checks_per_cpu_s,
                CHANGED_FULL_ENGINE_GOAL,
            )
        )
    all_detectors = (detectors or {}).get("changed")
    if all_detectors:
        checks.append(
            GoalCheck(
                "changed, delta check off: checks/CPU-s, every change through every detector",
                all_detectors.checks_per_cpu_s,
                CHANGED_FULL_ENGINE_GOAL,
            )
        )
    tw_real = tamperwatch.get("real")
    if tw_real:
        checks.append(
            GoalCheck(
                "real changes, run --once: checks/CPU-s (process start included)",
                tw_real.checks_per_cpu_s,
                REAL_CHANGE_ONCE_GOAL,
            )
        )
    if serve_real is not None:
        checks.append(
            GoalCheck(
                "real changes, serve steady state: checks/CPU-s",
                serve_real.checks_per_cpu_s,
                REAL_CHANGE_SERVE_GOAL,
                complete=serve_real.complete,
            )
        )
    if serve is not None:
        progress = "full round" if serve.full_round else f"round incomplete: {serve.checks_seen:,.0f} checks"
        checks.append(
            GoalCheck(
                f"serve peak RSS (MB), {serve.targets:,} targets ({progress}; goal at 10,000)",
                serve.peak_rss_mb,
                SERVE_PEAK_RSS_GOAL_MB,
                higher_is_better=False,
                complete=serve.full_round,
            )
        )
    return checks
