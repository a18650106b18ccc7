"""Writes that queue up share a transaction, yet each caller sees only its own result or error."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import Column, Connection, Integer, MetaData, Table, insert, select
from sqlalchemy.exc import IntegrityError

from tamperwatch.archive.group_commit import GroupCommitWriter
from tamperwatch.archive.runner import ThreadRunner, sqlite_engine


class FakeDb:
    """A store whose transactions apply all their rows at commit, or none of them."""

    def __init__(self) -> None:
        self.rows: list[int] = []
        self.transactions: list[list[int]] = []

    def in_transaction(self, fn: Any) -> Any:
        pending: list[int] = []
        result = fn(pending)  # raises: nothing is applied (rolled back)
        self.rows.extend(pending)
        self.transactions.append(pending)
        return result


def add(conn: list[int], value: int) -> int:
    if value < 0:
        raise ValueError(f"bad value {value}")
    conn.append(value)
    return value * 10


async def _queued_behind_a_busy_writer(writer: GroupCommitWriter, values: list[int]) -> list[Any]:
    """Hold the writer thread with a first write, queue ``values``, then let it go."""
    busy, release = threading.Event(), threading.Event()

    def hold(conn: list[int]) -> None:
        busy.set()
        release.wait(10)

    first = asyncio.ensure_future(writer.write(hold))
    assert await asyncio.get_running_loop().run_in_executor(None, busy.wait, 10)
    queued = [asyncio.ensure_future(writer.write(add, v)) for v in values]
    await asyncio.sleep(0)  # one turn of the loop: every queued write is now waiting for its group
    release.set()
    await first
    return list(await asyncio.gather(*queued, return_exceptions=True))


async def test_queued_writes_commit_together_and_each_caller_gets_its_own_result() -> None:
    db = FakeDb()
    with ThreadPoolExecutor(1) as pool:
        results = await _queued_behind_a_busy_writer(GroupCommitWriter(pool, db.in_transaction), [1, 2, 3])
    assert results == [10, 20, 30]
    assert db.rows == [1, 2, 3]
    assert db.transactions[-1] == [1, 2, 3]  # one transaction for the three queued writes


async def test_a_failing_write_fails_alone_and_the_others_of_its_group_are_committed_in_order() -> None:
    db = FakeDb()
    with ThreadPoolExecutor(1) as pool:
        results = await _queued_behind_a_busy_writer(GroupCommitWriter(pool, db.in_transaction), [1, -2, 3])
    assert results[0] == 10 and results[2] == 30
    assert isinstance(results[1], ValueError) and "bad value -2" in str(results[1])
    assert db.rows == [1, 3]


async def test_a_write_on_an_idle_writer_runs_alone_at_once() -> None:
    db = FakeDb()
    with ThreadPoolExecutor(1) as pool:
        writer = GroupCommitWriter(pool, db.in_transaction)
        assert await writer.write(add, 4) == 40
        assert await writer.write(add, 5) == 50
    assert db.transactions == [[4], [5]]


async def test_sqlite_integrity_error_reaches_only_the_writer_that_caused_it(tmp_path: Any) -> None:
    metadata = MetaData()
    table = Table("t", metadata, Column("id", Integer, primary_key=True))
    runner = ThreadRunner(sqlite_engine(f"sqlite:///{tmp_path / 'db.sqlite'}"))
    try:
        await runner.write(lambda conn: metadata.create_all(conn))

        def put(conn: Connection, key: int) -> None:
            conn.execute(insert(table).values(id=key))

        results = await asyncio.gather(*(runner.write(put, k) for k in (1, 2, 2, 3)), return_exceptions=True)
        assert [isinstance(r, IntegrityError) for r in results] == [False, False, True, False]
        keys = await runner.read(lambda conn: list(conn.execute(select(table.c.id).order_by(table.c.id))))
        assert [k for (k,) in keys] == [1, 2, 3]
        with pytest.raises(IntegrityError):
            await runner.write(put, 1)
    finally:
        await runner.dispose()


class LockedDb(FakeDb):
    """``try_now`` that fails while ``locked`` (another process holds the write lock)."""

    def __init__(self) -> None:
        super().__init__()
        self.locked = False
        self.refused = 0
        self.threads: list[int] = []
        self.gate = threading.Event()  # cleared: transactions wait for it
        self.gate.set()

    def try_now(self, fn: Any) -> Any:
        if self.locked:
            self.refused += 1
            raise RuntimeError("database is locked")
        return self.in_transaction(fn)

    def in_transaction(self, fn: Any) -> Any:
        self.threads.append(threading.get_ident())
        self.gate.wait(10)
        return super().in_transaction(fn)


async def test_writes_of_one_loop_turn_commit_together_on_the_loop_thread() -> None:
    db = LockedDb()
    with ThreadPoolExecutor(1) as pool:
        writer = GroupCommitWriter(pool, db.in_transaction, db.try_now)
        assert await asyncio.gather(*(writer.write(add, v) for v in (1, 2, 3))) == [10, 20, 30]
        assert await writer.write(add, 4) == 40
    assert db.transactions == [[1, 2, 3], [4]]
    assert set(db.threads) == {threading.get_ident()}


async def test_a_group_that_cannot_commit_at_once_goes_to_the_writer_thread_and_later_writes_follow() -> None:
    db = LockedDb()
    db.locked = True
    db.gate.clear()
    with ThreadPoolExecutor(1) as pool:
        writer = GroupCommitWriter(pool, db.in_transaction, db.try_now)
        first = asyncio.gather(writer.write(add, 1), writer.write(add, -2), return_exceptions=True)
        while not db.refused:  # the group tried to commit at once, was refused, went to the thread
            await asyncio.sleep(0)
        db.locked = False
        second = asyncio.ensure_future(writer.write(add, 3))  # while the group is still on the thread
        await asyncio.sleep(0)
        db.gate.set()
        results = await first
        assert await second == 30
    assert results[0] == 10 and isinstance(results[1], ValueError)
    assert db.rows == [1, 3]  # in the order the writes were made
    assert db.threads and threading.get_ident() not in db.threads  # all of it on the writer thread


async def test_a_write_waits_off_the_loop_for_a_lock_held_by_another_process(tmp_path: Any) -> None:
    path = tmp_path / "db.sqlite"
    metadata = MetaData()
    table = Table("t", metadata, Column("id", Integer, primary_key=True))
    url = f"sqlite:///{path}"
    runner = ThreadRunner(sqlite_engine(url), sqlite_engine(url, busy_timeout_ms=0, pool_size=1))
    ran_on: list[int] = []

    def put(conn: Connection, key: int) -> None:
        ran_on.append(threading.get_ident())
        conn.execute(insert(table).values(id=key))

    other = sqlite3.connect(path, isolation_level=None)
    try:
        await runner.write(lambda conn: metadata.create_all(conn))
        await runner.write(put, 1)
        assert ran_on == [threading.get_ident()]  # uncontended: committed on the loop's thread
        other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        waiting = asyncio.ensure_future(runner.write(put, 2))
        for _ in range(20):  # the loop keeps turning while the write waits for the lock
            await asyncio.sleep(0)
        assert not waiting.done()
        other.execute("ROLLBACK")
        await asyncio.wait_for(waiting, 30)
        assert ran_on[1] == threading.get_ident() and ran_on[2] != threading.get_ident()
        keys = await runner.read(lambda conn: list(conn.execute(select(table.c.id).order_by(table.c.id))))
        assert [k for (k,) in keys] == [1, 2]
    finally:
        other.close()
        await runner.dispose()
