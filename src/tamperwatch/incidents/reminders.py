"""Re-notification of incidents left unacknowledged.

An incident still open ``interval_s`` after it opened is announced again ("reminder-1"), then
after every further ``interval_s`` ("reminder-2", ...), through the same event sink as every
other incident change (so through every configured notifier), until someone acknowledges,
resolves or marks it a false positive. Each reminder is also a signed "notified" event in the
incident's history (``IncidentService``), so the page shows who was reminded and when.

Reminder ``n`` is due ``n * interval_s`` after the incident opened, so the schedule is a pure
function of the clock: a restart does not reset it, and it never sends a backlog (a process
started long after an incident opened sends its next reminder at the next boundary, not every
one it missed). A target in a maintenance window (``held``) gets no reminder while it lasts: the
reminder is recorded as a signed "held" event instead.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from tamperwatch.aio import wait_event
from tamperwatch.incidents.service import SYSTEM_ACTOR, IncidentService
from tamperwatch.models import Incident, IncidentEvent, IncidentState, Target

if TYPE_CHECKING:
    from tamperwatch.settings import Settings

REMINDER_POLL_MAX_S = 60.0  # the loop looks for due reminders at least this often
REMINDER_CHANGE = "reminder"  # events are "reminder-1", "reminder-2", ...: each its own message
log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Held = Callable[[Target, datetime], Awaitable[bool]]


class ReminderArchive(Protocol):
    async def list_incidents(self, state: IncidentState | None = None) -> list[Incident]: ...
    async def get_target(self, key: int | str) -> Target | None: ...


class EventSink(Protocol):
    async def publish(self, event: IncidentEvent) -> None: ...


async def _never_held(target: Target, at: datetime) -> bool:
    return False


def _utc_now() -> datetime:
    return datetime.now(UTC)


def reminders_due(incident: Incident, now: datetime, interval_s: float) -> int:
    """How many reminders ``incident`` has earned by ``now`` (0 before its first)."""
    opened = incident.opened_at if incident.opened_at.tzinfo else incident.opened_at.replace(tzinfo=UTC)
    elapsed = (now - opened).total_seconds()
    return max(0, int(elapsed // interval_s))


class Reminders:
    """Sends the reminders that are due, one call at a time (``run_once``); ``reminder_loop`` drives it."""

    def __init__(
        self,
        archive: ReminderArchive,
        incidents: IncidentService,
        events: EventSink,
        interval_s: float,
        clock: Clock = _utc_now,
        held: Held = _never_held,
    ) -> None:
        if interval_s <= 0:
            raise ValueError("interval_s must be positive (0 turns reminders off before this is built)")
        self.archive = archive
        self.incidents = incidents
        self.events = events
        self.interval_s = interval_s
        self.clock = clock
        self.held = held
        self._sent: dict[int, int] = {}  # incident id -> the last reminder number announced
        self._primed = False

    async def prime(self) -> None:
        """Count the reminders already earned by open incidents as sent: no backlog at start."""
        now = self.clock()
        for incident in await self.archive.list_incidents(IncidentState.OPEN):
            self._sent[incident.id] = reminders_due(incident, now, self.interval_s)
        self._primed = True

    async def run_once(self) -> list[IncidentEvent]:
        """Announce every reminder due now; returns the events published."""
        if not self._primed:
            await self.prime()
        now = self.clock()
        still_open = await self.archive.list_incidents(IncidentState.OPEN)
        self._sent = {i.id: self._sent.get(i.id, 0) for i in still_open}
        published = []
        for incident in still_open:
            number = reminders_due(incident, now, self.interval_s)
            if number <= self._sent[incident.id]:
                continue
            target = await self.archive.get_target(incident.target_id)
            if target is None:
                continue
            self._sent[incident.id] = number
            hours = (number * self.interval_s) / 3600
            note = f"reminder {number}: open and unacknowledged for {hours:.2f} h"
            if await self.held(target, now):
                note += "; not sent: the target is in a maintenance window"
                await self.incidents.change(incident.id, "held", SYSTEM_ACTOR, note=note)
                continue
            await self.incidents.change(incident.id, "notified", SYSTEM_ACTOR, note=note)
            event = IncidentEvent(incident, target.url, f"{REMINDER_CHANGE}-{number}", now)
            await self.events.publish(event)
            published.append(event)
        return published


async def reminder_loop(
    settings: Settings,
    archive: ReminderArchive,
    incidents: IncidentService,
    events: EventSink,
    stop: asyncio.Event,
    held: Held = _never_held,
) -> None:
    """Run ``Reminders`` until ``stop``; off when ``notify_repeat_s`` is 0. A failed pass is logged."""
    if settings.notify_repeat_s <= 0:
        return
    reminders = Reminders(archive, incidents, events, settings.notify_repeat_s, held=held)
    poll_s = min(settings.notify_repeat_s, REMINDER_POLL_MAX_S)
    await reminders.prime()
    while not await wait_event(stop, poll_s):
        try:
            await reminders.run_once()
        except Exception:
            log.exception("re-notification pass failed")
