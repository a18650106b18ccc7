"""An event sink that holds the notifications of targets in a maintenance window.

Checks go on and incidents open and change as always; only the message is held: the event is
not passed to the notifiers, and a signed "held" event in the incident's history records what
was held and by which window. Events of targets in no window pass through unchanged.

When the window is over (``release``, run by ``release_loop`` in ``serve``), an incident still
open or acknowledged gets its last held change sent after all, with the incident as it is then,
and a "notified" record; one resolved or marked false positive meanwhile stays quiet (it began
and ended inside the maintenance). Held changes are kept in memory (at most MAX_HELD incidents):
a restart forgets them, and the reminders, when on, still announce incidents left open.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Protocol

from tamperwatch.aio import wait_event
from tamperwatch.incidents.maintenance import MaintenanceStore
from tamperwatch.incidents.service import SYSTEM_ACTOR, IncidentService
from tamperwatch.models import Incident, IncidentEvent, IncidentState, Target

MAX_HELD = 10_000  # incidents whose last held change is kept for release
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
    ) -> None:
        self.inner = inner
        self.store = store
        self.targets = targets
        self.incidents = incidents
        self.clock = clock
        self._held: OrderedDict[int, IncidentEvent] = OrderedDict()  # incident id -> last held change

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
            await self.incidents.change(event.incident.id, "held", SYSTEM_ACTOR, note=note)
            self._held.pop(event.incident.id, None)
            self._held[event.incident.id] = event
            while len(self._held) > MAX_HELD:
                self._held.popitem(last=False)

    async def release(self, incidents: IncidentLookup) -> list[IncidentEvent]:
        """Send the last held change of each incident whose target is in no window any more."""
        now, sent = self.clock(), []
        for incident_id, event in list(self._held.items()):
            target = await self.targets.get_target(event.incident.target_id)
            if target is not None and await self.store.covering(target, now) is not None:
                continue  # still (or again) in a window
            del self._held[incident_id]
            current = await incidents.get_incident(incident_id)
            if target is None or current is None or current.state not in (OPEN, ACKNOWLEDGED):
                continue
            released = replace(event, incident=current, at=now)
            note = f"{event.change} sent after the maintenance window"
            await self.incidents.change(incident_id, "notified", SYSTEM_ACTOR, note=note)
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
