"""Delivers incident events to every notifier in the background, with retries and backoff.

``publish`` only enqueues and returns: checks never wait on, or fail because of, a notifier.
Each notifier has its own queue and worker task, so a slow or broken one delays nobody else,
and each receives events in the order they were published. One message per incident state
change: a repeated ``(incident id, change)`` is dropped.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tamperwatch.models import IncidentEvent
from tamperwatch.notify.base import ClosableNotifier, Notifier, NotifierFactory
from tamperwatch.plugins import load_plugin, plugin_names

if TYPE_CHECKING:
    from tamperwatch.settings import Settings

NOTIFIER_GROUP = "tamperwatch.notifiers"
log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]


@dataclass(slots=True)
class DeliveryCounters:
    """Running totals for metrics; one delivery is one event to one notifier."""

    sent: int = 0
    failed: int = 0  # deliveries given up after the last retry
    retried: int = 0  # failed attempts that were retried
    dropped: int = 0  # events not queued: queue full or dispatcher closed
    deduplicated: int = 0  # publishes of an (incident, change) already published


@dataclass(slots=True)
class _Lane:
    notifier: Notifier
    queue: asyncio.Queue[IncidentEvent]
    task: asyncio.Task[None] | None = None


class NotificationDispatcher:
    """Fans events out to notifiers; retries each delivery with exponential backoff."""

    def __init__(
        self,
        notifiers: Sequence[Notifier],
        *,
        retries: int = 4,
        backoff_s: float = 1.0,
        max_backoff_s: float = 300.0,
        attempt_timeout_s: float = 60.0,
        queue_size: int = 1000,
        dedupe_window: int = 10_000,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if retries < 0 or backoff_s < 0:
            raise ValueError("retries and backoff_s must not be negative")
        self._lanes = [_Lane(notifier, asyncio.Queue(maxsize=queue_size)) for notifier in notifiers]
        self._retries = retries
        self._backoff_s = backoff_s
        self._max_backoff_s = max_backoff_s
        self._attempt_timeout_s = attempt_timeout_s
        self._dedupe_window = dedupe_window
        self._published: OrderedDict[tuple[int, str], None] = OrderedDict()
        self._sleep = sleep
        self._closed = False
        self.counters = DeliveryCounters()

    @classmethod
    def from_settings(cls, settings: Settings, *, sleep: Sleep = asyncio.sleep) -> NotificationDispatcher:
        """Notifiers from every ``tamperwatch.notifiers`` plugin (webhook_urls, notify_urls, ...)."""
        notifiers: list[Notifier] = []
        for name in plugin_names(NOTIFIER_GROUP):
            factory: NotifierFactory = load_plugin(NOTIFIER_GROUP, name)
            notifiers.extend(factory.from_settings(settings))
        return cls(
            notifiers, retries=settings.notify_retries, backoff_s=settings.notify_backoff_s, sleep=sleep
        )

    @property
    def notifiers(self) -> list[Notifier]:
        return [lane.notifier for lane in self._lanes]

    @property
    def pending(self) -> int:
        """Deliveries queued and not finished yet."""
        return sum(lane.queue.qsize() for lane in self._lanes)

    def backoff_delay(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (0-based): doubles each time."""
        return float(min(self._backoff_s * 2**attempt, self._max_backoff_s))

    async def publish(self, event: IncidentEvent) -> None:
        """Queue ``event`` for every notifier and return at once; never raises."""
        if self._closed:
            self.counters.dropped += 1
            log.warning("notification dispatcher is closed; event for incident %s dropped", event.incident.id)
            return
        key = (event.incident.id, event.change)
        if key in self._published:
            self.counters.deduplicated += 1
            return
        self._published[key] = None
        while len(self._published) > self._dedupe_window:
            self._published.popitem(last=False)
        for lane in self._lanes:
            self._start(lane)
            try:
                lane.queue.put_nowait(event)
            except asyncio.QueueFull:
                self.counters.dropped += 1
                log.error(
                    "notifier %s is %d events behind; event dropped", lane.notifier.name, lane.queue.qsize()
                )

    def _start(self, lane: _Lane) -> None:
        if lane.task is None:
            lane.task = asyncio.create_task(self._run(lane), name=f"notify-{lane.notifier.name}")

    async def _run(self, lane: _Lane) -> None:
        while True:
            event = await lane.queue.get()
            try:
                await self._deliver(lane.notifier, event)
            finally:
                lane.queue.task_done()

    async def _deliver(self, notifier: Notifier, event: IncidentEvent) -> None:
        for attempt in range(self._retries + 1):
            try:
                await asyncio.wait_for(notifier.send(event), self._attempt_timeout_s)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                reason = str(exc) or exc.__class__.__name__
                if attempt >= self._retries:
                    self.counters.failed += 1
                    log.error(
                        "notifier %s gave up on incident %s %s after %d attempts: %s",
                        notifier.name,
                        event.incident.id,
                        event.change,
                        attempt + 1,
                        reason,
                    )
                    return
                self.counters.retried += 1
                delay = self.backoff_delay(attempt)
                log.warning("notifier %s failed (%s); retry in %.1f s", notifier.name, reason, delay)
                await self._sleep(delay)
            else:
                self.counters.sent += 1
                return

    async def drain(self) -> None:
        """Wait until every queued delivery has been sent or given up."""
        await asyncio.gather(*(lane.queue.join() for lane in self._lanes))

    async def aclose(self, timeout_s: float = 10.0) -> None:
        """Stop accepting events, flush for up to ``timeout_s``, then stop workers and notifiers."""
        self._closed = True
        try:
            await asyncio.wait_for(self.drain(), timeout_s)
        except TimeoutError:
            log.error("notifications not delivered at shutdown: %d", self.pending)
        tasks = [lane.task for lane in self._lanes if lane.task is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for lane in self._lanes:
            if isinstance(lane.notifier, ClosableNotifier):
                try:
                    await lane.notifier.aclose()
                except Exception:  # shutdown goes on whatever one notifier does
                    log.exception("closing notifier %s failed", lane.notifier.name)
