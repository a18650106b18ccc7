"""/api/v1/maintenance: maintenance windows (list; add one for a target or a tag; end one now).

In a window the target keeps being checked and its incidents open as always; their notifications
are held and recorded in each incident's history (incidents/maintenance_hold.py). Readers list,
operators and admins add and end; every change is in the audit log like any other.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request
from pydantic import ConfigDict, Field

from tamperwatch.api.auth import Principal, Reader, Writer
from tamperwatch.api.context import services_of
from tamperwatch.api.problems import PROBLEM_RESPONSES
from tamperwatch.api.schemas import Strict
from tamperwatch.api.screens import API_PREFIX
from tamperwatch.errors import ConfigError
from tamperwatch.incidents.maintenance import (
    MAX_REASON_CHARS,
    MAX_TAG_CHARS,
    MaintenanceStore,
    MaintenanceWindow,
)

router = APIRouter(prefix=f"{API_PREFIX}/maintenance", tags=["maintenance"], responses=PROBLEM_RESPONSES)
WindowId = Annotated[int, Path(ge=1, le=2**31 - 1)]


class WindowIn(Strict):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"tag": "gov", "starts_at": "2099-01-01T22:00:00Z", "ends_at": "2099-01-02T02:00:00Z"}
            ]
        },
    )
    target_id: int | None = Field(None, ge=1, le=2**31 - 1, description="The target; or give tag.")
    tag: str | None = Field(None, min_length=1, max_length=MAX_TAG_CHARS, description="Every target with it.")
    starts_at: datetime | None = Field(None, description="With a time zone; default now.")
    ends_at: datetime
    reason: str = Field("", max_length=MAX_REASON_CHARS)


class WindowOut(Strict):
    id: int
    target_id: int | None
    tag: str | None
    starts_at: datetime
    ends_at: datetime
    reason: str
    created_by: str
    created_at: datetime

    @classmethod
    def of(cls, window: MaintenanceWindow) -> WindowOut:
        return cls(**asdict(window))


def _store(request: Request) -> MaintenanceStore:
    return MaintenanceStore(services_of(request).archive.db)


@router.get("")
async def list_windows(request: Request, _: Reader, include_past: bool = False) -> list[WindowOut]:
    """Windows not ended yet, soonest first (with include_past, every window ever made)."""
    return [WindowOut.of(w) for w in await _store(request).list(include_past)]


async def add_for(request: Request, body: WindowIn, who: Principal) -> MaintenanceWindow:
    """Add the window ``body`` describes for ``who`` (the API's and the dashboard's way): a 404 for
    an unknown target, a 422 with one line for a window that cannot be."""
    from tamperwatch.archive.chain import utc_now

    api = services_of(request)
    if body.target_id is not None and await api.archive.get_target(body.target_id) is None:
        raise HTTPException(404, f"no target {body.target_id}")
    try:
        return await _store(request).add(
            body.target_id, body.tag, body.starts_at or utc_now(), body.ends_at, body.reason, who.actor
        )
    except ConfigError as exc:
        raise HTTPException(422, str(exc)) from None


@router.post("", status_code=201)
async def add_window(request: Request, body: WindowIn, who: Writer) -> WindowOut:
    return WindowOut.of(await add_for(request, body, who))


@router.delete("/{window_id}")
async def end_window(request: Request, window_id: WindowId, _: Writer) -> WindowOut:
    """End a window now (kept, with its end moved to now, as the record of what it held)."""
    window = await _store(request).end(window_id)
    if window is None:
        raise HTTPException(404, f"no maintenance window {window_id}")
    return WindowOut.of(window)
