"""/api/v1/session: log in (the one route of the API open to anyone), who am I, log out.

A login sets the signed session cookie (HttpOnly, SameSite=Lax, Secure under TLS) and answers the
session's CSRF token. Failed logins are throttled per user name and per address (429 with
Retry-After once ``login_max_failures`` failed within ``login_window_s``); each login, failed
login and refusal is in the audit log."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request, Response

from tamperwatch.api.auth import Reader
from tamperwatch.api.context import services_of
from tamperwatch.api.login import clear_session_cookie, log_in, set_session_cookie
from tamperwatch.api.people_schemas import LoginIn, SessionOut
from tamperwatch.api.problems import PROBLEM_RESPONSES
from tamperwatch.api.screens import API_PREFIX

router = APIRouter(prefix=f"{API_PREFIX}/session", tags=["session"], responses=PROBLEM_RESPONSES)


@router.post("", openapi_extra={"security": []})
async def login(request: Request, body: LoginIn, response: Response) -> SessionOut:
    api = services_of(request)
    user, cookie, session = await log_in(api, request, body.name, body.password)
    set_session_cookie(api, request, response, cookie)
    return SessionOut(
        user=user.name,
        role=user.role.label,
        via="session",
        csrf_token=api.sessions.csrf_token(session),
        expires_at=datetime.fromtimestamp(session.expires, UTC),
    )


@router.get("")
async def whoami(request: Request, who: Reader) -> SessionOut:
    api = services_of(request)
    session = who.session
    return SessionOut(
        user=who.user.name,
        role=who.level.label,
        via=who.via,
        csrf_token=api.sessions.csrf_token(session) if session is not None else None,
        expires_at=datetime.fromtimestamp(session.expires, UTC) if session is not None else None,
    )


@router.delete("", status_code=204)
async def logout(request: Request, who: Reader) -> Response:
    response = Response(status_code=204)
    clear_session_cookie(response)
    return response
