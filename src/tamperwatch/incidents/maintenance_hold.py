"""An event sink that holds the notifications of targets in a maintenance window.

Checks go on and incidents open and change as always; only the message is held: the event is
not passed to the notifiers, and a signed "held" event in the incident's history records what
was held and by which window. Events of targets in no window pass through unchanged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from tamperwatch.incidents.maintenance import MaintenanceStore
from tamperwatch.incidents.service import SYSTEM_ACTOR, IncidentService
from tamperwatch.models import IncidentEvent, Target

log = logging.getLogger(__name__)


class EventSink(Protocol):
    async def publish(self, event: IncidentEvent) -> None: ...


class TargetLookup(Protocol):
    async def get_target(self, key: int | str) -> Target | None: ...


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
