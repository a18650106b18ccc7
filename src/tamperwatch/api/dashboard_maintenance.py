"""The dashboard's maintenance windows page (``/maintenance``): the windows not over yet, current
and coming (a target or a tag, start, end, who made it, why); operators and admins add one with
a form and end one early (a window not started yet is cancelled the same way: its end moves to
its start). The record of a window is kept either way, as with the API and the CLI.

Every change is an htmx POST carrying the session's CSRF token, needs the operator role, goes
through the API's own code (``maintenance_routes.add_for``, ``MaintenanceStore.end``) and is in
the audit log like every other change. Times in the form without a zone are UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request, Response

from tamperwatch.api import queries
from tamperwatch.api.auth import Writer
from tamperwatch.api.context import ApiServices, services_of
from tamperwatch.api.dashboard import Viewer, form_of, pages_of, who_of
from tamperwatch.api.maintenance_routes import WindowIn, add_for
from tamperwatch.api.roles import WRITE
from tamperwatch.incidents.maintenance import MaintenanceStore

router = APIRouter(include_in_schema=False)
WindowId = Annotated[int, Path(ge=1, le=2**31 - 1)]
REFRESH = {"HX-Refresh": "true"}  # htmx reloads the page: the list shows the change


def _result(request: Request, ok: bool, message: str) -> Response:
    return pages_of(request).render("_result.html", {"ok": ok, "message": message, "link": ""})


def _when(text: str, field: str) -> datetime | None:
    """A form's time: empty -> None; ISO 8601 (a browser's ``datetime-local``), UTC without a zone."""
    if not text.strip():
        return None
    try:
        at = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{field}: not a time: {text.strip()[:40]!r} (e.g. 2026-12-07T22:00)") from None
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


@router.get("/maintenance")
async def maintenance_page(request: Request, who: Viewer) -> Response:
    api = services_of(request)
    windows = await MaintenanceStore(api.archive.db).list()
    urls = await api.archive.db.read(queries.target_urls, {w.target_id for w in windows if w.target_id})
    return pages_of(request).render(
        "maintenance.html",
        who_of(api, who)
        | {
            "windows": windows,
            "urls": urls,
            "now": datetime.now(UTC),
            "can_write": who.level >= WRITE,
        },
    )


async def _window_of(api: ApiServices, form: dict[str, str]) -> WindowIn:
    """The window a form describes; a ValueError (one line) when it names none."""
    from tamperwatch.cli.common import parse_duration
    from tamperwatch.cli.targets import find_target

    named, tag = form.get("target", "").strip(), form.get("tag", "").strip()
    if bool(named) == bool(tag):
        raise ValueError("a maintenance window covers one target or one tag: give exactly one")
    starts = _when(form.get("starts_at", ""), "start") or datetime.now(UTC)
    ends = _when(form.get("ends_at", ""), "end")
    if ends is None and form.get("for", "").strip():
        ends = starts + timedelta(seconds=parse_duration(form["for"].strip()))
    if ends is None:
        raise ValueError("give an end or a duration (e.g. 2h)")
    target = await find_target(api.archive, named) if named else None
    if named and target is None:
        raise ValueError(f"no target {named[:200]!r}: give its id or its URL")
    reason = form.get("reason", "").strip()
    return WindowIn(
        target_id=target.id if target else None,
        tag=tag or None,
        starts_at=starts,
        ends_at=ends,
        reason=reason,
    )


@router.post("/maintenance")
async def add_window(request: Request, who: Writer) -> Response:
    """target (id or URL) or tag; starts_at (empty: now); ends_at, or for (e.g. 2h); reason."""
    from pydantic import ValidationError

    try:
        window = await add_for(request, await _window_of(services_of(request), await form_of(request)), who)
    except ValidationError as exc:
        error = exc.errors()[0]
        return _result(request, False, f"{'.'.join(map(str, error['loc']))}: {error['msg']}")
    except ValueError as exc:
        return _result(request, False, str(exc))
    except HTTPException as exc:
        return _result(request, False, str(exc.detail))
    until = f"{window.ends_at:%Y-%m-%d %H:%M} UTC"
    message = f"maintenance window {window.id} for the {window.scope} until {until}"
    return Response(_result(request, True, message).body, media_type="text/html", headers=REFRESH)


@router.post("/maintenance/{window_id}/end")
async def end_window(request: Request, window_id: WindowId, who: Writer) -> Response:
    """End a window now (one not started yet is cancelled); it stays on record."""
    window = await MaintenanceStore(services_of(request).archive.db).end(window_id)
    if window is None:
        raise HTTPException(404, f"no maintenance window {window_id}")
    return Response(status_code=204, headers=REFRESH)
