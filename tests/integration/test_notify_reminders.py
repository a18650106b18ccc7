"""Re-notification: an incident left open is announced again every interval, through the notifiers."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.incidents.reminders import Reminders, reminder_loop
from tamperwatch.incidents.service import IncidentService, history
from tamperwatch.models import IncidentKind, Target
from tamperwatch.notify.base import MemoryNotifier
from tamperwatch.notify.dispatch import NotificationDispatcher
from tamperwatch.settings import Settings

HOUR = 3600.0


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


async def _setup() -> tuple[MemoryArchive, IncidentService, int, str]:
    archive = MemoryArchive()
    target = await archive.add_target(Target(url="https://portal.example/"))
    incident = await archive.open_incident(target.id, IncidentKind.DEFACED, 0.9, ("defaced",), {})
    return archive, IncidentService(archive), incident.id, target.url


async def test_an_open_incident_is_reminded_each_interval_through_every_notifier() -> None:
    archive, service, incident_id, url = await _setup()
    incident = await archive.get_incident(incident_id)
    assert incident is not None
    clock = Clock(incident.opened_at)
    notifiers = [MemoryNotifier(), MemoryNotifier()]
    dispatcher = NotificationDispatcher(notifiers)
    reminders = Reminders(archive, service, dispatcher, HOUR, clock=clock)
    await reminders.prime()

    clock.now += timedelta(minutes=59)
    assert await reminders.run_once() == []
    clock.now += timedelta(minutes=2)
    assert [e.change for e in await reminders.run_once()] == ["reminder-1"]
    assert await reminders.run_once() == []  # once per interval, however often it runs
    clock.now += timedelta(hours=1)
    assert [e.change for e in await reminders.run_once()] == ["reminder-2"]
    await dispatcher.drain()
    for notifier in notifiers:
        assert [(e.incident.id, e.change, e.target_url) for e in notifier.events] == [
            (incident_id, "reminder-1", url),
            (incident_id, "reminder-2", url),
        ]
    notes = [e.data.get("note", "") for e in await history(archive, incident_id) if e.change == "notified"]
    assert len(notes) == 2 and notes[0].startswith("reminder 1:")

    await service.change(incident_id, "acknowledged", "alice")
    clock.now += timedelta(hours=5)
    assert await reminders.run_once() == []  # acknowledged: nobody is reminded any more
    await dispatcher.aclose()


async def test_a_restart_sends_no_backlog_and_keeps_the_schedule() -> None:
    archive, service, incident_id, _ = await _setup()
    incident = await archive.get_incident(incident_id)
    assert incident is not None
    clock = Clock(incident.opened_at + timedelta(hours=5, minutes=30))
    sink = NotificationDispatcher([MemoryNotifier()])
    reminders = Reminders(archive, service, sink, HOUR, clock=clock)  # a process started late
    assert await reminders.run_once() == []
    clock.now += timedelta(minutes=31)
    assert [e.change for e in await reminders.run_once()] == ["reminder-6"]


async def test_a_held_target_is_not_reminded() -> None:
    archive, service, incident_id, _ = await _setup()
    incident = await archive.get_incident(incident_id)
    assert incident is not None
    clock = Clock(incident.opened_at)
    held = {"on": True}

    async def in_maintenance(target: Target, at: datetime) -> bool:
        return held["on"]

    sink = NotificationDispatcher([MemoryNotifier()])
    reminders = Reminders(archive, service, sink, HOUR, clock=clock, held=in_maintenance)
    await reminders.prime()
    clock.now += timedelta(hours=1, minutes=1)
    assert await reminders.run_once() == []
    records = [e.data["note"] for e in await history(archive, incident_id) if e.change == "held"]
    assert len(records) == 1 and records[0].startswith("reminder 1:") and "maintenance window" in records[0]
    held["on"] = False
    clock.now += timedelta(hours=1)
    assert [e.change for e in await reminders.run_once()] == ["reminder-2"]


async def test_the_loop_is_off_at_zero_and_stops_on_its_event() -> None:
    archive, service, _, _ = await _setup()
    stop = asyncio.Event()
    off = Settings(notify_repeat_s=0)
    await asyncio.wait_for(reminder_loop(off, archive, service, NotificationDispatcher([]), stop), 5)
    on = Settings(notify_repeat_s=HOUR)
    task = asyncio.create_task(reminder_loop(on, archive, service, NotificationDispatcher([]), stop))
    stop.set()
    await asyncio.wait_for(task, 5)  # ended on the event, long before its first hour
    assert task.done() and task.exception() is None
