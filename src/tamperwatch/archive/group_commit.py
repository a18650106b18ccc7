"""Group commit: the writes that queue up while the writer thread is busy share one transaction.

A round of checks finishes hundreds of appends at about the same time; committing each in its own
transaction costs more than the statements themselves. ``GroupCommitWriter.write`` still returns
only after its own write is committed, and still raises only its own error: when any write of a
group fails, the group is rolled back and each of its writes runs again alone, in the same order.
A write that finds the writer idle runs alone at once, exactly as without grouping.
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
        self, executor: Executor, in_transaction: Callable[[Callable[[Any], list[Any]]], list[Any]]
    ) -> None:
        self._executor = executor
        self._in_transaction = in_transaction  # runs a function of a connection in one transaction
        self._pending: list[_Write] = []
        self._lock = threading.Lock()

    async def write(self, fn: Callable[..., R], *args: Any) -> R:
        loop = asyncio.get_running_loop()
        item = _Write(fn, args, loop.create_future())
        with self._lock:
            self._pending.append(item)
            first = len(self._pending) == 1
        if first:  # else the drain already scheduled picks it up
            self._executor.submit(self._drain, loop)
        result: R = await item.future
        return result

    def _drain(self, loop: asyncio.AbstractEventLoop) -> None:
        with self._lock:
            group, self._pending = self._pending, []
        try:
            self._run(group)
        except BaseException as exc:  # never leave a caller waiting
            for item in group:
                if not item.ran:
                    item.error, item.ran = exc, True
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
