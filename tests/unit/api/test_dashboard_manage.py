"""Dashboard pages that manage the installation: add and import targets, notifiers with a test
button, users and tokens; and the text diff of an incident on its target's page."""

from __future__ import annotations

from tamperwatch.api.text_diff import text_diff
from tamperwatch.models import IncidentKind

from .apikit import ApiEnv
from .test_dashboard import _no_inline_code

BEFORE = b"<html><body><h1>City portal</h1><p>Opening hours</p><p>Contact us</p></body></html>"
AFTER = (
    b"<html><body><h1>HACKED BY &lt;script&gt;alert(1)&lt;/script&gt;</h1><p>Opening hours</p>"
    b"<p>Contact us</p><script>steal()</script></body></html>"
)


async def test_operators_add_and_import_targets_viewers_see_no_form(env: ApiEnv) -> None:
    viewer, viewer_csrf = await env.login("viewer")
    page = await viewer.get("/add")
    assert page.status_code == 200 and "needs the operator role" in page.text and "hx-post" not in page.text
    refused = await viewer.post(
        "/add", data={"url": "https://new.example/"}, headers={"X-CSRF-Token": viewer_csrf}
    )
    assert refused.status_code == 403

    client, csrf = await env.login("operator")
    page = await client.get("/add")
    assert 'hx-post="/add"' in page.text and 'hx-post="/import"' in page.text
    _no_inline_code(page.text)
    assert (await client.post("/add", data={"url": "https://new.example/"})).status_code == 403  # no CSRF
    added = await client.post(
        "/add",
        data={"url": "https://new.example/", "interval": "10m", "tags": "a, b"},
        headers={"X-CSRF-Token": csrf},
    )
    assert added.status_code == 200 and "Done: added https://new.example/" in added.text
    target = await env.api.archive.get_target("https://new.example/")
    assert target is not None and target.interval_s == 600 and target.tags == ("a", "b")
    again = await client.post("/add", data={"url": "https://new.example/"}, headers={"X-CSRF-Token": csrf})
    assert "Refused" in again.text
    bad = await client.post("/add", data={"url": "javascript:alert(1)"}, headers={"X-CSRF-Token": csrf})
    assert "Refused" in bad.text and "<script" not in bad.text

    text = "https://one.example/\nhttps://two.example/\nhttps://new.example/\n"
    imported = await client.post("/import", data={"text": text}, headers={"X-CSRF-Token": csrf})
    assert "added 2 targets; already watched: https://new.example/" in imported.text
    broken = await client.post(
        "/import", data={"text": "https://ok.example/\nnot a url\n"}, headers={"X-CSRF-Token": csrf}
    )
    assert "Refused" in broken.text and await env.api.archive.get_target("https://ok.example/") is None


async def test_the_notifier_test_button_sends_a_test_message(env: ApiEnv) -> None:
    viewer, _ = await env.login("viewer")
    seen = await viewer.get("/notifiers")
    assert seen.status_code == 200 and "memory" in seen.text and "Send a test" not in seen.text
    client, csrf = await env.login("operator")
    page = await client.get("/notifiers")
    assert 'hx-post="/notifiers/0/test"' in page.text
    _no_inline_code(page.text)
    sent = await client.post("/notifiers/0/test", headers={"X-CSRF-Token": csrf})
    assert sent.status_code == 200 and "Done: delivered" in sent.text
    assert [e.change for e in env.notifier.events] == ["test"]
    assert (await client.post("/notifiers/7/test", headers={"X-CSRF-Token": csrf})).status_code == 404


async def test_admins_see_every_user_and_token_others_their_own(env: ApiEnv) -> None:
    admin, _ = await env.login("admin")
    page = (await admin.get("/people")).text
    assert all(f"<td>{name}</td>" in page for name in ("admin", "operator", "viewer"))
    _no_inline_code(page)
    viewer, _ = await env.login("viewer")
    own = (await viewer.get("/people")).text
    assert "<td>viewer</td>" in own and "<td>admin</td>" not in own and "<td>operator</td>" not in own


async def test_anyone_makes_and_revokes_their_own_tokens_from_the_page(env: ApiEnv) -> None:
    viewer, csrf = await env.login("viewer")
    page = (await viewer.get("/people")).text
    assert 'hx-post="/people/tokens"' in page
    headers = {"X-CSRF-Token": csrf}
    too_much = await viewer.post("/people/tokens", data={"name": "ci", "scope": "admin"}, headers=headers)
    assert "Refused" in too_much.text
    made = await viewer.post("/people/tokens", data={"name": "ci", "scope": "viewer"}, headers=headers)
    assert "Done: token" in made.text and "not shown again" in made.text
    secret = made.text.split("): ", 1)[1].split(" ", 1)[0]
    assert (
        await env.client.get("/api/v1/targets", headers={"Authorization": f"Bearer {secret}"})
    ).status_code == 200
    token_id = int(made.text.split("token ", 1)[1].split(" ", 1)[0])
    mine = next(t.user_id for t in await env.api.auth.list_tokens() if t.id == token_id)
    others = [t.id for t in await env.api.auth.list_tokens() if t.user_id != mine]
    assert (await viewer.post(f"/people/tokens/{others[0]}/revoke", headers=headers)).status_code == 404
    revoked = await viewer.post(f"/people/tokens/{token_id}/revoke", headers=headers)
    assert revoked.status_code == 204
    assert (
        await env.client.get("/api/v1/targets", headers={"Authorization": f"Bearer {secret}"})
    ).status_code == 401


async def test_a_target_page_shows_what_changed_in_the_text_escaped(env: ApiEnv) -> None:
    archive = env.api.archive
    before, after = await archive.put_blob(BEFORE), await archive.put_blob(AFTER)
    evidence = {"content_hash": after, "previous_hash": before}
    incident = await archive.open_incident(env.target_id, IncidentKind.DEFACED, 0.9, ("defaced",), evidence)
    client, _ = await env.login("viewer")
    html = (await client.get(f"/targets/{env.target_id}")).text
    assert "What changed in the text" in html
    assert '<span class="diff-del">- City portal</span>' in html
    assert '<span class="diff-ins">+ HACKED BY &lt;script&gt;alert(1)&lt;/script&gt;</span>' in html
    assert "steal()" not in html  # script text is not visible text
    _no_inline_code(html)
    assert incident.id


def test_the_text_diff_keeps_context_and_cuts_long_diffs() -> None:
    assert text_diff(BEFORE, BEFORE) == []
    lines = text_diff(BEFORE, AFTER)
    assert ("-", "City portal") in lines and (" ", "Opening hours") in lines
    many = b"<body>" + b"".join(b"<p>line %d</p>" % n for n in range(500)) + b"</body>"
    cut = text_diff(b"<body></body>", many, max_lines=10)
    assert len(cut) == 11 and cut[-1][0] == "…" and "more lines" in cut[-1][1]
