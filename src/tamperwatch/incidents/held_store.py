"""Where the notifications held by maintenance windows wait for the window's end.

One entry per incident: the last change of it that a window held (a newer one replaces it).
``SqlHeldStore`` keeps them in the archive's database (migration 0009), one transaction per
call, so they outlive a restart or a kill -9; ``MemoryHeldStore`` is its twin for tests (at
most MAX_HELD incidents, the oldest forgotten first).

``take`` removes an entry only while it is the one that was read (same incident, same time it
was held), and says whether this caller removed it: of two releases racing over one database,
one sends the message.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import BigInteger, Column, Connection, Index, Integer, String, Table, Text, delete, select

from tamperwatch.archive.chain import from_micros, to_micros
from tamperwatch.archive.runner import DbRunner
from tamperwatch.archive.tables import metadata
from tamperwatch.archive.upsert import upsert

MAX_HELD = 10_000  # incidents the in-memory twin keeps
MAX_CHANGE_CHARS = 50

held_notifications = Table(
    "held_notifications",
    metadata,
    Column("incident_id", Integer, primary_key=True, autoincrement=False),
    Column("target_id", Integer, nullable=False),
    Column("target_url", Text, nullable=False),
    Column("change", String(MAX_CHANGE_CHARS), nullable=False),
    Column("at_us", BigInteger, nullable=False),  # when the change happened
    Column("held_us", BigInteger, nullable=False),  # when it was held
    Index("ix_held_notifications_held", "held_us"),
)


@dataclass(frozen=True, slots=True)
class HeldChange:
    """The last held change of one incident, enough to send it later with the incident as it is."""

    incident_id: int
    target_id: int
    target_url: str
    change: str
    at: datetime
    held_at: datetime


class HeldStore(Protocol):
    async def put(self, held: HeldChange) -> None:
        """Keep ``held`` as its incident's last held change (replacing an older one)."""
        ...

    async def pending(self) -> list[HeldChange]:
        """Every held change, the longest held first."""
        ...

    async def take(self, held: HeldChange) -> bool:
        """Remove ``held`` if it is still the incident's entry; whether this call removed it."""
        ...


class MemoryHeldStore:
    """The twin for tests: a restart forgets it."""

    def __init__(self, limit: int = MAX_HELD) -> None:
        self.limit = limit
        self._held: OrderedDict[int, HeldChange] = OrderedDict()

    async def put(self, held: HeldChange) -> None:
        self._held.pop(held.incident_id, None)
        self._held[held.incident_id] = held
        while len(self._held) > self.limit:
            self._held.popitem(last=False)

    async def pending(self) -> list[HeldChange]:
        return list(self._held.values())

    async def take(self, held: HeldChange) -> bool:
        if self._held.get(held.incident_id) != held:
            return False
        del self._held[held.incident_id]
        return True


def _held(row: Any) -> HeldChange:
    at, held_at = from_micros(row.at_us), from_micros(row.held_us)
    return HeldChange(row.incident_id, row.target_id, row.target_url, row.change, at, held_at)


class SqlHeldStore:
    """Held changes in the archive's database; every method one transaction."""

    def __init__(self, db: DbRunner) -> None:
        self.db = db

    async def put(self, held: HeldChange) -> None:
        values = {
            "incident_id": held.incident_id,
            "target_id": held.target_id,
            "target_url": held.target_url,
            "change": held.change[:MAX_CHANGE_CHARS],
            "at_us": to_micros(held.at),
            "held_us": to_micros(held.held_at),
        }
        await self.db.write(upsert, held_notifications, values, ("incident_id",))

    async def pending(self) -> list[HeldChange]:
        def rows(conn: Connection) -> list[HeldChange]:
            query = select(held_notifications).order_by(
                held_notifications.c.held_us, held_notifications.c.incident_id
            )
            return [_held(r) for r in conn.execute(query)]

        return await self.db.read(rows)

    async def take(self, held: HeldChange) -> bool:
        def remove(conn: Connection) -> bool:
            gone = conn.execute(
                delete(held_notifications).where(
                    held_notifications.c.incident_id == held.incident_id,
                    held_notifications.c.held_us == to_micros(held.held_at),
                )
            )
            return bool(gone.rowcount)

        return await self.db.write(remove)
