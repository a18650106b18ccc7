"""The dispatcher: background delivery, retries with backoff, isolation, one message per change."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from notify_helpers import SECRET, EventFactory
from support.webhook_receiver import WebhookReceiver

from tamperwatch.models import IncidentEvent
from tamperwatch.notify.apprise_notifier import AppriseNotifier
from tamperwatch.notify.base import MemoryNotifier, NotificationError
from tamperwatch.notify.dispatch import NotificationDispatcher
from tamperwatch.notify.webhook import WebhookNotifier
from tamperwatch.settings import Settings


class RecordedSleep:
    """Stands in for asyncio.sleep: records each backoff delay and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


class FailingNotifier:
    """Always raises, counting its attempts."""

    name = "failing"

    def __init__(self) -> None:
        self.attempts = 0

    async def send(self, event: IncidentEvent) -> None:
        self.attempts += 1
        raise NotificationError("endpoint is down")


class BlockedNotifier:
    """Never finishes a delivery until ``release`` is set."""

    name = "blocked"

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.started = asyncio.Event()

    async def send(self, event: IncidentEvent) -> None:
        self.started.set()
        await self.release.wait()


async def wait_until(condition: object, timeout: float = 5.0) -> None:
    """Poll a condition (a zero-argument callable) until it holds, up to a deadline."""
    assert callable(condition)
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0)


async def test_failing_endpoint_is_retried_with_exponential_backoff_then_succeeds(
    receiver: WebhookReceiver, make_event: EventFactory
) -> None:
    receiver.fail_next([500, 500, 500])
    sleep = RecordedSleep()
    dispatcher = NotificationDispatcher(
        [WebhookNotifier(receiver.url, SECRET)], retries=4, backoff_s=0.5, sleep=sleep
    )
    await dispatcher.publish(make_event())
    [delivery] = await receiver.wait_for(1)
    await dispatcher.aclose()

    assert delivery.verified
    assert receiver.attempts == 4
    assert sleep.delays == [0.5, 1.0, 2.0]
    assert (dispatcher.counters.sent, dispatcher.counters.retried, dispatcher.counters.failed) == (1, 3, 0)


async def test_delivery_is_given_up_after_the_configured_retries(make_event: EventFactory) -> None:
    failing = FailingNotifier()
    sleep = RecordedSleep()
    dispatcher = NotificationDispatcher([failing], retries=2, backoff_s=1.0, sleep=sleep)
    await dispatcher.publish(make_event())
    await dispatcher.drain()
    await dispatcher.aclose()

    assert failing.attempts == 3
    assert sleep.delays == [1.0, 2.0]
    assert (dispatcher.counters.sent, dispatcher.counters.failed) == (0, 1)


def test_backoff_doubles_up_to_its_cap() -> None:
    dispatcher = NotificationDispatcher([], backoff_s=1.0, max_backoff_s=10.0)
    assert [dispatcher.backoff_delay(n) for n in range(6)] == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]


async def test_broken_notifier_blocks_neither_the_others_nor_the_publisher(make_event: EventFactory) -> None:
    memory, failing, blocked = MemoryNotifier(), FailingNotifier(), BlockedNotifier()
    backoff_gate = asyncio.Event()

    async def stalled_sleep(delay: float) -> None:
        await backoff_gate.wait()

    dispatcher = NotificationDispatcher([failing, blocked, memory], retries=3, sleep=stalled_sleep)
    events = [make_event(incident_id=n) for n in range(5)]
    for event in events:
        await dispatcher.publish(event)  # returns although two notifiers are stuck

    await wait_until(lambda: len(memory.events) == 5)
    assert memory.events == events
    assert blocked.started.is_set() and failing.attempts == 1

    backoff_gate.set()
    blocked.release.set()
    await dispatcher.drain()
    assert failing.attempts == 5 * 4
    assert (dispatcher.counters.sent, dispatcher.counters.failed) == (10, 5)
    await dispatcher.aclose()


async def test_a_hung_delivery_counts_as_a_failed_attempt(make_event: EventFactory) -> None:
    blocked = BlockedNotifier()
    dispatcher = NotificationDispatcher([blocked], retries=0, attempt_timeout_s=0.05)
    await dispatcher.publish(make_event())
    await dispatcher.drain()
    assert dispatcher.counters.failed == 1
    await dispatcher.aclose()


async def test_one_message_per_incident_state_change(make_event: EventFactory) -> None:
    memory = MemoryNotifier()
    dispatcher = NotificationDispatcher([memory])
    for change in ["opened", "opened", "resolved", "opened", "resolved"]:
        await dispatcher.publish(make_event(incident_id=9, change=change))
    await dispatcher.publish(make_event(incident_id=10, change="opened"))
    await dispatcher.drain()
    await dispatcher.aclose()

    assert [(e.incident.id, e.change) for e in memory.events] == [
        (9, "opened"),
        (9, "resolved"),
        (10, "opened"),
    ]
    assert dispatcher.counters.deduplicated == 3


async def test_full_queue_drops_instead_of_blocking_the_publisher(make_event: EventFactory) -> None:
    blocked = BlockedNotifier()
    dispatcher = NotificationDispatcher([blocked], queue_size=2)
    await dispatcher.publish(make_event(incident_id=0))
    await blocked.started.wait()  # the worker holds event 0; the queue has room for 2 more
    for n in range(1, 5):
        await dispatcher.publish(make_event(incident_id=n))
    assert dispatcher.counters.dropped == 2
    blocked.release.set()
    await dispatcher.aclose()
    assert dispatcher.counters.sent == 3


async def test_close_flushes_queued_events_then_refuses_new_ones(
    receiver: WebhookReceiver, make_event: EventFactory
) -> None:
    dispatcher = NotificationDispatcher([WebhookNotifier(receiver.url, SECRET)])
    await dispatcher.publish(make_event(incident_id=1))
    await dispatcher.publish(make_event(incident_id=2))
    await dispatcher.aclose()
    assert sorted(r.json()["incident"]["id"] for r in receiver.received) == [1, 2]

    await dispatcher.publish(make_event(incident_id=3))
    assert dispatcher.counters.dropped == 1 and len(receiver.received) == 2


def test_notifiers_are_built_from_settings_through_plugins(tmp_path: Path) -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        data_dir=tmp_path,
        webhook_urls=["http://127.0.0.1:9/a", "http://127.0.0.1:9/b"],
        webhook_secret=SECRET,
        notify_urls=["json://127.0.0.1:9/", "json://127.0.0.1:9/other"],
    )
    notifiers = NotificationDispatcher.from_settings(settings).notifiers
    webhooks = [n for n in notifiers if isinstance(n, WebhookNotifier)]
    assert sorted(w.url for w in webhooks) == settings.webhook_urls
    assert sum(isinstance(n, AppriseNotifier) for n in notifiers) == 1
    assert len(notifiers) == 3


def test_no_notification_settings_means_no_notifiers(settings: Settings) -> None:
    assert NotificationDispatcher.from_settings(settings).notifiers == []


def test_webhook_without_secret_is_a_configuration_error(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path, webhook_urls=["http://127.0.0.1:9/"])  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="webhook_secret"):
        NotificationDispatcher.from_settings(settings)
