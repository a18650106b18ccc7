"""Pipeline: runs the named stages of one check in order. The order is data, not code."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from tamperwatch.archive.base import TargetState
from tamperwatch.models import Target
from tamperwatch.pipeline import bookkeeping, cloaking_stage, render_stage, stages
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.pipeline.services import Services

Stage = Callable[[CheckContext, Services], Awaitable[None]]

BUILTIN_STAGES: dict[str, Stage] = {
    "fetch": stages.fetch,
    "unchanged": stages.unchanged,
    "availability": stages.availability,
    "render": render_stage.render,
    "delta": stages.delta,
    "detect": stages.detect,
    "escalate": render_stage.escalate,
    "cloaking": cloaking_stage.cloaking,
    "confirm": stages.confirm,
    "learn": stages.learn,
    "update_state": bookkeeping.update_state,
    "record": bookkeeping.record,
    "incidents": bookkeeping.incidents,
}
DEFAULT_STAGES = (
    "fetch",
    "unchanged",
    "availability",
    "render",
    "delta",
    "detect",
    "escalate",
    "cloaking",
    "confirm",
    "learn",
    "update_state",
    "record",
    "incidents",
)
# Stages that still run after an analysis stage called ctx.stop(): the bookkeeping, and cloaking,
# which keeps its own schedule whether or not the page changed (it skips unavailable pages).
BOOKKEEPING = frozenset({"cloaking", "confirm", "learn", "record", "incidents", "update_state"})


class Pipeline:
    def __init__(self, stage_names: Sequence[str] = DEFAULT_STAGES) -> None:
        unknown = [n for n in stage_names if n not in BUILTIN_STAGES]
        if unknown:
            raise ValueError(
                f"unknown pipeline stage(s): {', '.join(unknown)}; known: {', '.join(BUILTIN_STAGES)}"
            )
        self.stages = [(n, BUILTIN_STAGES[n]) for n in stage_names]

    async def run(
        self,
        target: Target,
        services: Services,
        state: TargetState | None = None,
        known_good: bool = False,
        resolve_gap: bool = False,
        close_learning: bool = False,
    ) -> CheckContext:
        """Check ``target`` once; returns the context with capture, verdict, timings and events.

        ``close_learning``: the learning phase ends with this check (after it is learned, when it
        is known-good): every later check gets a verdict however few captures were learned."""
        if state is None:
            state = await services.archive.get_state(target.id)
        ctx = CheckContext(
            target=target,
            state=state,
            known_good=known_good,
            resolve_gap=resolve_gap,
            close_learning=close_learning,
        )
        for name, stage in self.stages:
            if ctx.stopped and name not in BOOKKEEPING:
                continue
            await stage(ctx, services)
        return ctx
