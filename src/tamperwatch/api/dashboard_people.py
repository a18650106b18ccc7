"""Admins manage users from the dashboard's people page: add one (name, role, initial password),
change a user's role, disable or enable one. There is no deleting: a user's name stays in the
audit log and on what they did, so a user who leaves is disabled (their sessions and tokens stop
working at once).

Every change is an htmx POST carrying the session's CSRF token, needs the admin role (others get
403 and see no form), goes through the API's own code (``people_routes.add_user``/``edit_user``:
argon2 hashing, the password rules, the last enabled admin kept) and is in the audit log.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request, Response
from pydantic import ValidationError

from tamperwatch.api.auth import Admin
from tamperwatch.api.dashboard import form_of, pages_of
from tamperwatch.api.people_routes import add_user as api_add_user
from tamperwatch.api.people_routes import edit_user
from tamperwatch.api.people_schemas import UserIn, UserPatch

router = APIRouter(include_in_schema=False)
UserId = Annotated[int, Path(ge=1, le=2**31 - 1)]
REFRESH = {"HX-Refresh": "true"}  # htmx reloads the page: the list shows the change


def _refused(request: Request, message: str) -> Response:
    return pages_of(request).render("_result.html", {"ok": False, "message": message, "link": ""})


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    return f"{'.'.join(map(str, error['loc']))}: {error['msg']}"


@router.post("/people/users")
async def add_user(request: Request, who: Admin) -> Response:
    form = await form_of(request)
    try:
        body = UserIn(
            name=form.get("name", "").strip(),
            role=form.get("role", "viewer"),
            password=form.get("password", ""),
        )
        await api_add_user(request, body, who)
    except ValidationError as exc:
        return _refused(request, _first_error(exc))
    except HTTPException as exc:
        return _refused(request, str(exc.detail))
    return Response(status_code=204, headers=REFRESH)


async def _edit(request: Request, user_id: int, patch: dict[str, object], who: Admin) -> Response:
    try:
        await edit_user(request, user_id, UserPatch.model_validate(patch), who)
    except ValidationError as exc:
        return _refused(request, _first_error(exc))
    except HTTPException as exc:
        if exc.status_code == 404:
            raise
        return _refused(request, str(exc.detail))  # e.g. the last enabled admin
    return Response(status_code=204, headers=REFRESH)


@router.post("/people/users/{user_id}/role")
async def set_role(request: Request, user_id: UserId, who: Admin) -> Response:
    return await _edit(request, user_id, {"role": (await form_of(request)).get("role", "")}, who)


@router.post("/people/users/{user_id}/disable")
async def disable(request: Request, user_id: UserId, who: Admin) -> Response:
    return await _edit(request, user_id, {"disabled": True}, who)


@router.post("/people/users/{user_id}/enable")
async def enable(request: Request, user_id: UserId, who: Admin) -> Response:
    return await _edit(request, user_id, {"disabled": False}, who)
