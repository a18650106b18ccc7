"""Group commit: the writes that queue up while the writer thread is busy share one transaction.

A round of checks finishes hundreds of appends at about the same time; committing each in its own
transaction costs more than the statements themselves. ``GroupCommitWriter.write`` still returns
only after its own write is committed, and still raises only its own error: when any write of a
group fails, the group is rolled back and each of its writes runs again alone, in the same order.
A write that finds the writer idle runs alone at once, exactly as without grouping.

With ``try_now`` (SQLite without fsync on commit) a group first runs on the event loop's own thread
at the loop's next turn, without waiting for the database lock: a commit there takes a fraction of a
millisecond, and handing every write to another thread cost more CPU than the writes (thread
wake-ups and the GIL changing hands: about a fifth of an unchanged cron round). A group that fails
there for any reason (the lock held by another process, a constraint) is handed to the writer
thread, which waits for the lock and sorts errors out as above; later writes follow it there until
it is idle again, so that writes still commit in the order they were made.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any, TypeVar

R = TypeVar("R")
Transact = Callable[[Callable[[Any], list[Any]]], list[Any]]


@dataclass(slots=True)
class _Write:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    future: asyncio.Future[Any]
    error: BaseException | None = None
    value: Any = None
    ran: bool = False  # committed, or failed with ``error``


class GroupCommitWriter:
    """Runs ``fn(conn, *args)`` writes on ``executor`` (one thread) through ``in_transaction``."""

    def __init__(
        self,
        executor: Executor,
        in_transaction: Transact,
        try_now: Transact | None = None,
    ) -> None:
        self._executor = executor
        self._in_transaction = in_transaction  # runs a function of a connection in one transaction
        self._try_now = try_now  # the same, but raises at once where it would wait for the lock
        self._pending: list[_Write] = []
        self._on_thread = 0  # groups handed to the writer thread and not finished yet
        self._lock = threading.Lock()

    async def write(self, fn: Callable[..., R], *args: Any) -> R:
        loop = asyncio.get_running_loop()
        item = _Write(fn, args, loop.create_future())
        with self._lock:
            self._pending.append(item)
            first = len(self._pending) == 1
            here = self._try_now is not None and not self._on_thread
            if first and not here:
                self._on_thread += 1
        if first:  # else the drain already scheduled picks it up
            if here:
                loop.call_soon(self._drain_here, loop)
            else:
                self._executor.submit(self._drain, loop)
        result: R = await item.future
        return result

    def _drain_here(self, loop: asyncio.AbstractEventLoop) -> None:
        assert self._try_now is not None
        with self._lock:
            group, self._pending = self._pending, []
        if not group:
            return
        try:
            values = self._try_now(lambda conn: [w.fn(conn, *w.args) for w in group])
        except Exception:  # rolled back: the writer thread waits for the lock and isolates errors
            with self._lock:
                self._on_thread += 1
            self._executor.submit(self._drain, loop, group)
            return
        for item, value in zip(group, values, strict=True):
            item.value, item.ran = value, True
        _settle(group)

    def _drain(self, loop: asyncio.AbstractEventLoop, handed: list[_Write] | None = None) -> None:
        with self._lock:  # writes queued behind a handed-over group join it, in order
            group, self._pending = (handed or []) + self._pending, []
        try:
            if group:
                self._run(group)
        except BaseException as exc:  # never leave a caller waiting
            for item in group:
                if not item.ran:
                    item.error, item.ran = exc, True
        finally:
            with self._lock:
                self._on_thread -= 1
        with contextlib.suppress(RuntimeError):  # a closed loop: nobody is waiting any more
            loop.call_soon_threadsafe(_settle, group)

    def _run(self, group: list[_Write]) -> None:
        if len(group) > 1:
            try:
                values = self._in_transaction(lambda conn: [w.fn(conn, *w.args) for w in group])
            except Exception:
                pass  # rolled back: each write runs alone below, so only its caller sees its error
            else:
                for item, value in zip(group, values, strict=True):
                    item.value, item.ran = value, True
                return
        for item in group:
            try:
                item.value = self._in_transaction(_alone(item))[0]
            except Exception as exc:
                item.error = exc
            item.ran = True


def _alone(item: _Write) -> Callable[[Any], list[Any]]:
    return lambda conn: [item.fn(conn, *item.args)]


def _settle(group: list[_Write]) -> None:
    for item in group:
        if item.future.done():  # the caller was cancelled; its write ran all the same
            continue
        if item.error is not None:
            item.future.set_exception(item.error)
        else:
            item.future.set_result(item.value)
