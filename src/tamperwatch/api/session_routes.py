"""/api/v1/session: log in (the one route of the API open to anyone), who am I, log out.

A login sets the signed session cookie (HttpOnly, SameSite=Lax, Secure under TLS) and answers the
session's CSRF token. Failed logins are throttled per user name and per address (429 with
Retry-After once ``login_max_failures`` failed within ``login_window_s``); each login, failed
login and refusal is in the audit log."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from fastapi import APIRouter, HTTPException, Request, Response

from tamperwatch.api.auth import Reader, remote_of
from tamperwatch.api.context import services_of
from tamperwatch.api.people_schemas import LoginIn, SessionOut
from tamperwatch.api.problems import PROBLEM_RESPONSES
from tamperwatch.api.screens import API_PREFIX
from tamperwatch.api.sessions import SESSION_COOKIE

router = APIRouter(prefix=f"{API_PREFIX}/session", tags=["session"], responses=PROBLEM_RESPONSES)


@router.post("", openapi_extra={"security": []})
async def login(request: Request, body: LoginIn, response: Response) -> SessionOut:
    api = services_of(request)
    remote = remote_of(request)
    keys = (f"user:{body.name.strip().lower()}", f"ip:{remote}")
    wait = api.throttle.retry_after(*keys)
    if wait > 0:
        await api.auth.audit(body.name, "login.throttled", "session", remote)
        raise HTTPException(
            429,
            f"too many failed logins: try again in {wait:.0f} s",
            headers={"Retry-After": str(int(wait) + 1)},
        )
    found = await api.auth.user_with_hash(body.name.strip())
    stored = found[1] if found is not None else None
    ok = await asyncio.to_thread(api.passwords.verify, stored, body.password)
    if not ok or found is None or found[0].disabled:
        api.throttle.failed(*keys)
        await api.auth.audit(body.name, "login.failed", "session", remote)
        raise HTTPException(401, "wrong user name or password")
    user = found[0]
    api.throttle.succeeded(keys[0])
    expires = api.clock() + api.session_ttl_s
    cookie, session = api.sessions.issue(user.id, expires)
    response.set_cookie(
        SESSION_COOKIE,
        cookie,
        max_age=int(api.session_ttl_s),
        httponly=True,
        samesite="lax",
        secure=api.secure_cookies or request.url.scheme == "https",
        path="/",
    )
    await api.auth.audit(user.name, "login", "session", remote)
    return SessionOut(
        user=user.name,
        role=user.role.label,
        via="session",
        csrf_token=api.sessions.csrf_token(session),
        expires_at=datetime.fromtimestamp(expires, UTC),
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
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax")
    return response
