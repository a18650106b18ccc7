"""Admins add users and change their role or disable them from the people page (htmx posts with
the CSRF token, through the API's own code, audited); operators and viewers see no user form and
are refused; the last enabled admin stays one."""

from __future__ import annotations

from tamperwatch.api.roles import Role

from .apikit import PASSWORD, ApiEnv
from .test_dashboard import _no_inline_code

ROUTES = ("/people/users", "/people/users/3/role", "/people/users/3/disable", "/people/users/3/enable")


async def test_an_admin_adds_a_user_who_can_then_log_in(env: ApiEnv) -> None:
    admin, csrf = await env.login("admin")
    headers = {"X-CSRF-Token": csrf}
    page = (await admin.get("/people")).text
    assert 'hx-post="/people/users"' in page and 'name="password" type="password"' in page
    _no_inline_code(page)
    new = {"name": "bob", "role": "operator", "password": "a long passphrase"}
    assert (await admin.post("/people/users", data=new)).status_code == 403  # no CSRF token
    added = await admin.post("/people/users", data=new, headers=headers)
    assert added.status_code == 204 and added.headers["hx-refresh"] == "true"
    bob = await env.api.auth.get_user("bob")
    assert bob is not None and bob.role is Role.OPERATOR and not bob.disabled
    await env.login("bob", "a long passphrase")
    assert "<td>bob</td>" in (await admin.get("/people")).text

    for form, why in (
        (new, "already exists"),
        ({"name": "carol", "role": "viewer", "password": "short"}, "password"),
        ({"name": "carol", "role": "root", "password": "a long passphrase"}, "role"),
        ({"name": "", "role": "viewer", "password": "a long passphrase"}, "name"),
    ):
        refused = await admin.post("/people/users", data=form, headers=headers)
        assert refused.status_code == 200 and "Refused" in refused.text and why in refused.text, refused.text
    assert await env.api.auth.get_user("carol") is None
    audited = [e.action for e in await env.api.auth.audit_entries() if e.actor == "admin"]
    assert "POST /people/users" in audited


async def test_an_admin_changes_roles_and_disables_users(env: ApiEnv) -> None:
    admin, csrf = await env.login("admin")
    headers = {"X-CSRF-Token": csrf}
    viewer = await env.api.auth.get_user("viewer")
    assert viewer is not None
    page = (await admin.get("/people")).text
    assert (
        f'hx-post="/people/users/{viewer.id}/role"' in page and f"/people/users/{viewer.id}/disable" in page
    )

    promoted = await admin.post(f"/people/users/{viewer.id}/role", data={"role": "operator"}, headers=headers)
    assert promoted.status_code == 204
    assert (await env.api.auth.get_user(viewer.id)).role is Role.OPERATOR  # type: ignore[union-attr]
    session, _ = await env.login("viewer")
    assert (await admin.post(f"/people/users/{viewer.id}/disable", headers=headers)).status_code == 204
    assert (await session.get("/api/v1/session")).status_code == 401  # their session ends at once
    assert "disabled" in (await admin.get("/people")).text
    assert (await admin.post(f"/people/users/{viewer.id}/enable", headers=headers)).status_code == 204
    await env.login("viewer")

    me = await env.api.auth.get_user("admin")
    assert me is not None
    last = await admin.post(f"/people/users/{me.id}/role", data={"role": "viewer"}, headers=headers)
    assert "Refused" in last.text and "last enabled admin" in last.text
    bad = await admin.post(f"/people/users/{viewer.id}/role", data={"role": "god"}, headers=headers)
    assert "Refused" in bad.text
    assert (await admin.post("/people/users/9999/disable", headers=headers)).status_code == 404
    audited = {e.action for e in await env.api.auth.audit_entries() if e.actor == "admin"}
    assert {"POST /people/users/{user_id}/role", "POST /people/users/{user_id}/disable"} <= audited


async def test_operators_and_viewers_see_no_user_form_and_are_refused(env: ApiEnv) -> None:
    for role in ("operator", "viewer"):
        client, csrf = await env.login(role)
        page = (await client.get("/people")).text
        assert 'hx-post="/people/users' not in page and "Set role" not in page
        for path in ROUTES:
            data = {"name": "mallory", "role": "admin", "password": PASSWORD}
            reply = await client.post(path, data=data, headers={"X-CSRF-Token": csrf})
            assert reply.status_code == 403, (role, path, reply.status_code)
    assert await env.api.auth.get_user("mallory") is None
    assert {u.name: u.role.label for u in await env.api.auth.list_users()} == {
        role.label: role.label for role in Role
    }  # nobody promoted themselves
