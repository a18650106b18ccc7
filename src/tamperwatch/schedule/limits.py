"""HostLimiter: a global and a per-host cap on checks running at once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit


class HostLimiter:
    def __init__(self, max_concurrency: int, per_host: int) -> None:
        self.per_host = per_host
        self._global = asyncio.Semaphore(max_concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._users: dict[str, int] = {}

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        host = (urlsplit(url).hostname or "").lower()
        sem = self._hosts.get(host)
        if sem is None:
            sem = self._hosts[host] = asyncio.Semaphore(self.per_host)
        self._users[host] = self._users.get(host, 0) + 1
        try:
            async with self._global, sem:
                yield
        finally:
            self._users[host] -= 1
            if not self._users[host]:  # forget idle hosts so 100k targets do not pin 100k semaphores
                del self._users[host]
                del self._hosts[host]
