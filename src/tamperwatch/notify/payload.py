"""What a notification says about an incident state change: the webhook JSON and a text summary."""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from tamperwatch.models import IncidentEvent

PAYLOAD_VERSION = 1
MAX_EVIDENCE_STRING = 300
MAX_EVIDENCE_ITEMS = 20
log = logging.getLogger(__name__)


def latest_tree_head(folder: Path | None) -> dict[str, Any] | None:
    """The newest signed tree head of the archive's log (docs/archive.md), with its public key, so
    each receiver holds a checkpoint: a witness to what the archive held when it was notified."""
    if folder is None:
        return None
    from tamperwatch.archive.log import newest_checkpoint

    try:
        checkpoint = newest_checkpoint(folder)
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("cannot read the newest checkpoint in %s", folder, exc_info=True)
        return None
    if checkpoint is None:
        return None
    return checkpoint.tree_head() | {"public_key": checkpoint.public_key}


def event_id(event: IncidentEvent) -> str:
    """A stable id for one incident state change: the same on every retry and every notifier.

    Receivers use it (header ``X-Tamperwatch-Event-Id``) to drop duplicate deliveries.
    """
    incident = event.incident
    key = f"{incident.id}|{event.change}|{event.target_url}|{incident.opened_at.isoformat()}"
    return "evt_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _summarize(value: Any, depth: int = 0) -> Any:
    """A small JSON-safe view of one evidence value: long strings cut, big containers counted."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        if len(value) <= MAX_EVIDENCE_STRING:
            return value
        return value[:MAX_EVIDENCE_STRING] + f"... ({len(value)} chars)"
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        if depth >= 2:
            return f"<{len(value)} entries>"
        items = list(value.items())[:MAX_EVIDENCE_ITEMS]
        return {str(key): _summarize(item, depth + 1) for key, item in items}
    if isinstance(value, list | tuple | set | frozenset):
        if depth >= 2:
            return f"<{len(value)} items>"
        return [_summarize(item, depth + 1) for item in list(value)[:MAX_EVIDENCE_ITEMS]]
    return _summarize(str(value), depth)


def event_document(event: IncidentEvent, checkpoint: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON document a webhook receives for ``event`` (with the archive's newest ``checkpoint``)."""
    incident = event.incident
    document = {
        "version": PAYLOAD_VERSION,
        "id": event_id(event),
        "type": f"incident.{event.change}",
        "change": event.change,
        "at": event.at.isoformat(),
        "target": {"id": incident.target_id, "url": event.target_url},
        "incident": {
            "id": incident.id,
            "kind": str(incident.kind),
            "state": str(incident.state),
            "score": incident.score,
            "reasons": list(incident.reasons),
            "opened_at": incident.opened_at.isoformat(),
            "updated_at": incident.updated_at.isoformat(),
            "note": incident.note,
            "evidence": _summarize(incident.evidence),
        },
    }
    if checkpoint is not None:
        document["checkpoint"] = checkpoint
    return document


def event_body(event: IncidentEvent, checkpoint: dict[str, Any] | None = None) -> bytes:
    """``event_document`` serialised as compact UTF-8 JSON (the exact bytes that get signed)."""
    document = event_document(event, checkpoint)
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def event_title(event: IncidentEvent) -> str:
    """A one-line title for chat and e-mail notifications."""
    incident = event.incident
    return f"[tamperwatch] {incident.kind} incident #{incident.id} {event.change}: {event.target_url}"


def event_text(event: IncidentEvent, checkpoint: dict[str, Any] | None = None) -> str:
    """A short plain-text body for chat and e-mail notifications."""
    incident = event.incident
    lines = [
        f"Target: {event.target_url}",
        f"Incident #{incident.id} ({incident.kind}) is now {incident.state}.",
        f"Score: {incident.score:.2f}",
        f"Opened: {incident.opened_at.isoformat()}",
    ]
    if incident.reasons:
        lines.append("Reasons:")
        lines.extend(f"- {reason}" for reason in incident.reasons[:10])
    if checkpoint is not None:
        lines.append(
            f"Archive checkpoint: {checkpoint['tree_size']} entries, root {checkpoint['root_hash']}, "
            f"signature {checkpoint['signature']}"
        )
    return "\n".join(lines)
