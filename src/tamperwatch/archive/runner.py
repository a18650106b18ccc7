"""Where archive SQL runs: a sync engine on worker threads (SQLite) or an async engine (PostgreSQL).

All archive queries are plain SQLAlchemy Core functions of a sync ``Connection``. For SQLite they
run on a dedicated writer thread (SQLite has one writer anyway) and a small reader pool: one
thread hop per archive call instead of one per statement as with aiosqlite, which was the
difference between ~250 and several thousand checks per CPU-second. For asyncpg they run through
``AsyncConnection.run_sync``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sqlalchemy import Engine, event, make_url
from sqlalchemy import create_engine as create_sync_engine

from tamperwatch.archive.group_commit import GroupCommitWriter

if TYPE_CHECKING:  # the asyncio extension pulls in the ORM: imported only for PostgreSQL
    from sqlalchemy.ext.asyncio import AsyncEngine

R = TypeVar("R")


class DbRunner(Protocol):
    dialect: str

    async def read(self, fn: Callable[..., R], *args: Any) -> R: ...

    async def write(self, fn: Callable[..., R], *args: Any) -> R:
        """Run ``fn(conn, *args)`` in one transaction, committed before this returns."""
        ...

    async def dispose(self) -> None: ...


def sqlite_engine(
    url: str, synchronous: str = "NORMAL", busy_timeout_ms: int = 30_000, pool_size: int = 4
) -> Engine:
    """A sync SQLite engine in WAL mode with the chosen ``synchronous`` level and a busy timeout.

    WAL with synchronous=NORMAL never loses a committed transaction when the process is killed
    (the WAL sits in the OS page cache); FULL also survives power loss.
    """
    engine = create_sync_engine(
        make_url(url).set(drivername="sqlite"), pool_size=pool_size, max_overflow=pool_size
    )
    mode = synchronous.upper()

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={mode}")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.close()

    return engine


class ThreadRunner:
    """Sync engine; writes on one dedicated thread, reads on a small pool.

    With ``inline`` (an engine of the same database that never waits for the lock), writes first
    try to commit on the event loop's thread and go to the writer thread only when that fails
    (group_commit.py); the caller passes it only where a commit does not fsync.
    """

    def __init__(self, engine: Engine, inline: Engine | None = None) -> None:
        self.engine = engine
        self.inline = inline
        self.dialect = engine.dialect.name
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="archive-writer")
        self._readers = ThreadPoolExecutor(2, thread_name_prefix="archive-reader")
        self._group = GroupCommitWriter(
            self._writer, self._in_transaction, self._at_once if inline is not None else None
        )

    def _in_transaction(self, fn: Callable[..., R], *args: Any) -> R:
        with self.engine.begin() as conn:
            return fn(conn, *args)

    def _at_once(self, fn: Callable[..., R]) -> R:
        assert self.inline is not None
        with self.inline.begin() as conn:
            return fn(conn)

    def _in_connection(self, fn: Callable[..., R], *args: Any) -> R:
        with self.engine.connect() as conn:
            return fn(conn, *args)

    async def read(self, fn: Callable[..., R], *args: Any) -> R:
        return await asyncio.get_running_loop().run_in_executor(self._readers, self._in_connection, fn, *args)

    async def write(self, fn: Callable[..., R], *args: Any) -> R:
        """Committed before it returns; writes queued meanwhile share a transaction (group_commit.py)."""
        return await self._group.write(fn, *args)

    async def dispose(self) -> None:
        await asyncio.get_running_loop().run_in_executor(self._writer, self.engine.dispose)
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True)
        if self.inline is not None:  # its connection was opened on this thread
            self.inline.dispose()


class AsyncRunner:
    """Async engine (asyncpg); sync Core functions run through ``run_sync``."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    async def read(self, fn: Callable[..., R], *args: Any) -> R:
        async with self.engine.connect() as conn:
            return await conn.run_sync(fn, *args)

    async def write(self, fn: Callable[..., R], *args: Any) -> R:
        async with self.engine.begin() as conn:
            return await conn.run_sync(fn, *args)

    async def dispose(self) -> None:
        await self.engine.dispose()


def create_runner(url: str, sqlite_synchronous: str = "NORMAL") -> DbRunner:
    if make_url(url).get_backend_name() == "sqlite":
        inline = None
        if sqlite_synchronous.upper() not in ("FULL", "EXTRA"):  # else every commit waits for an fsync
            inline = sqlite_engine(url, sqlite_synchronous, busy_timeout_ms=0, pool_size=1)
        return ThreadRunner(sqlite_engine(url, sqlite_synchronous), inline)
    from sqlalchemy.ext.asyncio import create_async_engine

    return AsyncRunner(create_async_engine(url, pool_pre_ping=True))
