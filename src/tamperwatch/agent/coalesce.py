"""Coalescing: paths changed under one root, gathered from the watch thread into batches.

A batch closes when no new path came for ``quiet_s``, or ``max_delay_s`` after its first path,
whichever is first: an editor's write-to-temp-then-rename lands in one batch, a burst of thousands
of writes in a few. Only the set of paths is kept (a path written 1,000 times is judged once), and
an overflow of the kernel's event queue asks for a full rescan instead.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Batch:
    paths: frozenset[str]
    rescan: bool  # events were lost: judge the whole root


class Coalescer:
    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        quiet_s: float,
        max_delay_s: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._loop = loop
        self.quiet_s = quiet_s
        self.max_delay_s = max_delay_s
        self._clock = clock
        self._lock = threading.Lock()
        self._paths: set[str] = set()
        self._rescan = False
        self._first = 0.0
        self._last = 0.0
        self._ready = asyncio.Event()

    def add(self, path: str) -> None:
        """Called from any thread for each changed path."""
        with self._lock:
            now = self._clock()
            wake = not self._paths and not self._rescan
            if wake:
                self._first = now
            self._last = now
            self._paths.add(path)
        if wake:
            self._loop.call_soon_threadsafe(self._ready.set)

    def lost(self) -> None:
        """Called from any thread when events were lost (queue overflow)."""
        with self._lock:
            if not self._paths and not self._rescan:
                self._first = self._last = self._clock()
            self._rescan = True
        self._loop.call_soon_threadsafe(self._ready.set)

    async def next_batch(self) -> Batch:
        while True:
            await self._ready.wait()
            with self._lock:
                now = self._clock()
                due = min(self._last + self.quiet_s, self._first + self.max_delay_s)
                if now >= due:
                    batch = Batch(frozenset(self._paths), self._rescan)
                    self._paths = set()
                    self._rescan = False
                    self._ready.clear()
                    if batch.paths or batch.rescan:
                        return batch
                    continue
            await asyncio.sleep(due - now)
