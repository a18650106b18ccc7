"""An event sink that holds the notifications of targets in a maintenance window.

Checks go on and incidents open and change as always; only the message is held: the event is
not passed to the notifiers, and a signed "held" event in the incident's history records what
was held and by which window. Events of targets in no window pass through unchanged.

When the window is over (``release``, run by ``release_loop`` in ``serve``), an incident still
open or acknowledged gets its last held change sent after all, with the incident as it is then,
and a "notified" record; one resolved or marked false positive meanwhile stays quiet (it began
and ended inside the maintenance). Held changes wait in a ``HeldStore`` (incidents/held_store.py):
``serve`` keeps them in the archive's database, so a restart (or kill -9) inside a window still
sends them when it ends. The entry is kept before the "held" record is written, and taken before
the release is recorded and sent: a kill between the two steps of a release loses that one
message (the reminders, when on, still announce the incident), it never sends it twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from tamperwatch.aio import wait_event
from tamperwatch.incidents.held_store import HeldChange, HeldStore, MemoryHeldStore
from tamperwatch.incidents.maintenance import MaintenanceStore
from tamperwatch.incidents.service import SYSTEM_ACTOR, IncidentService
from tamperwatch.models import Incident, IncidentEvent, IncidentState, Target

RELEASE_POLL_S = 30.0  # how often serve looks for windows that are over
OPEN, ACKNOWLEDGED = IncidentState.OPEN, IncidentState.ACKNOWLEDGED  # the states still worth telling
log = logging.getLogger(__name__)


class EventSink(Protocol):
    async def publish(self, event: IncidentEvent) -> None: ...


class TargetLookup(Protocol):
    async def get_target(self, key: int | str) -> Target | None: ...


class IncidentLookup(Protocol):
    async def get_incident(self, incident_id: int) -> Incident | None: ...


def _utc_now() -> datetime:
    return datetime.now(UTC)


class HeldDuringMaintenance:
    """Wraps ``inner``: publishes what no maintenance window covers, records the rest as held."""

    def __init__(
        self,
        inner: EventSink,
        store: MaintenanceStore,
        targets: TargetLookup,
        incidents: IncidentService,
        clock: Callable[[], datetime] = _utc_now,
        held: HeldStore | None = None,
    ) -> None:
        """``held``: where held changes wait (serve: ``SqlHeldStore``; default: in memory)."""
        self.inner = inner
        self.store = store
        self.targets = targets
        self.incidents = incidents
        self.clock = clock
        self.held: HeldStore = held if held is not None else MemoryHeldStore()

    async def in_maintenance(self, target: Target, at: datetime) -> bool:
        """Whether ``target`` is in a window at ``at`` (the reminders' ``held``)."""
        return await self.store.covering(target, at) is not None

    async def publish(self, event: IncidentEvent) -> None:
        target = await self.targets.get_target(event.incident.target_id)
        window = None if target is None else await self.store.covering(target, self.clock())
        if window is None:
            await self.inner.publish(event)
            return
        note = f"{event.change} not sent: maintenance window {window.id} ({window.scope}) until "
        note += f"{window.ends_at.isoformat()}" + (f": {window.reason}" if window.reason else "")
        log.info("incident %d: %s", event.incident.id, note)
        if event.incident.id:  # incident 0 is a notifier test, in no history
            incident, at = event.incident, self.clock()
            await self.held.put(
                HeldChange(incident.id, incident.target_id, event.target_url, event.change, event.at, at)
            )
            await self.incidents.change(incident.id, "held", SYSTEM_ACTOR, note=note)

    async def release(self, incidents: IncidentLookup) -> list[IncidentEvent]:
        """Send the last held change of each incident whose target is in no window any more."""
        now, sent = self.clock(), []
        for held in await self.held.pending():
            target = await self.targets.get_target(held.target_id)
            if target is not None and await self.store.covering(target, now) is not None:
                continue  # still (or again) in a window
            if not await self.held.take(held):
                continue  # released by another pass, or held again meanwhile
            current = await incidents.get_incident(held.incident_id)
            if target is None or current is None or current.state not in (OPEN, ACKNOWLEDGED):
                continue
            released = IncidentEvent(current, held.target_url, held.change, now)
            note = f"{held.change} sent after the maintenance window"
            await self.incidents.change(held.incident_id, "notified", SYSTEM_ACTOR, note=note)
            await self.inner.publish(released)
            sent.append(released)
        return sent


async def release_loop(held: HeldDuringMaintenance, incidents: IncidentLookup, stop: asyncio.Event) -> None:
    """``held.release`` every RELEASE_POLL_S until ``stop``; a failed pass is logged."""
    while not await wait_event(stop, RELEASE_POLL_S):
        try:
            await held.release(incidents)
        except Exception:
            log.exception("releasing held notifications failed")
