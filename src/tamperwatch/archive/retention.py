"""Retention rules shared by the archives: which blobs an incident or a target still needs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tamperwatch.models import IncidentState

ACTIVE_INCIDENT_STATES = (IncidentState.OPEN, IncidentState.ACKNOWLEDGED)


def evidence_blobs(evidence: dict[str, Any]) -> set[str]:
    """Blob hashes an incident's evidence protects from retention (``evidence["blobs"]``)."""
    listed = evidence.get("blobs", ())
    if isinstance(listed, str):
        return {listed}
    if not isinstance(listed, Iterable):
        return set()
    return {item for item in listed if isinstance(item, str)}
