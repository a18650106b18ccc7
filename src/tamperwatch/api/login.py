"""One login, shared by the API (``POST /api/v1/session``) and the dashboard's login form:
throttling, the password check, the signed session cookie and the audit records."""

from __future__ import annotations

import asyncio

from fastapi import HTTPException, Request, Response

from tamperwatch.api.auth import remote_of
from tamperwatch.api.auth_store import User
from tamperwatch.api.context import ApiServices
from tamperwatch.api.sessions import SESSION_COOKIE, Session


async def log_in(api: ApiServices, request: Request, name: str, password: str) -> tuple[User, str, Session]:
    """The user, the cookie to set and the session; an HTTPException (429 throttled, 401 refused)."""
    remote = remote_of(request)
    keys = (f"user:{name.strip().lower()}", f"ip:{remote}")
    wait = api.throttle.retry_after(*keys)
    if wait > 0:
        await api.auth.audit(name, "login.throttled", "session", remote)
        raise HTTPException(
            429,
            f"too many failed logins: try again in {wait:.0f} s",
            headers={"Retry-After": str(int(wait) + 1)},
        )
    found = await api.auth.user_with_hash(name.strip())
    stored = found[1] if found is not None else None
    ok = await asyncio.to_thread(api.passwords.verify, stored, password)
    if not ok or found is None or found[0].disabled:
        api.throttle.failed(*keys)
        await api.auth.audit(name, "login.failed", "session", remote)
        raise HTTPException(401, "wrong user name or password")
    user = found[0]
    api.throttle.succeeded(keys[0])
    cookie, session = api.sessions.issue(user.id, api.clock() + api.session_ttl_s)
    await api.auth.audit(user.name, "login", "session", remote)
    return user, cookie, session


def set_session_cookie(api: ApiServices, request: Request, response: Response, cookie: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        cookie,
        max_age=int(api.session_ttl_s),
        httponly=True,
        samesite="lax",
        secure=api.secure_cookies or request.url.scheme == "https",
        path="/",
    )


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax")
