"""The dashboard, server-rendered (Jinja2, htmx served from /static; nothing from a CDN).

``/login`` (the form; open), ``/logout``, ``/`` (overview: targets by state, open incidents,
monitoring gaps, the time since the last check, the targets page by page through htmx) and
``/targets/{id}`` (its incidents with reasons and before/after screenshots, its timeline of
signed checks). Pages need a dashboard session; without one they redirect to the login form.
Forms carry the session's CSRF token; htmx requests carry it in ``X-CSRF-Token``. A login form
posted from another origin is refused.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from importlib.resources import files
from typing import Annotated
from urllib.parse import parse_qs, urlsplit

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Path, Request, Response
from fastapi.responses import RedirectResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles

from tamperwatch.api import queries
from tamperwatch.api.auth import Principal, authenticate
from tamperwatch.api.context import ApiServices, services_of
from tamperwatch.api.headers import CONTENT_SECURITY_POLICY
from tamperwatch.api.live import FeedFull
from tamperwatch.api.login import clear_session_cookie, log_in, set_session_cookie
from tamperwatch.api.pages import SHA256, Pages
from tamperwatch.api.pagination import decode_cursor, encode_cursor
from tamperwatch.api.schemas import TargetOut
from tamperwatch.api.sessions import SESSION_COOKIE
from tamperwatch.api.target_routes import PAUSED_FROM
from tamperwatch.api.text_diff import incident_diffs
from tamperwatch.models import IncidentKind, IncidentState

TARGETS_PAGE = 50
TIMELINE_LENGTH = 50
INCIDENTS_SHOWN = 20
MAX_FORM_BYTES = 8192
LOGIN_PATH = "/login"

router = APIRouter(include_in_schema=False)


class LoginRequired(Exception):
    """A page asked for without a live session: answered with the login form's redirect."""


async def page_user(request: Request) -> Principal:
    if not request.cookies.get(SESSION_COOKIE) and not request.headers.get("authorization"):
        raise LoginRequired
    try:
        return await authenticate(request)
    except HTTPException as exc:
        if exc.status_code == 401:
            raise LoginRequired from None
        raise


Viewer = Annotated[Principal, Depends(page_user)]


def pages_of(request: Request) -> Pages:
    pages = getattr(request.app.state, "pages", None)
    if not isinstance(pages, Pages):
        pages = request.app.state.pages = Pages()
    return pages


def who_of(api: ApiServices, who: Principal) -> dict[str, object]:
    token = api.sessions.csrf_token(who.session) if who.session is not None else ""
    return {"user": who.user, "role": who.level.label, "csrf_token": token}


async def form_of(request: Request) -> dict[str, str]:
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise HTTPException(413, "the form is too large")
    return {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"), max_num_fields=20).items()}


def _same_origin(request: Request) -> bool:
    """A form post's Origin (or Referer) names this server, or is absent (not a browser)."""
    origin = request.headers.get("origin") or request.headers.get("referer") or ""
    if not origin:
        return True
    return urlsplit(origin).netloc == request.headers.get("host", "")


@router.get(LOGIN_PATH)
async def login_form(request: Request) -> Response:
    return pages_of(request).render("login.html", {"name": "", "error": ""})


@router.post(LOGIN_PATH)
async def login_post(request: Request) -> Response:
    if not _same_origin(request):
        raise HTTPException(403, "a login form may be posted only from this site")
    api, form = services_of(request), await form_of(request)
    name = form.get("name", "")[:100]
    try:
        _, cookie, _ = await log_in(api, request, name, form.get("password", "")[:1024])
    except HTTPException as exc:
        if exc.status_code not in (401, 429):
            raise
        return pages_of(request).render("login.html", {"name": name, "error": exc.detail}, exc.status_code)
    response = RedirectResponse("/", status_code=303)
    set_session_cookie(api, request, response, cookie)
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    api, form = services_of(request), await form_of(request)
    session = api.sessions.read(request.cookies.get(SESSION_COOKIE, ""), api.clock())
    if session is not None and not api.sessions.csrf_ok(session, form.get("csrf_token", "")):
        raise HTTPException(403, "log out from the dashboard's own page")
    response = RedirectResponse(LOGIN_PATH, status_code=303)  # no session: nothing to end
    clear_session_cookie(response)
    return response


async def _targets_page(api: ApiServices, cursor: str | None) -> tuple[list[TargetOut], str | None]:
    found = await api.archive.db.read(queries.targets_page, decode_cursor(cursor) or 0, TARGETS_PAGE + 1, "")
    shown = [TargetOut.of(t, s, PAUSED_FROM) for t, s in found[:TARGETS_PAGE]]
    more = len(found) > TARGETS_PAGE and bool(shown)
    return shown, encode_cursor(shown[-1].id) if more else None


async def _summary(api: ApiServices) -> dict[str, object]:
    """The overview's counts and its open and acknowledged incidents."""
    states, newest = await api.archive.db.read(queries.state_counts, PAUSED_FROM)
    active = []
    for state in (IncidentState.OPEN, IncidentState.ACKNOWLEDGED):
        active += await api.archive.db.read(
            queries.incidents_page, None, INCIDENTS_SHOWN, {"state": str(state)}
        )
    urls = await api.archive.db.read(queries.target_urls, {i.target_id for i in active})
    return {
        "by_state": sorted(states.items(), key=lambda item: -item[1]),
        "open_incidents": active,
        "gaps": [i for i in active if i.kind is IncidentKind.MONITORING_GAP],
        "newest_check": newest or None,
        "urls": urls,
    }


@router.get("/")
async def overview(request: Request, who: Viewer) -> Response:
    api = services_of(request)
    targets, next_cursor = await _targets_page(api, None)
    return pages_of(request).render(
        "overview.html",
        who_of(api, who) | await _summary(api) | {"targets": targets, "next_cursor": next_cursor},
    )


@router.get("/partials/summary")
async def summary(request: Request, who: Viewer) -> Response:
    """The counts and the incidents table, fetched again by the open overview when checks or
    incidents change (``live.js`` raises ``tw-changed`` at most once a second)."""
    return pages_of(request).render("_summary.html", await _summary(services_of(request)))


@router.get("/partials/targets")
async def target_rows(request: Request, who: Viewer, cursor: str | None = None) -> Response:
    api = services_of(request)
    targets, next_cursor = await _targets_page(api, cursor)
    return pages_of(request).render("_target_rows.html", {"targets": targets, "next_cursor": next_cursor})


@router.get("/targets/{target_id}")
async def target_page(
    request: Request, target_id: Annotated[int, Path(ge=1, le=2**31 - 1)], who: Viewer
) -> Response:
    api = services_of(request)
    target = await api.archive.get_target(target_id)
    if target is None:
        raise HTTPException(404, f"no target {target_id}")
    out = TargetOut.of(target, await api.archive.get_state(target_id), PAUSED_FROM)
    frames = _frames(api, request)
    incidents = await api.archive.db.read(
        queries.incidents_page, None, INCIDENTS_SHOWN, {"target_id": target_id}
    )
    observations = await api.archive.db.read(queries.observations_page, target_id, None, TIMELINE_LENGTH)
    diffs = await incident_diffs(api.archive, incidents)
    captured = next((o.content_hash for o in observations if o.content_hash), "")
    page = pages_of(request).render(
        "target.html",
        who_of(api, who)
        | {
            "target": out,
            "incidents": incidents,
            "observations": observations,
            "frame_of": frames or (lambda content_hash: ""),
            "captured": captured,
            "diffs": diffs,
        },
    )
    if frames is not None:
        page.headers["Content-Security-Policy"] = (
            f"{CONTENT_SECURITY_POLICY}; frame-src {_content_origin(api, request)}"
        )
    return page


def _content_origin(api: ApiServices, request: Request) -> str:
    host = request.url.hostname or "127.0.0.1"
    shown = f"[{host}]" if ":" in host else host
    return f"{request.url.scheme}://{shown}:{api.content_port}"


def _frames(api: ApiServices, request: Request) -> Callable[[str], str] | None:
    """A function from a content hash to its signed URL on the content origin (None: no origin)."""
    signer = api.content
    if signer is None or not api.content_port:
        return None
    origin = _content_origin(api, request)
    now = api.clock()

    def url(content_hash: str) -> str:
        return origin + signer.path(content_hash, now) if SHA256.match(content_hash) else ""

    return url


@router.get("/events")
async def live_events(request: Request, who: Viewer) -> Response:
    """Server-sent events of finished checks and incident changes, for the open page."""
    api = services_of(request)
    try:
        stream = api.feed.stream(request.is_disconnected)
        first = await anext(stream)
    except FeedFull as exc:
        raise HTTPException(503, str(exc)) from None

    async def body() -> AsyncIterator[str]:
        try:
            yield first
            async for chunk in stream:
                yield chunk
        finally:
            await stream.aclose()  # the page went: its queue goes with it

    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(body(), media_type="text/event-stream", headers=headers)


def install(app: FastAPI) -> None:
    from tamperwatch.api import dashboard_incidents, dashboard_maintenance, dashboard_manage, dashboard_people

    app.include_router(router)
    app.include_router(dashboard_incidents.router)
    app.include_router(dashboard_manage.router)
    app.include_router(dashboard_maintenance.router)
    app.include_router(dashboard_people.router)
    app.mount("/static", StaticFiles(directory=str(files("tamperwatch") / "web" / "static")), name="static")

    async def to_login(request: Request, exc: Exception) -> Response:
        return RedirectResponse(LOGIN_PATH, status_code=303)

    app.add_exception_handler(LoginRequired, to_login)
