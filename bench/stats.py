"""Pure arithmetic of the bench: percentiles, per-round figures and their summaries."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

STAGES = ("fetch", "parse", "detect", "store")


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0..100) of ``values`` by linear interpolation between ranks."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= q <= 100:
        raise ValueError(f"percentile {q} outside 0..100")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


StageFigures = Mapping[str, Mapping[str, float]]


@dataclass(frozen=True)
class RoundMeasure:
    """What one tool did in one round: all its processes together."""

    tool: str
    kind: str  # "first", "learn", "unchanged" or "changed"
    checks: int
    errors: int
    wall_s: float
    cpu_s: float
    peak_rss_bytes: int
    server_cpu_s: float = 0.0
    stages: StageFigures = field(default_factory=dict)
    statuses: Mapping[str, int] = field(default_factory=dict)  # checks per verdict, where reported


@dataclass(frozen=True)
class KindSummary:
    """One tool's rounds of one kind added up."""

    tool: str
    kind: str
    rounds: int
    checks: int
    errors: int
    wall_s: float
    cpu_s: float
    peak_rss_bytes: int
    server_cpu_s: float
    stages: StageFigures
    statuses: Mapping[str, int] = field(default_factory=dict)

    @property
    def checks_per_s(self) -> float:
        return self.checks / self.wall_s if self.wall_s > 0 else 0.0

    @property
    def cpu_s_per_1000(self) -> float:
        return 1000 * self.cpu_s / self.checks if self.checks else math.inf

    @property
    def checks_per_cpu_s(self) -> float:
        return self.checks / self.cpu_s if self.cpu_s > 0 else math.inf

    @property
    def server_cpu_s_per_1000(self) -> float:
        return 1000 * self.server_cpu_s / self.checks if self.checks else math.inf


def _median(values: Sequence[float]) -> float:
    return percentile(values, 50)


def merge_stages(per_round: Sequence[StageFigures]) -> dict[str, dict[str, float]]:
    """Per-stage p50/p95 over rounds: the median of each round's figure."""
    merged: dict[str, dict[str, float]] = {}
    names = [s for s in STAGES if any(s in r for r in per_round)]
    names += sorted({s for r in per_round for s in r} - set(names))
    for stage in names:
        figures: dict[str, float] = {}
        for key in ("p50", "p95"):
            values = [float(r[stage][key]) for r in per_round if stage in r and key in r[stage]]
            if values:
                figures[key] = _median(values)
        merged[stage] = figures
    return merged


def summarise(rounds: Sequence[RoundMeasure], tool: str, kind: str) -> KindSummary | None:
    """Add up ``tool``'s rounds of ``kind``; ``None`` when it ran none."""
    chosen = [r for r in rounds if r.tool == tool and r.kind == kind]
    if not chosen:
        return None
    return KindSummary(
        tool=tool,
        kind=kind,
        rounds=len(chosen),
        checks=sum(r.checks for r in chosen),
        errors=sum(r.errors for r in chosen),
        wall_s=sum(r.wall_s for r in chosen),
        cpu_s=sum(r.cpu_s for r in chosen),
        peak_rss_bytes=max(r.peak_rss_bytes for r in chosen),
        server_cpu_s=sum(r.server_cpu_s for r in chosen),
        stages=merge_stages([r.stages for r in chosen if r.stages]),
        statuses=add_statuses([r.statuses for r in chosen]),
    )


def add_statuses(per_round: Sequence[Mapping[str, int]]) -> dict[str, int]:
    """Checks per verdict over rounds, verdicts sorted by name."""
    total: dict[str, int] = {}
    for statuses in per_round:
        for status, count in statuses.items():
            total[status] = total.get(status, 0) + count
    return dict(sorted(total.items()))


def net_checks_per_cpu_s(summary: KindSummary, start_cpu_s: float) -> float:
    """Checks per CPU-second once each round's fixed process start cost (``start_cpu_s``) is taken out."""
    net = summary.cpu_s - summary.rounds * start_cpu_s
    return summary.checks / net if net > 0 else math.inf
