"""Live updates for the dashboard by server-sent events (``GET /events``).

``LiveFeed`` fans the scheduler's finished checks (and the incidents they opened or changed) out
to every open dashboard page: one bounded queue per page; a page too slow to keep up loses its
oldest events, never slows a check. Each event is one ``event: check`` or ``event: incident``
with a small JSON ``data`` line (ids, states, scores: never captured content).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tamperwatch.pipeline.context import CheckContext

QUEUE_LENGTH = 256  # events kept for one page that reads slowly
MAX_SUBSCRIBERS = 1000  # open pages at once; more are refused
HEARTBEAT_S = 15.0  # a comment line keeps proxies from closing an idle stream


class FeedFull(Exception):
    pass


class LiveFeed:
    def __init__(self, max_subscribers: int = MAX_SUBSCRIBERS, queue_length: int = QUEUE_LENGTH) -> None:
        self.max_subscribers = max_subscribers
        self.queue_length = queue_length
        self._queues: set[asyncio.Queue[tuple[str, dict[str, Any]]]] = set()

    @property
    def subscribers(self) -> int:
        return len(self._queues)

    def publish(self, kind: str, data: dict[str, Any]) -> None:
        for queue in self._queues:
            if queue.full():
                queue.get_nowait()  # the oldest goes
            queue.put_nowait((kind, data))

    def observe(self, ctx: CheckContext) -> None:
        """A scheduler observer: every finished check, and the incident events it made."""
        verdict = ctx.verdict
        if verdict is not None:
            self.publish(
                "check",
                {
                    "target": ctx.target.id,
                    "status": verdict.status.value,
                    "score": round(verdict.score, 3),
                    "at": ctx.state.last_checked_at,
                },
            )
        for event in ctx.events:
            incident = event.incident
            self.publish(
                "incident",
                {
                    "incident": incident.id,
                    "target": incident.target_id,
                    "kind": str(incident.kind),
                    "change": event.change,
                },
            )

    async def stream(
        self, disconnected: Callable[[], Awaitable[bool]], heartbeat_s: float = HEARTBEAT_S
    ) -> AsyncGenerator[str, None]:
        """The text of an event stream until ``disconnected()`` says the page has gone."""
        if len(self._queues) >= self.max_subscribers:
            raise FeedFull(f"{self.max_subscribers} live pages are open already")
        queue: asyncio.Queue[tuple[str, dict[str, Any]]] = asyncio.Queue(self.queue_length)
        self._queues.add(queue)
        try:
            yield "retry: 5000\n\n"
            while not await disconnected():
                try:
                    kind, data = await asyncio.wait_for(queue.get(), heartbeat_s)
                except TimeoutError:
                    yield ": still here\n\n"
                    continue
                yield f"event: {kind}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n"
        finally:
            with contextlib.suppress(KeyError):
                self._queues.remove(queue)
