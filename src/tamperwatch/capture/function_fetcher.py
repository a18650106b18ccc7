"""FunctionFetcher: a Fetcher backed by a plain function, the in-memory twin of HttpFetcher for tests.

Like httpx's MockTransport: ``handler(request)`` returns a Capture, or a ``(status, body)`` /
``(status, headers, body)`` tuple that is wrapped into one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from tamperwatch.capture.base import FetchRequest
from tamperwatch.models import Capture

Reply = Capture | tuple[int, bytes] | tuple[int, dict[str, str], bytes]
Handler = Callable[[FetchRequest], Reply | Awaitable[Reply]]


class FunctionFetcher:
    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[FetchRequest] = []

    async def fetch(self, request: FetchRequest) -> Capture:
        self.requests.append(request)
        reply = self.handler(request)
        if isinstance(reply, Awaitable):
            reply = await reply
        if isinstance(reply, Capture):
            return reply
        if len(reply) == 2:
            status, body = reply
            headers: dict[str, str] = {"content-type": "text/html; charset=utf-8"}
        else:
            status, headers, body = reply
        return Capture(
            url=request.url,
            fetched_at=datetime.now(UTC),
            final_url=request.url,
            status=status,
            headers=tuple(headers.items()),
            body=body,
        )

    async def aclose(self) -> None:
        return None
