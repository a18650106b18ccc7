"""`POST /api/v1/agents/events`: an anti-tamper agent on a web server reports an incident it opened
to this (central) `tamperwatch serve`, so it lists beside the remote checks of the same site.

The body is the webhook document of the agent's incident (``notify/payload.py``), signed like a
webhook (``X-Tamperwatch-Signature``, HMAC-SHA256 over timestamp and body) with that agent's own
secret; ``agent_tokens`` lists the agents allowed, each ``HOST:SECRET``. An agent may report only
its own roots (targets ``file://HOST/...``). The incident is opened here, once per reported event
(a retried delivery answers with the same incident), with the agent's evidence and its newest
signed checkpoint kept in the evidence; each later batch of the agent's incident (change
``batch-N``) updates that incident's evidence, once per batch. Answers: 200 ``{"incident": id}``,
202 (another change: not kept), 401 (no agent's secret verifies the signature), 403 (another host's
root), 400 (not a report), 413, 503 (no archive in this process)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel, ConfigDict, ValidationError

from tamperwatch.agent.events import AGENT_REPORT_EVENT, BATCH_CHANGE
from tamperwatch.agent.record import AGENT_EVENTS_PATH, Recorder
from tamperwatch.api.screens import read_capped
from tamperwatch.archive.base import Archive
from tamperwatch.models import Incident, IncidentEvent, IncidentKind
from tamperwatch.notify.signature import verify_signature

router = APIRouter(tags=["agents"])

MAX_REPORT_BYTES = 1 << 20  # a webhook document: evidence summarised, a few KB


class ReportedTarget(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: int
    url: str


class ReportedIncident(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: int
    kind: str
    state: str
    score: float
    reasons: list[str]
    opened_at: str
    updated_at: str
    note: str
    evidence: dict[str, Any]


class Report(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int
    id: str
    type: str
    change: str
    at: str
    target: ReportedTarget
    incident: ReportedIncident
    checkpoint: dict[str, Any] | None = None


def agent_of(tokens: list[str], signature: str, body: bytes) -> str | None:
    """The host whose secret signs ``body``, or None."""
    for entry in tokens:
        host, _, secret = entry.partition(":")
        if host and secret and verify_signature(secret, signature, body):
            return host
    return None


@router.post(AGENT_EVENTS_PATH)
async def agent_event(request: Request, x_tamperwatch_signature: str = Header("")) -> dict[str, object]:
    settings, runtime = request.app.state.settings, request.app.state.runtime
    if runtime is None:
        raise HTTPException(503, "agent reports are not kept by this process")
    body = await read_capped(request, MAX_REPORT_BYTES)
    host = agent_of(settings.agent_tokens, x_tamperwatch_signature, body)
    if host is None:
        raise HTTPException(401, "a report signed with an agent's secret (agent_tokens) is required")
    try:
        report = Report.model_validate(json.loads(body))
    except (ValueError, ValidationError) as exc:
        raise HTTPException(400, f"not an agent report: {str(exc).splitlines()[0]}") from None
    prefix = f"file://{host}/"
    if not report.target.url.startswith(prefix):
        raise HTTPException(403, f"agent {host} may report only its own roots ({prefix}...)")
    batch = report.change.startswith(BATCH_CHANGE)
    if report.change != "opened" and not batch:
        return {"kept": False}
    archive = runtime.archive
    recorder = Recorder(archive, None, host, 0.0)
    target = await recorder.target(report.target.url[len(prefix) - 1 :])
    active = await archive.open_incident_for(target.id, IncidentKind.DEFACED)
    if active is not None and active.evidence.get("agent_event_id") == report.id:
        return {"incident": active.id}
    if batch and active is not None and active.evidence.get("agent_incident_id") == report.incident.id:
        return {"incident": await _joined(archive, active, report, host)}
    evidence = _central_evidence(report, host) | {"agent_event_id": report.id}
    reasons = tuple(report.incident.reasons) or (f"agent {host} reported a change",)
    score = report.incident.score
    incident = await archive.open_incident(target.id, IncidentKind.DEFACED, score, reasons, evidence)
    events = getattr(getattr(runtime, "services", None), "events", None)
    if events is not None:
        await events.publish(IncidentEvent(incident, target.url, "opened", datetime.now(UTC)))
    return {"incident": incident.id}


def _central_evidence(report: Report, host: str) -> dict[str, Any]:
    return report.incident.evidence | {
        "source": "agent-report",
        "reported_by": host,
        "agent_incident_id": report.incident.id,
        "agent_checkpoint": report.checkpoint,
    }


async def _joined(archive: Archive, active: Incident, report: Report, host: str) -> int:
    """A later batch of an incident this serve keeps: its evidence (the agent's, covering every
    batch so far) replaces the incident's, in one signed ``agent-report`` event; once per batch."""
    seen = list(active.evidence.get("agent_batch_ids", []))
    if report.id in seen:
        return active.id
    keep = {"agent_event_id": active.evidence.get("agent_event_id"), "agent_batch_ids": [*seen, report.id]}
    data = {"evidence": _central_evidence(report, host) | keep, "reasons": list(report.incident.reasons)}
    await archive.append_event(AGENT_REPORT_EVENT, data, active.id, f"agent {host}")
    return active.id
