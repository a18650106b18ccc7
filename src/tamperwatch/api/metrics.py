"""Prometheus metrics of one process, in a registry of its own (no module-level globals)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from tamperwatch.pipeline.context import CheckContext


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.checks = Counter(
            "tamperwatch_checks", "Checks run, by verdict status.", ["status"], registry=self.registry
        )
        self.failures = Counter(
            "tamperwatch_fetch_failures",
            "Checks whose fetch failed, by kind.",
            ["kind"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "tamperwatch_check_seconds",
            "Duration of check stages.",
            ["stage"],
            registry=self.registry,
            buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20),
        )
        self.open_incidents = Gauge(
            "tamperwatch_open_incidents",
            "Incidents open or acknowledged, by kind.",
            ["kind"],
            registry=self.registry,
        )
        self.targets = Gauge("tamperwatch_targets", "Targets watched.", registry=self.registry)

    def observe(self, ctx: CheckContext) -> None:
        status = ctx.verdict.status.value if ctx.verdict else "none"
        self.checks.labels(status).inc()
        if ctx.capture is not None and ctx.capture.error:
            self.failures.labels(ctx.capture.error_kind or "other").inc()
        for stage, seconds in ctx.timings.items():
            self.latency.labels(stage).observe(seconds)

    def render(self) -> bytes:
        return generate_latest(self.registry)
