"""A small webhook endpoint on 127.0.0.1 that records deliveries and checks their signatures.

Used by the demo (to show the notification that arrived) and by tests (to await deliveries
without sleeping). It can be told to answer the next requests with errors, to exercise retries.
"""

from __future__ import annotations

import asyncio
import json
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Self

from aiohttp import web

from tamperwatch.notify.signature import EVENT_ID_HEADER, SIGNATURE_HEADER, verify_signature


@dataclass(frozen=True, slots=True)
class ReceivedRequest:
    """One accepted POST. ``verified`` is True only for a valid, fresh signature."""

    path: str
    headers: dict[str, str]
    body: bytes
    verified: bool

    @property
    def event_id(self) -> str:
        return self.headers.get(EVENT_ID_HEADER, "")

    def json(self) -> Any:
        """The body parsed as JSON (raises ValueError when it is not JSON)."""
        return json.loads(self.body)


class WebhookReceiver:
    """Accepts POSTs on any path at ``url``; with a ``secret``, refuses badly signed ones (401)."""

    def __init__(self, secret: str | None = None, *, tolerance_s: float = 300.0) -> None:
        self._secret = secret
        self._tolerance_s = tolerance_s
        self._failures: deque[int] = deque()
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._port = 0
        self.received: list[ReceivedRequest] = []
        self.attempts = 0
        self.rejected = 0

    @property
    def url(self) -> str:
        if not self._port:
            raise RuntimeError("receiver is not started")
        return f"http://127.0.0.1:{self._port}/hook"

    def fail_next(self, statuses: Iterable[int]) -> None:
        """Answer the next requests with these statuses (e.g. ``[500, 500]``) before accepting."""
        self._failures.extend(statuses)

    async def start(self) -> Self:
        app = web.Application(client_max_size=1024 * 1024)
        app.router.add_post("/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = int(self._runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        async with self._changed:
            self.attempts += 1
            self._changed.notify_all()
        if self._failures:
            return web.Response(status=self._failures.popleft(), text="simulated failure")
        verified = False
        if self._secret is not None:
            header = request.headers.get(SIGNATURE_HEADER, "")
            verified = verify_signature(self._secret, header, body, self._tolerance_s)
            if not verified:
                self.rejected += 1
                return web.Response(status=401, text="bad signature")
        record = ReceivedRequest(request.path, dict(request.headers), body, verified)
        async with self._changed:
            self.received.append(record)
            self._changed.notify_all()
        return web.Response(status=204)

    async def wait_for(self, count: int, timeout: float = 10.0) -> list[ReceivedRequest]:
        """Wait until ``count`` requests were accepted; TimeoutError says how many arrived."""
        await self._wait(lambda: len(self.received) >= count, timeout, f"{count} deliveries")
        return list(self.received)

    async def wait_for_attempts(self, count: int, timeout: float = 10.0) -> None:
        """Wait until ``count`` requests arrived, accepted or not."""
        await self._wait(lambda: self.attempts >= count, timeout, f"{count} attempts")

    async def _wait(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(predicate), timeout)
            except TimeoutError:
                raise TimeoutError(
                    f"waited {timeout:g} s for {what}; got {len(self.received)} accepted "
                    f"of {self.attempts} attempts"
                ) from None
