"""Dashboard pages that manage the installation: add and import targets (``/add``), the notifiers
with a test button each (``/notifiers``), and users and API tokens (``/people``).

Reading them needs a session (viewers see the pages, without the forms); every change is an
htmx post carrying the session's CSRF token, needs the operator role, and goes through the same
code as the API (``target_routes.add_entry``/``import_text``, ``notify.probe``), so it is
validated, audited and refused the same way. Answers are small HTML fragments, escaped.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Request, Response

from tamperwatch.api.auth import Principal, authenticate
from tamperwatch.api.context import services_of
from tamperwatch.api.dashboard import Viewer, form_of, pages_of, who_of
from tamperwatch.api.dashboard_incidents import operator
from tamperwatch.api.passwords import MIN_PASSWORD_CHARS
from tamperwatch.api.roles import ADMIN, WRITE
from tamperwatch.api.target_routes import add_entry, import_text

router = APIRouter(include_in_schema=False)
Operator = Annotated[Principal, Depends(operator)]
SignedIn = Annotated[Principal, Depends(authenticate)]  # any role: one's own tokens
MAX_SHOWN_PEOPLE = 500


def _result(request: Request, ok: bool, message: str, link: str = "") -> Response:
    return pages_of(request).render("_result.html", {"ok": ok, "message": message, "link": link})


@router.get("/add")
async def add_page(request: Request, who: Viewer) -> Response:
    api = services_of(request)
    return pages_of(request).render("add.html", who_of(api, who) | {"can_write": who.level >= WRITE})


@router.post("/add")
async def add_one(request: Request, who: Operator) -> Response:
    form = await form_of(request)
    entry: dict[str, object] = {"url": form.get("url", "").strip()}
    if form.get("interval", "").strip():
        entry["interval"] = form["interval"].strip()
    tags = [t.strip() for t in form.get("tags", "").split(",") if t.strip()]
    if tags:
        entry["tags"] = tags
    try:
        target = await add_entry(request, entry)
    except HTTPException as exc:
        return _result(request, False, str(exc.detail))
    return _result(request, True, f"added {target.url}", f"/targets/{target.id}")


@router.post("/import")
async def import_many(request: Request, who: Operator) -> Response:
    form = await form_of(request)
    try:
        done = await import_text(request, form.get("text", ""))
    except HTTPException as exc:
        return _result(request, False, str(exc.detail))
    skipped = f"; already watched: {', '.join(done.skipped)}" if done.skipped else ""
    return _result(request, True, f"added {len(done.added)} targets{skipped}")


@router.get("/notifiers")
async def notifiers_page(request: Request, who: Viewer) -> Response:
    from tamperwatch.notify.probe import describe

    api = services_of(request)
    shown = [(i, describe(n)) for i, n in enumerate(api.notifiers())]
    return pages_of(request).render(
        "notifiers.html", who_of(api, who) | {"notifiers": shown, "can_write": who.level >= WRITE}
    )


@router.post("/notifiers/{index}/test")
async def test_notifier(
    request: Request, index: Annotated[int, Path(ge=0, le=1000)], who: Operator
) -> Response:
    from tamperwatch.notify.probe import probe

    notifiers = services_of(request).notifiers()
    if index >= len(notifiers):
        raise HTTPException(404, f"no notifier {index} ({len(notifiers)} configured)")
    error = await probe(notifiers[index], f"{who.actor} from the tamperwatch dashboard")
    return _result(request, not error, error or "delivered")


@router.get("/people")
async def people_page(request: Request, who: Viewer) -> Response:
    """Admins see every user and token; others their own tokens (made with the API or CLI)."""
    api = services_of(request)
    admin = who.level >= ADMIN
    users = await api.auth.list_users(limit=MAX_SHOWN_PEOPLE) if admin else [who.user]
    tokens = await api.auth.list_tokens(None if admin else who.user.id, limit=MAX_SHOWN_PEOPLE)
    names = {u.id: u.name for u in users}
    return pages_of(request).render(
        "people.html",
        who_of(api, who)
        | {"users": users, "tokens": tokens, "names": names, "admin": admin}
        | {"min_password": MIN_PASSWORD_CHARS},
    )


@router.post("/people/tokens")
async def make_token(request: Request, who: SignedIn) -> Response:
    """A token for oneself, of at most one's own role; its secret is shown this once."""
    from pydantic import ValidationError

    from tamperwatch.api.people_routes import create_token
    from tamperwatch.api.people_schemas import TokenIn

    form = await form_of(request)
    try:
        body = TokenIn(name=form.get("name", "").strip(), scope=form.get("scope", "viewer"))
        made = await create_token(request, body, who)
    except ValidationError as exc:
        return _result(request, False, f"{exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']}")
    except HTTPException as exc:
        return _result(request, False, str(exc.detail))
    note = f"token {made.token.id} ({made.token.scope}): {made.secret} (copy it now: it is not shown again)"
    return _result(request, True, note)


@router.post("/people/tokens/{token_id}/revoke")
async def revoke(
    request: Request, token_id: Annotated[int, Path(ge=1, le=2**31 - 1)], who: SignedIn
) -> Response:
    from tamperwatch.api.people_routes import revoke_token

    await revoke_token(request, token_id, who)  # 404 for a token one may not manage
    return Response(status_code=204, headers={"HX-Refresh": "true"})
