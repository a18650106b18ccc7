"""CheckStats: counts and per-stage timing percentiles of a batch of checks (for run --once and bench)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tamperwatch.pipeline.context import CheckContext


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile of ``values`` (0 for an empty list)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


@dataclass
class CheckStats:
    checks: int = 0
    unchanged: int = 0
    errors: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    stages: dict[str, list[float]] = field(default_factory=dict)

    def add(self, ctx: CheckContext) -> None:
        self.checks += 1
        self.unchanged += int(ctx.unchanged)
        self.errors += int(ctx.capture is not None and not ctx.capture.ok)
        status = ctx.verdict.status.value if ctx.verdict else "none"
        self.by_status[status] = self.by_status.get(status, 0) + 1
        for name, seconds in ctx.timings.items():
            self.stages.setdefault(name, []).append(seconds)

    def summary(self) -> dict[str, Any]:
        return {
            "checks": self.checks,
            "unchanged": self.unchanged,
            "errors": self.errors,
            "by_status": dict(sorted(self.by_status.items())),
            "stages": {
                name: {"p50": percentile(vals, 50), "p95": percentile(vals, 95), "n": len(vals)}
                for name, vals in sorted(self.stages.items())
            },
        }
