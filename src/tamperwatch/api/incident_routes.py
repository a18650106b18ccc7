"""/api/v1/incidents: list (filter by state, kind, target; newest first, cursor pages), one
incident with its signed history, and the changes: acknowledge, resolve, false positive, reopen,
comment. Every change goes through ``IncidentService`` (its state machine; a change it refuses is
409 with the actions allowed), is a signed event naming the user, and reaches the notifiers."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request

from tamperwatch.api import queries
from tamperwatch.api.auth import Principal, Reader, Writer
from tamperwatch.api.context import ApiServices, services_of
from tamperwatch.api.pagination import CURSOR, LIMIT, Page, decode_cursor, page_of
from tamperwatch.api.problems import PROBLEM_RESPONSES
from tamperwatch.api.schemas import ActionIn, CommentIn, IncidentDetail, IncidentEventOut, IncidentOut
from tamperwatch.api.screens import API_PREFIX
from tamperwatch.archive.chain import from_micros
from tamperwatch.models import IncidentEvent, IncidentKind, IncidentState

router = APIRouter(prefix=f"{API_PREFIX}/incidents", tags=["incidents"], responses=PROBLEM_RESPONSES)
IncidentId = Annotated[int, Path(ge=1, le=2**31 - 1)]


@router.get("")
async def list_incidents(
    request: Request,
    _: Reader,
    state: IncidentState | None = None,
    kind: IncidentKind | None = None,
    target_id: int | None = None,
    cursor: str | None = CURSOR,
    limit: int = LIMIT,
) -> Page[IncidentOut]:
    api = services_of(request)
    filters: dict[str, object] = {"state": state, "kind": kind, "target_id": target_id}
    wanted = {name: str(v) if isinstance(v, str) else v for name, v in filters.items() if v is not None}
    found = await api.archive.db.read(queries.incidents_page, decode_cursor(cursor), limit + 1, wanted)
    return page_of([IncidentOut.of(i) for i in found], limit, lambda i: i.id)


async def incident_detail(api: ApiServices, incident_id: int) -> IncidentDetail:
    """The incident and its signed events, oldest first; 404 when there is none."""
    incident = await api.archive.get_incident(incident_id)
    if incident is None:
        raise HTTPException(404, f"no incident {incident_id}")
    events = [
        IncidentEventOut(
            idx=e["idx"],
            change=e["change"],
            at=from_micros(e["at_us"]),
            actor=e["actor"],
            data=json.loads(e["data"]),
            record_hash=e["record_hash"],
            signature=e["signature"],
        )
        for e in await api.archive.db.read(queries.incident_events, incident_id)
    ]
    return IncidentDetail(incident=IncidentOut.of(incident), events=events)


@router.get("/{incident_id}")
async def get_incident(request: Request, incident_id: IncidentId, _: Reader) -> IncidentDetail:
    return await incident_detail(services_of(request), incident_id)


async def change_incident(
    request: Request, incident_id: int, action: str, who: Principal, note: str = "", force: bool = False
) -> IncidentOut:
    from tamperwatch.incidents.service import ForceNeeded, IncidentError, TransitionRefused

    api = services_of(request)
    try:
        changed = await api.incidents.change(incident_id, action, who.actor, note, force)
    except (TransitionRefused, ForceNeeded) as exc:
        raise HTTPException(409, str(exc)) from None
    except IncidentError as exc:
        raise HTTPException(404, str(exc)) from None
    target = await api.archive.get_target(changed.target_id)
    url = target.url if target is not None else f"#{changed.target_id}"
    if action != "commented":
        await api.publish(IncidentEvent(changed, url, action, datetime.now(UTC)))
    return IncidentOut.of(changed)


@router.post("/{incident_id}/acknowledge")
async def acknowledge(request: Request, incident_id: IncidentId, body: ActionIn, who: Writer) -> IncidentOut:
    return await change_incident(request, incident_id, "acknowledged", who, body.note)


@router.post("/{incident_id}/resolve")
async def resolve(request: Request, incident_id: IncidentId, body: ActionIn, who: Writer) -> IncidentOut:
    return await change_incident(request, incident_id, "resolved", who, body.note)


@router.post("/{incident_id}/false-positive")
async def false_positive(
    request: Request, incident_id: IncidentId, body: ActionIn, who: Writer
) -> IncidentOut:
    """Mark a false alarm: the capture is taught to the target's baseline."""
    return await change_incident(request, incident_id, "false-positive", who, body.note, body.force)


@router.post("/{incident_id}/reopen")
async def reopen(request: Request, incident_id: IncidentId, body: ActionIn, who: Writer) -> IncidentOut:
    return await change_incident(request, incident_id, "reopened", who, body.note)


@router.post("/{incident_id}/comments")
async def comment(request: Request, incident_id: IncidentId, body: CommentIn, who: Writer) -> IncidentOut:
    return await change_incident(request, incident_id, "commented", who, body.text)
