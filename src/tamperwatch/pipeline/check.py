"""Pipeline: runs the named stages of one check in order. The order is data, not code."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from tamperwatch.archive.base import TargetState
from tamperwatch.models import Target
from tamperwatch.pipeline import acquire, cloaking_stage, commit, render_stage
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.pipeline.services import Services

Stage = Callable[[CheckContext, Services], Awaitable[None]]

BUILTIN_STAGES: dict[str, Stage] = {
    # acquire: gather the evidence
    "fetch": acquire.fetch,
    "unchanged": acquire.unchanged,
    "availability": acquire.availability,
    "render": render_stage.render,
    "delta": acquire.delta,
    "screen": acquire.screen,
    "escalate": render_stage.escalate,
    "cloaking": cloaking_stage.cloaking,
    "confirm": acquire.confirm,
    # judge, once
    "judge": commit.judge,
    # commit
    "learn": commit.learn,
    "update_state": commit.update_state,
    "record": commit.record,
    "incidents": commit.incidents,
}
DEFAULT_STAGES = (
    "fetch",
    "unchanged",
    "availability",
    "render",
    "delta",
    "screen",
    "escalate",
    "cloaking",
    "confirm",
    "judge",
    "learn",
    "update_state",
    "record",
    "incidents",
)
# Stages that still run after an acquisition stage called ctx.stop(): judge and commit; cloaking,
# which keeps its own schedule whether or not the page changed (it skips unavailable pages); and
# confirm, which re-fetches whatever the evidence alerts on.
ALWAYS_RUN = frozenset(
    {"cloaking", "confirm", "judge", "learn", "record", "incidents", "update_state"}
)


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
            if ctx.stopped and name not in ALWAYS_RUN:
                continue
            await stage(ctx, services)
        return ctx
