"""/api/v1/users (admins), /api/v1/tokens (everyone their own; admins all) and /api/v1/audit
(admins). A token is never given more than the level of the request that makes it, and the last
enabled admin cannot be disabled or demoted."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request, Response

from tamperwatch.api.auth import Admin, Principal, Reader
from tamperwatch.api.context import ApiServices, services_of
from tamperwatch.api.pagination import CURSOR, LIMIT, Page, decode_cursor, page_of
from tamperwatch.api.people_schemas import (
    AuditOut,
    TokenCreated,
    TokenIn,
    TokenOut,
    UserIn,
    UserOut,
    UserPatch,
)
from tamperwatch.api.problems import PROBLEM_RESPONSES
from tamperwatch.api.roles import Role
from tamperwatch.api.screens import API_PREFIX
from tamperwatch.errors import ConfigError

router = APIRouter(prefix=API_PREFIX, responses=PROBLEM_RESPONSES)
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


@router.get("/users", tags=["users"])
async def list_users(
    request: Request, _: Admin, cursor: str | None = CURSOR, limit: int = LIMIT
) -> Page[UserOut]:
    api = services_of(request)
    found = await api.auth.list_users(decode_cursor(cursor) or 0, limit + 1)
    return page_of([UserOut.of(u) for u in found], limit, lambda u: u.id)


@router.post("/users", tags=["users"], status_code=201)
async def add_user(request: Request, body: UserIn, _: Admin) -> UserOut:
    api = services_of(request)
    try:
        password_hash = await asyncio.to_thread(api.passwords.hash, body.password)
        return UserOut.of(await api.auth.add_user(body.name, Role.parse(body.role), password_hash))
    except ConfigError as exc:
        raise HTTPException(409 if "already exists" in exc.message else 422, exc.message) from None


@router.get("/users/{user_id}", tags=["users"])
async def get_user(request: Request, user_id: Id, _: Admin) -> UserOut:
    user = await services_of(request).auth.get_user(user_id)
    if user is None:
        raise HTTPException(404, f"no user {user_id}")
    return UserOut.of(user)


@router.patch("/users/{user_id}", tags=["users"])
async def edit_user(request: Request, user_id: Id, body: UserPatch, _: Admin) -> UserOut:
    api = services_of(request)
    user = await api.auth.get_user(user_id)
    if user is None:
        raise HTTPException(404, f"no user {user_id}")
    role = Role.parse(body.role) if body.role else None
    demoted = (role is not None and role < Role.ADMIN) or body.disabled is True
    if user.role is Role.ADMIN and not user.disabled and demoted and await api.auth.count_admins() <= 1:
        raise HTTPException(409, f"{user.name} is the last enabled admin: make another admin first")
    password_hash = await asyncio.to_thread(api.passwords.hash, body.password) if body.password else ""
    changed = await api.auth.update_user(user_id, role, body.disabled, password_hash)
    assert changed is not None
    return UserOut.of(changed)


def _may_manage(who: Principal, owner_id: int) -> bool:
    return who.level >= Role.ADMIN or who.user.id == owner_id


@router.get("/tokens", tags=["tokens"])
async def list_tokens(
    request: Request, who: Reader, cursor: str | None = CURSOR, limit: int = LIMIT
) -> Page[TokenOut]:
    api = services_of(request)
    owner = None if who.level >= Role.ADMIN else who.user.id
    found = await api.auth.list_tokens(owner, decode_cursor(cursor) or 0, limit + 1)
    return page_of([TokenOut.of(t) for t in found], limit, lambda t: t.id)


@router.post("/tokens", tags=["tokens"], status_code=201)
async def create_token(request: Request, body: TokenIn, who: Reader) -> TokenCreated:
    api = services_of(request)
    owner_id = body.user_id or who.user.id
    if not _may_manage(who, owner_id):
        raise HTTPException(403, "only admins make tokens for other users")
    owner = await api.auth.get_user(owner_id)
    if owner is None:
        raise HTTPException(404, f"no user {owner_id}")
    scope = Role.parse(body.scope)
    if scope > who.level or scope > owner.role:
        raise HTTPException(403, f"a token may not do more than its maker and its user ({who.level.label})")
    until = datetime.now(UTC) + timedelta(seconds=body.expires_in_s) if body.expires_in_s else None
    token, secret = await api.auth.create_token(owner.id, body.name, scope, until)
    return TokenCreated(token=TokenOut.of(token), secret=secret)


async def _token_of(api: ApiServices, who: Principal, token_id: int) -> TokenOut:
    token = await api.auth.get_token(token_id)
    if token is None or not _may_manage(who, token.user_id):
        raise HTTPException(404, f"no token {token_id}")
    return TokenOut.of(token)


@router.get("/tokens/{token_id}", tags=["tokens"])
async def get_token(request: Request, token_id: Id, who: Reader) -> TokenOut:
    return await _token_of(services_of(request), who, token_id)


@router.delete("/tokens/{token_id}", tags=["tokens"], status_code=204)
async def revoke_token(request: Request, token_id: Id, who: Reader) -> Response:
    """Revoke a token: it stops working at once (revoking a revoked one changes nothing)."""
    api = services_of(request)
    await _token_of(api, who, token_id)
    await api.auth.revoke_token(token_id)
    return Response(status_code=204)


@router.get("/audit", tags=["audit"])
async def audit_log(
    request: Request, _: Admin, actor: str = "", cursor: str | None = CURSOR, limit: int = LIMIT
) -> Page[AuditOut]:
    """Who did what, when and from where; newest first."""
    api = services_of(request)
    found = await api.auth.audit_entries(decode_cursor(cursor) or 0, limit + 1, actor)
    return page_of([AuditOut.of(e) for e in found], limit, lambda e: e.id)
