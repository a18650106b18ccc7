"""Who a request comes from, and whether they may do what it asks.

A request authenticates with ``Authorization: Bearer TOKEN`` (an API token) or with the
dashboard's session cookie. With the cookie, every request that changes something must also
carry the session's CSRF token in ``X-CSRF-Token``; a token request needs none (a browser never
adds one by itself). No credentials, or ones that do not hold: 401. Too low a role: 403.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from tamperwatch.api.auth_store import User
from tamperwatch.api.context import services_of
from tamperwatch.api.roles import ADMIN, READ, WRITE, Role, effective
from tamperwatch.api.sessions import CSRF_HEADER, SESSION_COOKIE, Session

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
BEARER = {"WWW-Authenticate": "Bearer"}


@dataclass(frozen=True, slots=True)
class Principal:
    user: User
    level: Role  # what this request may do: the user's role, lowered to the token's scope
    via: str  # "token" or "session"
    token_id: int | None = None
    session: Session | None = None

    @property
    def actor(self) -> str:
        return self.user.name if self.token_id is None else f"{self.user.name} (token {self.token_id})"


def remote_of(request: Request) -> str:
    return request.client.host if request.client else ""


async def authenticate(request: Request) -> Principal:
    scheme, _, secret = request.headers.get("authorization", "").partition(" ")
    cookie = request.cookies.get(SESSION_COOKIE, "")
    if scheme.lower() == "bearer" and secret.strip():
        api = services_of(request)
        found = await api.auth.authenticate_token(secret.strip())
        if found is None:
            raise HTTPException(401, "the token is not valid: unknown, expired or revoked", headers=BEARER)
        user, token = found
        principal = Principal(user, effective(user.role, token.scope), "token", token.id)
    elif cookie:
        api = services_of(request)
        session = api.sessions.read(cookie, api.clock())
        user_or_none = await api.auth.get_user(session.user_id) if session is not None else None
        if session is None or user_or_none is None or user_or_none.disabled:
            raise HTTPException(401, "the session has ended: log in again", headers=BEARER)
        if request.method in UNSAFE_METHODS and not api.sessions.csrf_ok(
            session, request.headers.get(CSRF_HEADER, "")
        ):
            raise HTTPException(403, f"a change needs the session's CSRF token in {CSRF_HEADER}")
        principal = Principal(user_or_none, user_or_none.role, "session", session=session)
    else:
        raise HTTPException(401, "authentication required: an API token (Bearer) or a login", headers=BEARER)
    request.state.principal = principal
    return principal


def require(level: Role) -> object:
    async def dependency(request: Request) -> Principal:
        principal = await authenticate(request)
        if principal.level < level:
            raise HTTPException(
                403, f"this needs the {level.label} role; {principal.actor} has {principal.level.label}"
            )
        return principal

    return Depends(dependency)


Reader = Annotated[Principal, require(READ)]
Writer = Annotated[Principal, require(WRITE)]
Admin = Annotated[Principal, require(ADMIN)]
