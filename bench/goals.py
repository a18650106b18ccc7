"""The issues' bench goals, checked against measured summaries."""

from __future__ import annotations

from dataclasses import dataclass

from bench.serve_memory import ServeMemory
from bench.stats import KindSummary

UNCHANGED_RATIO_GOAL = 3.0
CHANGED_CHECKS_PER_CPU_S_GOAL = 300.0
CHANGED_FULL_ENGINE_GOAL = 200.0
SERVE_PEAK_RSS_GOAL_MB = 200.0


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
) -> list[GoalCheck]:
    """Every goal that the measured figures allow to judge; ``detectors`` is the variant with the
    delta check off, whose changed rounds put every change through every detector."""
    checks: list[GoalCheck] = []
    tw_unchanged, uw_unchanged = tamperwatch.get("unchanged"), urlwatch.get("unchanged")
    if tw_unchanged and uw_unchanged and uw_unchanged.checks_per_cpu_s > 0:
        ratio = tw_unchanged.checks_per_cpu_s / uw_unchanged.checks_per_cpu_s
        checks.append(GoalCheck("unchanged: checks/CPU-s vs urlwatch (x)", ratio, UNCHANGED_RATIO_GOAL))
    tw_changed = tamperwatch.get("changed")
    if tw_changed:
        checks.append(
            GoalCheck(
                "changed: checks/CPU-s incl. detection",
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
