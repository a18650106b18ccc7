"""Fixtures for notifier tests: incident events and a local webhook receiver."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from notify_helpers import SECRET, EventFactory, build_event
from support.webhook_receiver import WebhookReceiver


@pytest.fixture
def make_event() -> EventFactory:
    return build_event


@pytest.fixture
async def receiver() -> AsyncIterator[WebhookReceiver]:
    """A receiver on 127.0.0.1 that refuses deliveries not signed with SECRET."""
    async with WebhookReceiver(SECRET) as running:
        yield running


@pytest.fixture
async def open_receiver() -> AsyncIterator[WebhookReceiver]:
    """A receiver on 127.0.0.1 that checks no signature (for Apprise's unsigned JSON)."""
    async with WebhookReceiver() as running:
        yield running
