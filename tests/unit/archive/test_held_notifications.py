"""Notifications held by a maintenance window outlive the process: a serve SIGKILLed inside the
window and started again sends each held change of an incident still open once when the window
ends (recorded "notified"), and keeps quiet about one resolved meanwhile; on SQLite and, where it
is installed, PostgreSQL. The in-memory twin keeps the same contract."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tamperwatch.archive.sql import SqlArchive
from tamperwatch.incidents.held_store import HeldChange, HeldStore, MemoryHeldStore, SqlHeldStore
from tamperwatch.incidents.maintenance import MaintenanceStore
from tamperwatch.incidents.maintenance_hold import HeldDuringMaintenance
from tamperwatch.incidents.service import IncidentService, history
from tamperwatch.models import IncidentEvent
from tamperwatch.settings import Settings

from .conftest import _fresh_database

CHILD = Path(__file__).with_name("held_child.py")
CHILD_TIMEOUT_S = 120


class Sent:
    def __init__(self) -> None:
        self.events: list[IncidentEvent] = []

    async def publish(self, event: IncidentEvent) -> None:
        self.events.append(event)


async def _hold_then_kill(settings: Settings) -> dict[str, str | int]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(CHILD), str(settings.data_dir), settings.database_url,
        stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(proc.communicate(), CHILD_TIMEOUT_S)
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, out)
    ids: dict[str, str | int] = json.loads(out.splitlines()[-1])
    return ids


@pytest.fixture(params=["sql", "postgres"])
async def restarted(request: pytest.FixtureRequest, settings: Settings) -> Settings:
    if request.param == "postgres":
        url = await _fresh_database(request.getfixturevalue("postgres_server"), "tw_held")
        settings = settings.model_copy(update={"database_url": url})
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return settings


async def test_held_changes_survive_a_kill_and_are_sent_once_after_the_window(restarted: Settings) -> None:
    ids = await _hold_then_kill(restarted)
    ends_at = datetime.fromisoformat(str(ids["ends_at"]))
    async with SqlArchive.from_settings(restarted) as archive:  # a new process on the same database
        incidents, sent, clock = IncidentService(archive), Sent(), {"now": ends_at - timedelta(seconds=1)}
        windows, held = MaintenanceStore(archive.db), SqlHeldStore(archive.db)
        sink = HeldDuringMaintenance(sent, windows, archive, incidents, lambda: clock["now"], held)
        assert [h.incident_id for h in await sink.held.pending()] == [ids["open"], ids["resolved"]]
        assert await sink.release(archive) == []  # the window is not over yet
        clock["now"] = ends_at + timedelta(seconds=1)
        released = await sink.release(archive)
        assert [(e.incident.id, e.change) for e in released] == [(ids["open"], "opened")]
        assert await sink.release(archive) == [] and await sink.held.pending() == []  # once
        assert [(e.incident.id, e.change) for e in sent.events] == [(ids["open"], "opened")]
        opened = [e.change for e in await history(archive, int(ids["open"]))]
        quiet = [e.change for e in await history(archive, int(ids["resolved"]))]
    assert opened.count("held") == 1 and opened.count("notified") == 1
    assert quiet.count("held") == 2 and "notified" not in quiet


def _change(incident_id: int, held_s: int) -> HeldChange:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    return HeldChange(incident_id, 7, "https://a.example/", "opened", at, at + timedelta(seconds=held_s))


@pytest.fixture(params=["memory", "sql"])
async def held_store(request: pytest.FixtureRequest, settings: Settings) -> AsyncIterator[HeldStore]:
    if request.param == "memory":
        yield MemoryHeldStore()
        return
    async with SqlArchive.from_settings(settings) as archive:
        yield SqlHeldStore(archive.db)


async def test_a_store_keeps_each_incidents_last_change_and_gives_it_out_once(held_store: HeldStore) -> None:
    await held_store.put(_change(1, 1))
    await held_store.put(_change(2, 2))
    newer = _change(1, 3)
    await held_store.put(newer)  # replaces incident 1's older one
    pending = await held_store.pending()
    assert pending == [_change(2, 2), newer]  # longest held first
    assert not await held_store.take(_change(1, 1))  # no longer the entry: held again meanwhile
    assert await held_store.take(newer) and not await held_store.take(newer)
    assert await held_store.pending() == [_change(2, 2)]


async def test_the_memory_twin_forgets_the_oldest_beyond_its_limit() -> None:
    store = MemoryHeldStore(limit=2)
    for n in range(3):
        await store.put(_change(n, n))
    assert [h.incident_id for h in await store.pending()] == [1, 2]
