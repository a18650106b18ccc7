"""Scheduler: runs checks when they are due, within global and per-host limits.

State lives in the archive (``TargetState.next_due``), so a restart resumes where it stopped;
overdue work found at start is spread over a window instead of firing at once. A target not
checked for more than twice its interval while the monitor runs raises a monitoring-gap
incident. Time the monitor itself was down is not the targets' gap: ``resume`` records it once,
as a signed "monitor-down" event (from the last check before the stop to the restart) and a
WARNING, and gaps are counted from the first check each target could get after the restart.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from datetime import UTC, datetime

from tamperwatch.aio import wait_event
from tamperwatch.archive.base import TargetState
from tamperwatch.incidents.service import SYSTEM_ACTOR
from tamperwatch.models import IncidentEvent, IncidentKind, Target, TargetKind
from tamperwatch.pipeline.check import Pipeline
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.pipeline.services import Services
from tamperwatch.schedule.limits import HostLimiter
from tamperwatch.schedule.stats import CheckStats

log = logging.getLogger(__name__)

GAP_INTERVALS = 2  # a target not checked for this many intervals raises a monitoring-gap alert
# `stream` and `screen` targets are watched by their own loops (server.py), never checked here; when
# one comes due it is put off this long, so it does not fill the batch of due targets at every tick
NOT_CHECKED_DEFER_S = 24 * 3600.0


class Scheduler:
    def __init__(
        self,
        pipeline: Pipeline,
        services: Services,
        limiter: HostLimiter,
        *,
        jitter_fraction: float = 0.1,
        spread_s: float = 60.0,
        tick_s: float = 1.0,
        rng: random.Random | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.services = services
        self.limiter = limiter
        self.jitter_fraction = jitter_fraction
        self.spread_s = spread_s
        self.tick_s = tick_s
        self.rng = rng or random.Random()
        self.stats = CheckStats()
        self.in_flight: set[int] = set()
        self.checks_done = asyncio.Event()  # set after every finished check (for waiters and tests)
        self.observers: list[Callable[[CheckContext], None]] = []  # e.g. metrics
        self.started_at = 0.0  # when ``resume`` ran: gaps before it are the monitor's own outage

    def next_due(self, target: Target, now: float) -> float:
        return now + target.interval_s * (1.0 + self.jitter_fraction * self.rng.random())

    async def check(
        self, target: Target, state: TargetState | None = None, resolve_gap: bool = False
    ) -> CheckContext | None:
        """Run one check within the limits; an unexpected error is logged, never raised."""
        self.in_flight.add(target.id)
        try:
            async with self.limiter.slot(target.url):
                if state is None:
                    state = await self.services.archive.get_state(target.id)
                state.next_due = self.next_due(target, self.services.clock())
                ctx = await self.pipeline.run(target, self.services, state, resolve_gap=resolve_gap)
            self.stats.add(ctx)
            log.debug("checked %s: %s", target.url, ctx.verdict.status.value if ctx.verdict else "none")
            for observe in self.observers:
                observe(ctx)
            return ctx
        except Exception:  # a bug on one hostile page must not stop the others
            log.exception("check of %s failed", target.url)
            return None
        finally:
            self.in_flight.discard(target.id)
            self.checks_done.set()

    async def run_once(
        self, targets: list[Target], progress: Callable[[CheckContext | None], None] | None = None
    ) -> CheckStats:
        """Check every web target once, concurrently within the limits (streams and screens are not
        checked over HTTP)."""
        self.stats = CheckStats()
        targets = [t for t in targets if t.kind == TargetKind.WEB]
        states = {t.id: s for t, s in await self.services.archive.due_targets(float("inf"), len(targets) + 1)}

        async def one(t: Target) -> None:
            ctx = await self.check(t, states.get(t.id))
            if progress is not None:
                progress(ctx)

        await asyncio.gather(*(one(t) for t in targets))
        return self.stats

    async def resume(self) -> int:
        """Spread work that fell overdue while stopped over ``spread_s`` and record the outage
        once (see the module docstring); returns how many targets moved."""
        now = self.started_at = self.services.clock()
        archive = self.services.archive
        overdue = await archive.due_targets(now, limit=1_000_000)
        for target, state in overdue:
            window = min(self.spread_s, target.interval_s)
            state.next_due = now + self.rng.uniform(0, window)
            await archive.save_state(state)
        missed = [
            t
            for t, s in overdue
            if s.last_checked_at > 0 and now - s.last_checked_at > GAP_INTERVALS * t.interval_s
        ]
        if missed:
            await self._record_outage(len(missed), now)
        return len(overdue)

    async def _record_outage(self, missed: int, now: float) -> None:
        """One signed record and one WARNING for the whole time the monitor was down: from the
        newest check of any target (the last sign of life) to now."""
        everything = await self.services.archive.due_targets(float("inf"), limit=1_000_000)
        last_alive = max(s.last_checked_at for _, s in everything)
        since, until = (
            datetime.fromtimestamp(t, UTC).isoformat(timespec="seconds") for t in (last_alive, now)
        )
        data = {"from": since, "to": until, "targets_missed": missed}
        await self.services.archive.append_event("monitor-down", data, 0, SYSTEM_ACTOR)
        log.warning(
            "monitor was down from %s to %s: %d target(s) missed checks; no gap alerts for that time",
            since,
            until,
            missed,
        )

    async def _gap_alert(self, target: Target, state: TargetState, now: float) -> bool:
        """Open a monitoring-gap incident for a target overdue by more than twice its interval.

        True when the target has an open gap incident, which its next good check resolves.
        """
        # the first check the target could get after the restart (resume spreads them over a window)
        restarted = self.started_at + min(self.spread_s, target.interval_s) if self.started_at else 0.0
        since = max(state.last_checked_at, restarted)
        if state.last_checked_at <= 0 or now - since <= GAP_INTERVALS * target.interval_s:
            return False
        archive = self.services.archive
        if await archive.open_incident_for(target.id, IncidentKind.MONITORING_GAP) is not None:
            return True
        overdue = now - since
        inc = await archive.open_incident(
            target.id,
            IncidentKind.MONITORING_GAP,
            0.0,
            (f"not checked for {overdue:.0f} s, more than twice its interval of {target.interval_s:.0f} s",),
            {},
        )
        await self.services.events.publish(IncidentEvent(inc, target.url, "opened", datetime.now(UTC)))
        return True

    async def run_forever(self, stop: asyncio.Event, batch: int = 500) -> None:
        """Check due targets until ``stop`` is set; waits for running checks before returning."""
        await self.resume()
        tasks: set[asyncio.Task[CheckContext | None]] = set()
        while not stop.is_set():
            now = self.services.clock()
            due = await self.services.archive.due_targets(now, limit=batch)
            for target, state in due:
                if target.kind != TargetKind.WEB:
                    state.next_due = now + NOT_CHECKED_DEFER_S
                    await self.services.archive.save_state(state)
                    continue
                if target.id in self.in_flight:
                    continue
                gap = await self._gap_alert(target, state, now)
                self.in_flight.add(target.id)
                task = asyncio.create_task(self.check(target, state, resolve_gap=gap))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
            await wait_event(stop, self.tick_s)
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
