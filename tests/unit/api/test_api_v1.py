"""What an integrator does through /api/v1: targets, observations, captures, incidents, checks,
notifiers, users, tokens and the audit log; errors as problem details; cursor pages."""

from __future__ import annotations

from tamperwatch.models import Status, Target, Verdict
from tamperwatch.pipeline.context import CheckContext

from .apikit import HOSTILE_BODY, ApiEnv


async def test_targets_crud_tags_pause_and_import(env: ApiEnv) -> None:
    c, op = env.client, env.auth("operator")
    made = await c.post(
        "/api/v1/targets", json={"url": "HTTPS://News.Example", "interval": "10m"}, headers=op
    )
    assert made.status_code == 201, made.text
    target = made.json()
    assert target["url"] == "https://news.example/" and target["interval_s"] == 600 and not target["paused"]
    assert (
        await c.post("/api/v1/targets", json={"url": "https://news.example/"}, headers=op)
    ).status_code == 409
    tid = target["id"]
    tagged = await c.post(f"/api/v1/targets/{tid}/tags", json={"add": ["press", "gov"]}, headers=op)
    assert tagged.json()["tags"] == ["press", "gov"]
    edited = await c.patch(
        f"/api/v1/targets/{tid}", json={"owner": "web team", "render": "never"}, headers=op
    )
    assert edited.json()["owner"] == "web team" and edited.json()["render"] == "never"
    paused = await c.post(f"/api/v1/targets/{tid}/pause", headers=op)
    assert paused.json()["paused"] and paused.json()["next_due"] is None
    assert (await c.post(f"/api/v1/targets/{tid}/resume", headers=op)).json()["paused"] is False
    gov = await c.get("/api/v1/targets", params={"tag": "gov"}, headers=op)
    assert {t["id"] for t in gov.json()["items"]} == {env.target_id, tid}
    imported = await c.post(
        "/api/v1/targets/import", json={"text": "https://a.example/\nhttps://news.example/\n"}, headers=op
    )
    assert len(imported.json()["added"]) == 1 and imported.json()["skipped"] == ["https://news.example/"]
    assert (await c.delete(f"/api/v1/targets/{tid}", headers=op)).status_code == 204
    assert (await c.get(f"/api/v1/targets/{tid}", headers=op)).status_code == 404


async def test_bad_input_is_a_problem_document(env: ApiEnv) -> None:
    reply = await env.client.post(
        "/api/v1/targets", json={"url": "ftp://x.example/", "colour": 1}, headers=env.auth("operator")
    )
    assert reply.status_code == 422
    assert reply.headers["content-type"] == "application/problem+json"
    problem = reply.json()
    assert set(problem) == {"type", "title", "status", "detail", "instance"} and problem["status"] == 422
    bad = await env.client.post(
        "/api/v1/targets", json={"url": "ftp://x.example/"}, headers=env.auth("operator")
    )
    assert bad.status_code == 422 and "ftp" in bad.json()["detail"]
    cursor = await env.client.get("/api/v1/targets", params={"cursor": "!!"}, headers=env.auth("viewer"))
    assert cursor.status_code == 400 and cursor.json()["title"] == "Bad Request"


async def test_cursor_pages_walk_every_target_once(env: ApiEnv) -> None:
    text = "".join(f"https://site{n}.example/\n" for n in range(7))
    await env.client.post("/api/v1/targets/import", json={"text": text}, headers=env.auth("operator"))
    seen, cursor = [], None
    while True:
        params = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        page = (await env.client.get("/api/v1/targets", params=params, headers=env.auth("viewer"))).json()
        seen += [t["id"] for t in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == 8 and seen == sorted(set(seen))


async def test_observations_carry_their_signatures_newest_first(env: ApiEnv) -> None:
    reply = await env.client.get(f"/api/v1/targets/{env.target_id}/observations", headers=env.auth("viewer"))
    items = reply.json()["items"]
    assert [o["seq"] for o in items] == sorted((o["seq"] for o in items), reverse=True) and len(items) == 3
    assert all(len(o["signature"]) > 60 and o["record_hash"] for o in items)
    assert items[0]["prev_hash"] == items[1]["record_hash"]


async def test_a_captured_body_is_only_ever_a_sandboxed_download(env: ApiEnv) -> None:
    viewer = env.auth("viewer")
    meta = await env.client.get(f"/api/v1/captures/{env.body_hash}", headers=viewer)
    assert meta.json()["state"] == "stored" and meta.json()["size"] > 0
    body = await env.client.get(f"/api/v1/captures/{env.body_hash}/body", headers=viewer)
    assert body.status_code == 200 and body.content.startswith(HOSTILE_BODY)
    assert body.headers["content-type"] == "application/octet-stream"
    assert body.headers["content-disposition"].startswith("attachment")
    assert "sandbox" in body.headers["content-security-policy"]
    assert body.headers["x-content-type-options"] == "nosniff"
    as_image = await env.client.get(f"/api/v1/captures/{env.body_hash}/image", headers=viewer)
    assert as_image.headers["content-type"] == "application/octet-stream"  # HTML is never an image
    shot = await env.client.get(f"/api/v1/captures/{env.image_hash}/image", headers=viewer)
    assert shot.headers["content-type"] == "image/png"


async def test_incident_lifecycle_through_the_state_machine(env: ApiEnv) -> None:
    c, op, iid = env.client, env.auth("operator"), env.incident_id
    listed = await c.get("/api/v1/incidents", params={"state": "open"}, headers=op)
    assert [i["id"] for i in listed.json()["items"]] == [iid]
    acked = await c.post(f"/api/v1/incidents/{iid}/acknowledge", json={"note": "on it"}, headers=op)
    assert acked.json()["state"] == "acknowledged"
    again = await c.post(f"/api/v1/incidents/{iid}/acknowledge", json={}, headers=op)
    assert again.status_code == 409 and "allowed from acknowledged" in again.json()["detail"]
    await c.post(f"/api/v1/incidents/{iid}/comments", json={"text": "restored from backup"}, headers=op)
    resolved = await c.post(f"/api/v1/incidents/{iid}/resolve", json={}, headers=op)
    assert resolved.json()["state"] == "resolved"
    detail = (await c.get(f"/api/v1/incidents/{iid}", headers=op)).json()
    changes = [(e["change"], e["actor"]) for e in detail["events"]]
    assert changes[1:] == [
        ("acknowledged", "operator (token 2)"),
        ("commented", "operator (token 2)"),
        ("resolved", "operator (token 2)"),
    ]
    assert all(e["signature"] for e in detail["events"])
    assert [e.change for e in env.published] == ["acknowledged", "resolved"]  # notifiers hear state changes
    assert (await c.post("/api/v1/incidents/999/resolve", json={}, headers=op)).status_code == 404


async def test_on_demand_checks_and_notifier_tests(env: ApiEnv) -> None:
    op = env.auth("operator")
    checked = await env.client.post(f"/api/v1/targets/{env.target_id}/check", headers=op)
    assert checked.json() == {
        "target_id": env.target_id, "status": "clean", "score": 0.05,
        "reasons": ["nothing changed"], "incident_id": None,
    }  # fmt: skip
    assert (await env.client.get("/api/v1/notifiers", headers=op)).json() == [{"index": 0, "name": "memory"}]
    tested = await env.client.post("/api/v1/notifiers/0/test", headers=op)
    assert tested.json()["delivered"] and env.notifier.events[0].change == "test"


async def test_admins_manage_users_and_everyone_their_own_tokens(env: ApiEnv) -> None:
    c, admin = env.client, env.auth("admin")
    made = await c.post(
        "/api/v1/users", json={"name": "dave", "role": "operator", "password": "x" * 12}, headers=admin
    )
    assert made.status_code == 201 and made.json()["role"] == "operator"
    dup = await c.post(
        "/api/v1/users", json={"name": "dave", "role": "viewer", "password": "x" * 12}, headers=admin
    )
    assert dup.status_code == 409
    users = (await c.get("/api/v1/users", headers=admin)).json()["items"]
    admin_id = next(u["id"] for u in users if u["name"] == "admin")
    last = await c.patch(f"/api/v1/users/{admin_id}", json={"disabled": True}, headers=admin)
    assert last.status_code == 409  # the last admin stays
    mine = await c.post("/api/v1/tokens", json={"name": "ro", "scope": "viewer"}, headers=env.auth("viewer"))
    assert mine.status_code == 201 and mine.json()["secret"].startswith("tw_")
    higher = await c.post(
        "/api/v1/tokens", json={"name": "rw", "scope": "operator"}, headers=env.auth("viewer")
    )
    assert higher.status_code == 403
    token_id = mine.json()["token"]["id"]
    assert (await c.delete(f"/api/v1/tokens/{token_id}", headers=env.auth("operator"))).status_code == 404
    assert (await c.delete(f"/api/v1/tokens/{token_id}", headers=env.auth("viewer"))).status_code == 204
    gone = await c.get("/api/v1/targets", headers={"Authorization": f"Bearer {mine.json()['secret']}"})
    assert gone.status_code == 401


async def test_the_audit_log_records_who_did_what_from_where(env: ApiEnv) -> None:
    await env.client.post(f"/api/v1/targets/{env.target_id}/pause", headers=env.auth("operator"))
    await env.client.post("/api/v1/session", json={"name": "viewer", "password": "not the password"})
    entries = (await env.client.get("/api/v1/audit", headers=env.auth("admin"))).json()["items"]
    failed, paused = entries[0], entries[1]
    assert (failed["actor"], failed["action"]) == ("viewer", "login.failed")
    assert paused["actor"] == "operator (token 2)"
    assert paused["action"] == "POST /api/v1/targets/{target_id}/pause"
    assert paused["subject"] == f"/api/v1/targets/{env.target_id}/pause"
    assert paused["remote"] == "127.0.0.1" and paused["detail"] == {"status": 200, "via": "token"}
    assert (await env.client.get("/api/v1/audit", headers=env.auth("operator"))).status_code == 403


async def test_claims_are_verified_with_cdx_sources_only(env: ApiEnv) -> None:
    import base64

    from .apikit import PNG

    claim = {
        "url": "https://portal.example/", "time": "2026-11-30T08:00:00Z",
        "screenshot": base64.b64encode(PNG).decode(), "sources": ["https://web.archive.org/cdx/search/cdx"],
    }  # fmt: skip
    op = env.auth("operator")
    reply = await env.client.post("/api/v1/claims", json=claim, headers=op)
    assert reply.status_code == 200, reply.text
    assert reply.json()["verdict"] == "confirmed" and reply.json()["reasons"] == ["matched a capture"]
    assert env.claims[0][2] == PNG and env.claims[0][3] == claim["sources"]
    for bad in ({"sources": ["/etc/passwd"]}, {"screenshot": "not base64!"}, {"time": "2026-11-30T08:00:00"}):
        assert (await env.client.post("/api/v1/claims", json=claim | bad, headers=op)).status_code == 422
    assert len(env.claims) == 1  # nothing refused reached the verifier
    assert (
        await env.client.post("/api/v1/claims", json=claim, headers=env.auth("viewer"))
    ).status_code == 403


async def test_a_check_on_demand_keeps_a_paused_target_paused(env: ApiEnv) -> None:
    op = env.auth("operator")
    await env.client.post(f"/api/v1/targets/{env.target_id}/pause", headers=op)

    async def check_moving_next_due(target: Target) -> CheckContext:
        state = await env.api.archive.get_state(target.id)
        state.next_due = 1.0  # what the scheduler's check does: due again one interval later
        await env.api.archive.save_state(state)
        ctx = CheckContext(target=target, state=state)
        ctx.verdict = Verdict(Status.CLEAN, 0.0)
        return ctx

    env.api.run_check = check_moving_next_due
    assert (await env.client.post(f"/api/v1/targets/{env.target_id}/check", headers=op)).status_code == 200
    assert (await env.client.get(f"/api/v1/targets/{env.target_id}", headers=op)).json()["paused"] is True
