"""The dashboard's incident page: what was found (reasons, before/after screenshots with the
changed regions marked), its signed history including who was notified, and, for operators and
admins, the actions its state allows. An action is an htmx POST carrying the session's CSRF token
(``X-CSRF-Token``); it goes through the same ``IncidentService`` as the API and reloads the page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Request, Response

from tamperwatch.api.auth import Principal, authenticate
from tamperwatch.api.context import services_of
from tamperwatch.api.dashboard import Viewer, pages_of, who_of
from tamperwatch.api.incident_routes import change_incident, incident_detail
from tamperwatch.api.roles import WRITE
from tamperwatch.incidents.service import TRANSITIONS
from tamperwatch.models import IncidentState

# The dashboard's action names and the incident service's.
ACTIONS = {
    "acknowledge": "acknowledged",
    "resolve": "resolved",
    "false-positive": "false-positive",
    "reopen": "reopened",
}
IncidentId = Annotated[int, Path(ge=1, le=2**31 - 1)]

router = APIRouter(include_in_schema=False)


@router.get("/incidents/{incident_id}")
async def incident_page(request: Request, incident_id: IncidentId, who: Viewer) -> Response:
    api = services_of(request)
    detail = await incident_detail(api, incident_id)
    state = IncidentState(detail.incident.state)
    allowed = [name for name, change in ACTIONS.items() if (state, change) in TRANSITIONS]
    target = await api.archive.get_target(detail.incident.target_id)
    return pages_of(request).render(
        "incident.html",
        who_of(api, who)
        | {
            "incident": detail.incident,
            "events": detail.events,
            "target_url": target.url if target is not None else f"#{detail.incident.target_id}",
            "actions": allowed if who.level >= WRITE else [],
        },
    )


async def operator(request: Request) -> Principal:
    who = await authenticate(request)  # a session's change needs its CSRF token
    if who.level < WRITE:
        raise HTTPException(403, f"this needs the operator role; {who.actor} has {who.level.label}")
    return who


@router.post("/incidents/{incident_id}/{action}")
async def incident_action(
    request: Request, incident_id: IncidentId, action: str, who: Annotated[Principal, Depends(operator)]
) -> Response:
    if action not in ACTIONS:
        raise HTTPException(404, f"no incident action {action!r}")
    await change_incident(request, incident_id, ACTIONS[action], who)
    return Response(status_code=204, headers={"HX-Refresh": "true"})
