"""Security of the app as a whole: every route refuses anonymous requests and viewers' changes;
CSRF for cookie sessions; no path reaches outside the blob store; one user's session never acts
for another; login throttling; security headers on every answer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import httpx

from tamperwatch.api.sessions import SESSION_COOKIE
from tamperwatch.api.throttle import LoginThrottle, ThrottleLimits

from .apikit import PASSWORD, ApiEnv

OPEN = {
    ("GET", "/healthz"),
    ("POST", "/api/v1/session"),
    ("GET", "/api/v1/openapi.json"),
    ("GET", "/login"),
    ("POST", "/login"),
}
OWN_AUTH = {"/metrics", "/api/v1/screens/{screen}/frames", "/api/v1/agents/events"}  # their own secrets
SELF_SERVICE = {  # a viewer may manage its own tokens and log out
    ("POST", "/api/v1/tokens"),
    ("DELETE", "/api/v1/tokens/{token_id}"),
    ("DELETE", "/api/v1/session"),
    ("POST", "/logout"),
    ("POST", "/people/tokens"),
    ("POST", "/people/tokens/{token_id}/revoke"),
}
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def operations(env: ApiEnv) -> list[tuple[str, str, str]]:
    """(method, route template, a concrete path) for every route of the app."""
    values = {
        "target_id": str(env.target_id), "incident_id": str(env.incident_id), "content_hash": env.body_hash,
        "user_id": "1", "token_id": "3", "index": "0", "screen": "1", "action": "acknowledge",
        "window_id": "1",
    }  # fmt: skip
    found = []
    for template, methods in _routes(env.app.routes):
        path = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template)
        found += [(method, template, path) for method in sorted(methods) if method != "HEAD"]
    documented = {(m.upper(), p) for p, item in env.app.openapi()["paths"].items() for m in item}
    assert documented <= {(m, t) for m, t, _ in found}, "a documented operation the walk missed"
    return found


def _routes(routes: Iterable[Any], prefix: str = "") -> Iterator[tuple[str, set[str]]]:
    """Every (path template, methods) of the app, through routers included in it (FastAPI keeps
    an included router as one entry that holds the router)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from _routes(inner.routes, prefix + getattr(route.include_context, "prefix", ""))
        elif getattr(route, "methods", None):
            yield prefix + route.path, set(route.methods)


async def test_every_route_refuses_anonymous_requests(env: ApiEnv) -> None:
    ops = operations(env)
    assert len(ops) > 30
    for method, template, path in ops:
        reply = await env.client.request(method, path, json={})
        if (method, template) in OPEN:
            continue
        if template in OWN_AUTH:
            assert reply.status_code in (401, 403, 503), (method, template, reply.status_code)
            continue
        if template.startswith("/api/"):
            assert reply.status_code == 401, (method, template, reply.status_code, reply.text)
            assert reply.headers["content-type"] == "application/problem+json"
        elif method == "GET" or template == "/logout":  # a dashboard page: the login form
            assert (reply.status_code, reply.headers.get("location")) == (303, "/login"), (method, template)
        else:  # a dashboard action
            assert reply.status_code == 401, (method, template, reply.status_code)


async def test_viewers_cannot_change_anything(env: ApiEnv) -> None:
    checked = 0
    for method, template, path in operations(env):
        if method not in UNSAFE or template in OWN_AUTH or (method, template) in OPEN | SELF_SERVICE:
            continue
        reply = await env.client.request(method, path, json={}, headers=env.auth("viewer"))
        assert reply.status_code == 403, (method, template, reply.status_code, reply.text)
        checked += 1
    assert checked >= 15
    # and an operator cannot do what only admins may
    assert (await env.client.post("/api/v1/users", json={}, headers=env.auth("operator"))).status_code == 403


async def test_a_cookie_session_needs_its_csrf_token_for_changes(env: ApiEnv) -> None:
    client, csrf = await env.login("operator")
    pause = f"/api/v1/targets/{env.target_id}/pause"
    assert (await client.get(f"/api/v1/targets/{env.target_id}")).status_code == 200  # reads need none
    assert (await client.post(pause)).status_code == 403
    assert (await client.post(pause, headers={"X-CSRF-Token": "0" * 64})).status_code == 403
    assert (await client.post(pause, headers={"X-CSRF-Token": csrf})).status_code == 200


async def test_a_session_of_one_user_cannot_act_for_another(env: ApiEnv) -> None:
    viewer, viewer_csrf = await env.login("viewer")
    operator, operator_csrf = await env.login("operator")
    v_cookie = viewer.cookies[SESSION_COOKIE]
    o_cookie = operator.cookies[SESSION_COOKIE]
    forged = o_cookie.split(".")[0] + "." + v_cookie.split(".")[1]  # the operator's id, viewer's signature
    for cookie in (forged, o_cookie[:-1] + ("0" if o_cookie[-1] != "0" else "1")):
        viewer.cookies.set(SESSION_COOKIE, cookie)
        assert (await viewer.get("/api/v1/session")).status_code == 401
    viewer.cookies.set(SESSION_COOKIE, v_cookie)
    pause = f"/api/v1/targets/{env.target_id}/pause"
    assert (await viewer.post(pause, headers={"X-CSRF-Token": viewer_csrf})).status_code == 403  # a viewer
    # the operator's CSRF token does not lend the viewer's session the operator's rights
    assert (await viewer.post(pause, headers={"X-CSRF-Token": operator_csrf})).status_code == 403
    operator_token = await operator.post(
        "/api/v1/tokens",
        json={"name": "x", "scope": "viewer", "user_id": 1},
        headers={"X-CSRF-Token": operator_csrf},
    )
    assert operator_token.status_code == 403  # tokens for another user: admins only
    # a disabled user's session ends at once
    await env.api.auth.update_user(2, disabled=True)
    assert (await operator.get("/api/v1/session")).status_code == 401


async def test_identifiers_cannot_reach_outside_the_blob_store(env: ApiEnv) -> None:
    key = (env.api.archive.blobs.root.parent / "signing.key").read_bytes()  # type: ignore[attr-defined]
    for name in (
        "../signing.key", "..%2Fsigning.key", "%2e%2e%2fsigning.key", "..%252Fsigning.key",
        "/etc/passwd", "0" * 64 + "/../../signing.key", env.body_hash.upper(), "0" * 64,
    ):  # fmt: skip
        for suffix in ("", "/body", "/image"):
            reply = await env.client.get(f"/api/v1/captures/{name}{suffix}", headers=env.auth("admin"))
            assert reply.status_code in (404, 422), (name, suffix, reply.status_code)
            assert key not in reply.content


async def test_failed_logins_are_throttled_per_name_and_address(env: ApiEnv) -> None:
    now = [0.0]
    env.api.throttle = LoginThrottle(ThrottleLimits(max_failures=3, window_s=60.0), clock=lambda: now[0])
    for _ in range(3):
        wrong = await env.client.post("/api/v1/session", json={"name": "admin", "password": "guess " * 3})
        assert wrong.status_code == 401
    right = await env.client.post("/api/v1/session", json={"name": "admin", "password": PASSWORD})
    assert right.status_code == 429 and int(right.headers["retry-after"]) > 0
    other = await env.client.post("/api/v1/session", json={"name": "viewer", "password": PASSWORD})
    assert other.status_code == 429  # the same address is locked out for every name
    now[0] = 61.0
    assert (
        await env.client.post("/api/v1/session", json={"name": "admin", "password": PASSWORD})
    ).status_code == 200
    unknown = await env.client.post("/api/v1/session", json={"name": "nobody", "password": PASSWORD})
    assert unknown.status_code == 401 and unknown.json()["detail"] == "wrong user name or password"


async def test_every_answer_carries_the_security_headers(env: ApiEnv) -> None:
    for method, template, path in operations(env):
        for headers in ({}, env.auth("admin")):
            if method != "GET" or (template == "/events" and headers):  # a stream: see test_live.py
                continue
            reply = await env.client.get(path, headers=headers)
            csp = reply.headers["content-security-policy"]
            assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp, path
            assert reply.headers["x-content-type-options"] == "nosniff"
            assert reply.headers["referrer-policy"] == "same-origin"
            assert "strict-transport-security" not in reply.headers  # plain HTTP: no HSTS
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=env.app), base_url="https://testserver"
    ) as tls:
        assert "max-age=" in (await tls.get("/healthz")).headers["strict-transport-security"]
        login = await tls.post("/api/v1/session", json={"name": "viewer", "password": PASSWORD})
        cookie = login.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie and "secure" in cookie
    plain = await env.client.post("/api/v1/session", json={"name": "viewer", "password": PASSWORD})
    assert "secure" not in plain.headers["set-cookie"].lower()
