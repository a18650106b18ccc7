"""A test message through one notifier: what `tamperwatch notify test`, the API and the dashboard's
test button send (incident 0, change "test", a URL that names no real site)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from tamperwatch.models import Incident, IncidentEvent, IncidentKind, IncidentState
from tamperwatch.notify.base import Notifier

PROBE_TIMEOUT_S = 30.0  # a notifier that has not delivered by then has failed the test
PROBE_URL = "https://tamperwatch.invalid/notifier-test"
MAX_ERROR_CHARS = 500


def probe_event(sender: str) -> IncidentEvent:
    """The test event; ``sender`` says who asked for it (it is the message's one reason)."""
    now = datetime.now(UTC)
    incident = Incident(
        0, 0, IncidentKind.DEFACED, IncidentState.OPEN, now, now, 0.0, (f"test message sent by {sender}",)
    )
    return IncidentEvent(incident, PROBE_URL, "test", now)


async def probe(notifier: Notifier, sender: str, timeout_s: float = PROBE_TIMEOUT_S) -> str:
    """Send one test message; "" when it was delivered, else the one-line reason it was not."""
    try:
        await asyncio.wait_for(notifier.send(probe_event(sender)), timeout_s)
    except Exception as exc:  # whatever the notifier raised is the answer
        text = " ".join(str(exc).split())
        return f"{type(exc).__name__}: {text}"[:MAX_ERROR_CHARS] if text else type(exc).__name__
    return ""


def describe(notifier: Notifier) -> str:
    """The notifier's name, and where it sends when that is one URL (never its credentials)."""
    from tamperwatch.notify.webhook import redact_url

    url = getattr(notifier, "url", None)
    return f"{notifier.name} {redact_url(url)}" if isinstance(url, str) else notifier.name
