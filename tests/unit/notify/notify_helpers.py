"""Incident events and the shared secret used by the notifier tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from tamperwatch.models import Incident, IncidentEvent, IncidentKind, IncidentState

SECRET = "s3cret-for-tests"
EventFactory = Callable[..., IncidentEvent]


def build_event(
    incident_id: int = 7,
    change: str = "opened",
    *,
    kind: IncidentKind = IncidentKind.DEFACED,
    reasons: tuple[str, ...] = ("hidden block of 40 spam links", "title changed to 'Hacked by X'"),
    evidence: dict[str, object] | None = None,
    url: str = "https://portal.example/news",
) -> IncidentEvent:
    opened = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    state = {"opened": IncidentState.OPEN, "resolved": IncidentState.RESOLVED}.get(change, IncidentState.OPEN)
    incident = Incident(
        id=incident_id,
        target_id=3,
        kind=kind,
        state=state,
        opened_at=opened,
        updated_at=opened,
        score=0.93,
        reasons=reasons,
        evidence=evidence if evidence is not None else {"before": "abc", "after": "def"},
    )
    return IncidentEvent(incident=incident, target_url=url, change=change, at=opened)
