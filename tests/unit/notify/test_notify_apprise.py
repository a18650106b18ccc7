"""Apprise notifications, delivered offline through Apprise's json:// service to a local receiver."""

from __future__ import annotations

import pytest
from notify_helpers import EventFactory
from support.webhook_receiver import WebhookReceiver

from tamperwatch.models import IncidentKind
from tamperwatch.notify.apprise_notifier import AppriseNotifier
from tamperwatch.notify.base import NotificationError


def apprise_url(receiver: WebhookReceiver) -> str:
    return receiver.url.replace("http://", "json://", 1)


async def test_apprise_delivers_title_and_reasons(
    open_receiver: WebhookReceiver, make_event: EventFactory
) -> None:
    event = make_event(incident_id=5, change="opened")
    await AppriseNotifier([apprise_url(open_receiver)]).send(event)

    [delivery] = await open_receiver.wait_for(1)
    message = delivery.json()
    assert "#5" in message["title"] and "opened" in message["title"]
    assert event.target_url in message["title"]
    assert all(reason in message["message"] for reason in event.incident.reasons)
    assert message["type"] == "failure"


async def test_resolved_and_unavailable_have_their_own_severity(
    open_receiver: WebhookReceiver, make_event: EventFactory
) -> None:
    notifier = AppriseNotifier([apprise_url(open_receiver)])
    await notifier.send(make_event(incident_id=1, change="opened", kind=IncidentKind.UNAVAILABLE))
    await notifier.send(make_event(incident_id=1, change="resolved", kind=IncidentKind.UNAVAILABLE))
    deliveries = await open_receiver.wait_for(2)
    assert [d.json()["type"] for d in deliveries] == ["warning", "success"]


async def test_refused_apprise_delivery_raises(
    open_receiver: WebhookReceiver, make_event: EventFactory
) -> None:
    open_receiver.fail_next([500] * 10)
    with pytest.raises(NotificationError, match="apprise"):
        await AppriseNotifier([apprise_url(open_receiver)]).send(make_event())
    assert open_receiver.attempts >= 1 and open_receiver.received == []


def test_invalid_apprise_url_is_refused_with_its_position() -> None:
    with pytest.raises(ValueError, match=r"notify_urls\[1\]"):
        AppriseNotifier(["json://127.0.0.1:9/", "nosuchservice://x"])
