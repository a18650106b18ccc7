"""The signed JSON webhook, against a real HTTP receiver on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from notify_helpers import SECRET, EventFactory
from support.webhook_receiver import WebhookReceiver

from tamperwatch.notify.base import NotificationError
from tamperwatch.notify.payload import MAX_EVIDENCE_STRING, event_document, event_id
from tamperwatch.notify.webhook import WebhookNotifier


async def test_delivery_is_signed_and_describes_the_incident(
    receiver: WebhookReceiver, make_event: EventFactory
) -> None:
    event = make_event(incident_id=42, change="opened")
    notifier = WebhookNotifier(receiver.url, SECRET)
    try:
        await notifier.send(event)
    finally:
        await notifier.aclose()

    [delivery] = await receiver.wait_for(1)
    assert delivery.verified
    document = delivery.json()
    assert delivery.event_id == document["id"] == event_id(event)
    assert document["change"] == "opened"
    assert document["target"]["url"] == "https://portal.example/news"
    incident = document["incident"]
    assert (incident["id"], incident["kind"], incident["state"]) == (42, "defaced", "open")
    assert incident["reasons"] == list(event.incident.reasons)
    assert incident["score"] == pytest.approx(0.93)
    assert incident["opened_at"].startswith("2025-03-01T12:00")


async def test_event_id_is_stable_across_retries_and_distinct_per_change(make_event: EventFactory) -> None:
    opened = make_event(incident_id=1, change="opened")
    assert event_id(opened) == event_id(make_event(incident_id=1, change="opened"))
    assert event_id(opened) != event_id(make_event(incident_id=1, change="resolved"))
    assert event_id(opened) != event_id(make_event(incident_id=2, change="opened"))


def test_large_evidence_is_summarised_not_copied(make_event: EventFactory) -> None:
    huge = "<a href='http://spam.example'>x</a>" * 10_000
    event = make_event(evidence={"diff": huge, "links": list(range(500)), "blob": b"\0" * 9000})
    evidence = event_document(event)["incident"]["evidence"]
    assert len(evidence["diff"]) < MAX_EVIDENCE_STRING + 50
    assert str(len(huge)) in evidence["diff"]
    assert len(evidence["links"]) < 500
    assert evidence["blob"] == "<9000 bytes>"


async def test_wrong_secret_is_refused_by_the_receiver_and_reported(
    receiver: WebhookReceiver, make_event: EventFactory
) -> None:
    notifier = WebhookNotifier(receiver.url, "not-the-secret")
    try:
        with pytest.raises(NotificationError, match="HTTP 401"):
            await notifier.send(make_event())
    finally:
        await notifier.aclose()
    assert receiver.received == [] and receiver.rejected == 1


async def test_server_error_raises_with_the_status(
    receiver: WebhookReceiver, make_event: EventFactory
) -> None:
    receiver.fail_next([503])
    notifier = WebhookNotifier(receiver.url, SECRET)
    try:
        with pytest.raises(NotificationError, match="HTTP 503"):
            await notifier.send(make_event())
    finally:
        await notifier.aclose()


@pytest.fixture
async def redirecting_server() -> AsyncIterator[tuple[str, list[str]]]:
    """A server whose /hook redirects to /elsewhere; yields its URL and the paths it was asked for."""
    seen: list[str] = []

    async def handle(request: web.Request) -> web.Response:
        seen.append(request.path)
        if request.path == "/hook":
            raise web.HTTPFound("/elsewhere")
        return web.Response(status=204)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    yield f"http://127.0.0.1:{port}/hook", seen
    await runner.cleanup()


async def test_redirects_are_not_followed(
    redirecting_server: tuple[str, list[str]], make_event: EventFactory
) -> None:
    url, seen = redirecting_server
    notifier = WebhookNotifier(url, SECRET)
    try:
        with pytest.raises(NotificationError, match="redirect"):
            await notifier.send(make_event())
    finally:
        await notifier.aclose()
    assert seen == ["/hook"]


@pytest.fixture
async def silent_server() -> AsyncIterator[str]:
    """A server that accepts the request and never answers until the test ends."""
    release = asyncio.Event()

    async def handle(request: web.Request) -> web.Response:
        await release.wait()
        return web.Response(status=204)

    app = web.Application()
    app.router.add_post("/hook", handle)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    yield f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    release.set()
    await runner.cleanup()


async def test_unanswered_delivery_fails_at_the_deadline(
    silent_server: str, make_event: EventFactory
) -> None:
    notifier = WebhookNotifier(silent_server, SECRET, timeout_s=0.2)
    try:
        with pytest.raises(NotificationError, match="deadline"):
            await notifier.send(make_event())
    finally:
        await notifier.aclose()


async def test_unreachable_endpoint_raises_a_clear_error(make_event: EventFactory) -> None:
    async with WebhookReceiver(SECRET) as stopped:
        url = stopped.url
    notifier = WebhookNotifier(url, SECRET)
    try:
        with pytest.raises(NotificationError, match=r"127\.0\.0\.1"):
            await notifier.send(make_event())
    finally:
        await notifier.aclose()


@pytest.mark.parametrize(
    ("url", "secret", "message"),
    [("http://127.0.0.1:1/hook", "", "webhook_secret"), ("ftp://example.org/x", "s", "http or https")],
)
def test_misconfiguration_is_refused_with_a_clear_message(url: str, secret: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        WebhookNotifier(url, secret)
