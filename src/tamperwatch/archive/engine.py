"""Async engine creation (SQLite pragmas for WAL) and a portable upsert."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, event, insert, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine


def create_engine(url: str, sqlite_synchronous: str = "NORMAL") -> AsyncEngine:
    """An async engine; SQLite gets WAL, the chosen ``synchronous`` mode and a busy timeout.

    WAL with synchronous=NORMAL never loses a committed transaction when the process is
    killed (the WAL is in the OS page cache); FULL also survives power loss.
    """
    engine = create_async_engine(url, pool_pre_ping=not url.startswith("sqlite"))
    if engine.dialect.name == "sqlite":
        mode = sqlite_synchronous.upper()

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA synchronous={mode}")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


async def upsert(
    conn: AsyncConnection, table: Table, values: Mapping[str, Any], keys: Sequence[str]
) -> None:
    """Insert ``values`` or update the row with the same ``keys``."""
    changes = {k: v for k, v in values.items() if k not in keys}
    name = conn.dialect.name
    if name in ("sqlite", "postgresql"):
        dialect_insert = sqlite.insert if name == "sqlite" else postgresql.insert
        stmt = dialect_insert(table).values(**values).on_conflict_do_update(index_elements=keys, set_=changes)
        await conn.execute(stmt)
        return
    where = [table.c[k] == values[k] for k in keys]
    result = await conn.execute(update(table).where(*where).values(**changes))
    if result.rowcount == 0:
        await conn.execute(insert(table).values(**values))
