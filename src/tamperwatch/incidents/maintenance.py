"""Maintenance windows: for a while, one target (or every target with a tag) keeps being checked
and its incidents keep opening, but their notifications are held: each held one is recorded as a
signed "held" event in the incident's history instead of being sent (``HeldDuringMaintenance``).

Windows live in the archive's database (migration 0008), one transaction per change; ending a
window early keeps it, with its end moved to now, so the record of what was held stays whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Index,
    Integer,
    String,
    Table,
    Text,
    or_,
    select,
    update,
)

from tamperwatch.archive.chain import from_micros, to_micros, utc_now
from tamperwatch.archive.runner import DbRunner
from tamperwatch.archive.tables import metadata
from tamperwatch.errors import ConfigError
from tamperwatch.models import Target

MAX_WINDOW = timedelta(days=366)  # a longer "window" is a paused target, not maintenance
MAX_REASON_CHARS = 500
MAX_TAG_CHARS = 100

windows = Table(
    "maintenance_windows",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("target_id", Integer, nullable=True),
    Column("tag", String(100), nullable=True),
    Column("starts_us", BigInteger, nullable=False),
    Column("ends_us", BigInteger, nullable=False),
    Column("reason", Text, nullable=False),
    Column("created_by", String(200), nullable=False),
    Column("created_us", BigInteger, nullable=False),
    Index("ix_maintenance_windows_ends", "ends_us"),
    sqlite_autoincrement=True,
)


@dataclass(frozen=True, slots=True)
class MaintenanceWindow:
    id: int
    target_id: int | None  # exactly one of target_id and tag is set
    tag: str | None
    starts_at: datetime
    ends_at: datetime
    reason: str
    created_by: str
    created_at: datetime

    def covers(self, target: Target, at: datetime) -> bool:
        """Whether ``target`` is in this window at ``at``."""
        if not self.starts_at <= at < self.ends_at:
            return False
        return target.id == self.target_id if self.target_id is not None else self.tag in target.tags

    @property
    def scope(self) -> str:
        return f"target {self.target_id}" if self.target_id is not None else f"tag {self.tag}"


def _window(row: Any) -> MaintenanceWindow:
    return MaintenanceWindow(
        row.id,
        row.target_id,
        row.tag,
        from_micros(row.starts_us),
        from_micros(row.ends_us),
        row.reason,
        row.created_by,
        from_micros(row.created_us),
    )


def check_window(target_id: int | None, tag: str | None, starts_at: datetime, ends_at: datetime) -> None:
    """A ConfigError (one line) for a window that names no scope, both scopes, or no time."""
    if (target_id is None) == (tag is None):
        raise ConfigError("a maintenance window covers one target or one tag: give exactly one")
    if tag is not None and not 0 < len(tag) <= MAX_TAG_CHARS:
        raise ConfigError(f"a tag has 1 to {MAX_TAG_CHARS} characters")
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise ConfigError("maintenance window times need a time zone (e.g. 2026-12-07T22:00:00+00:00)")
    if not starts_at < ends_at:
        raise ConfigError("a maintenance window ends after it starts")
    if ends_at - starts_at > MAX_WINDOW:
        raise ConfigError(
            f"a maintenance window lasts at most {MAX_WINDOW.days} days; pause the target instead"
        )


class MaintenanceStore:
    """Maintenance windows in the archive's database; every method one transaction."""

    def __init__(self, db: DbRunner) -> None:
        self.db = db

    async def add(
        self,
        target_id: int | None,
        tag: str | None,
        starts_at: datetime,
        ends_at: datetime,
        reason: str,
        created_by: str,
    ) -> MaintenanceWindow:
        check_window(target_id, tag, starts_at, ends_at)
        values = {
            "target_id": target_id,
            "tag": tag,
            "starts_us": to_micros(starts_at),
            "ends_us": to_micros(ends_at),
            "reason": reason[:MAX_REASON_CHARS],
            "created_by": created_by,
            "created_us": to_micros(utc_now()),
        }

        def insert(conn: Connection) -> MaintenanceWindow:
            new_id = conn.execute(windows.insert().values(**values)).inserted_primary_key
            assert new_id is not None
            row = conn.execute(select(windows).where(windows.c.id == new_id[0])).one()
            return _window(row)

        return await self.db.write(insert)

    async def list(self, include_past: bool = False, at: datetime | None = None) -> list[MaintenanceWindow]:
        """Windows that have not ended by ``at`` (now), soonest start first; all with ``include_past``.
        One cancelled before it started (ended: its end moved to its start) has ended."""
        cutoff = to_micros(at or utc_now())

        def rows(conn: Connection) -> list[MaintenanceWindow]:
            query = select(windows).order_by(windows.c.starts_us, windows.c.id)
            if not include_past:
                query = query.where(windows.c.ends_us > cutoff, windows.c.ends_us > windows.c.starts_us)
            return [_window(r) for r in conn.execute(query)]

        return await self.db.read(rows)

    async def get(self, window_id: int) -> MaintenanceWindow | None:
        def one(conn: Connection) -> MaintenanceWindow | None:
            row = conn.execute(select(windows).where(windows.c.id == window_id)).first()
            return None if row is None else _window(row)

        return await self.db.read(one)

    async def end(self, window_id: int, at: datetime | None = None) -> MaintenanceWindow | None:
        """End a window now (one not started yet ends before it starts); None when there is none."""
        now = to_micros(at or utc_now())

        def close(conn: Connection) -> MaintenanceWindow | None:
            row = conn.execute(select(windows).where(windows.c.id == window_id)).first()
            if row is None:
                return None
            if row.ends_us > now:
                ends = max(now, row.starts_us)
                conn.execute(update(windows).where(windows.c.id == window_id).values(ends_us=ends))
                row = conn.execute(select(windows).where(windows.c.id == window_id)).one()
            return _window(row)

        return await self.db.write(close)

    async def covering(self, target: Target, at: datetime) -> MaintenanceWindow | None:
        """The window ``target`` is in at ``at`` (the one ending last), or None."""
        micros = to_micros(at)
        scope = [windows.c.target_id == target.id]
        if target.tags:
            scope.append(windows.c.tag.in_(target.tags))

        def find(conn: Connection) -> MaintenanceWindow | None:
            query = (
                select(windows)
                .where(windows.c.starts_us <= micros, windows.c.ends_us > micros, or_(*scope))
                .order_by(windows.c.ends_us.desc())
                .limit(1)
            )
            row = conn.execute(query).first()
            return None if row is None else _window(row)

        return await self.db.read(find)
