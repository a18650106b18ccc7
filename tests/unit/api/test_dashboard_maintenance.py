"""The dashboard's maintenance windows page: everyone signed in sees the windows now on and to
come; operators add one (for a target by its id or URL, or for a tag) and end or cancel one,
through htmx posts with the CSRF token, audited; viewers see no form and are refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tamperwatch.incidents.maintenance import MaintenanceStore

from .apikit import ApiEnv
from .test_dashboard import _no_inline_code


async def test_operators_add_and_end_windows_from_the_page(env: ApiEnv) -> None:
    client, csrf = await env.login("operator")
    headers = {"X-CSRF-Token": csrf}
    page = await client.get("/maintenance")
    assert page.status_code == 200 and 'hx-post="/maintenance"' in page.text
    assert 'href="/maintenance"' in page.text  # in the header's navigation
    _no_inline_code(page.text)
    assert "No maintenance window" in page.text

    form = {"target": "https://portal.example/", "for": "2h", "reason": "release <b>4.2</b>"}
    assert (await client.post("/maintenance", data=form)).status_code == 403  # no CSRF token
    made = await client.post("/maintenance", data=form, headers=headers)
    assert made.status_code == 200 and "Done: maintenance window" in made.text
    assert made.headers["hx-refresh"] == "true"
    start = (datetime.now(UTC) + timedelta(days=1)).replace(second=0, microsecond=0)
    later = {"tag": "gov", "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
             "ends_at": (start + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M")}  # fmt: skip
    assert "Done" in (await client.post("/maintenance", data=later, headers=headers)).text
    now_on, coming = await MaintenanceStore(env.api.archive.db).list()
    assert (now_on.target_id, now_on.reason, now_on.created_by) == (
        env.target_id,
        "release <b>4.2</b>",
        "operator",
    )
    assert (coming.tag, coming.starts_at, coming.ends_at - coming.starts_at) == (
        "gov",
        start,
        timedelta(hours=3),
    )

    listed = (await client.get("/maintenance")).text
    assert f'href="/targets/{env.target_id}">https://portal.example/</a>' in listed
    assert "release &lt;b&gt;4.2&lt;/b&gt;" in listed and "<b>4.2</b>" not in listed
    assert "End now" in listed and "Cancel" in listed and "tag <b>gov</b>" in listed

    ended = await client.post(f"/maintenance/{coming.id}/end", headers=headers)
    assert ended.status_code == 204 and ended.headers["hx-refresh"] == "true"
    assert [w.id for w in await MaintenanceStore(env.api.archive.db).list()] == [now_on.id]
    assert [w.id for w in await MaintenanceStore(env.api.archive.db).list(include_past=True)] == [
        now_on.id,
        coming.id,
    ]  # fmt: skip  (kept on record)
    assert (await client.post("/maintenance/999/end", headers=headers)).status_code == 404
    audited = [e.action for e in await env.api.auth.audit_entries() if e.actor == "operator"]
    assert {"POST /maintenance", "POST /maintenance/{window_id}/end"} <= set(audited)


async def test_a_bad_window_is_refused_in_one_line(env: ApiEnv) -> None:
    client, csrf = await env.login("admin")
    headers = {"X-CSRF-Token": csrf}
    cases = [
        ({"for": "2h"}, "exactly one"),
        ({"target": "1", "tag": "gov", "for": "2h"}, "exactly one"),
        ({"tag": "gov"}, "give an end or a duration"),
        ({"tag": "gov", "for": "soon"}, "not a duration"),
        ({"tag": "gov", "ends_at": "tomorrow"}, "not a time"),
        ({"tag": "gov", "ends_at": "2000-01-01T00:00"}, "ends after it starts"),
        ({"tag": "gov", "for": "400d"}, "at most 366 days"),
        ({"target": "https://unknown.example/", "for": "1h"}, "no target"),
        ({"target": "<script>x</script>", "for": "1h"}, "no target"),
    ]
    for form, why in cases:
        reply = await client.post("/maintenance", data=form, headers=headers)
        assert reply.status_code == 200 and "Refused" in reply.text and why in reply.text, (form, reply.text)
        assert "hx-refresh" not in reply.headers and "<script>" not in reply.text
    assert await MaintenanceStore(env.api.archive.db).list() == []


async def test_viewers_see_the_windows_but_no_form(env: ApiEnv) -> None:
    now = datetime.now(UTC)
    await MaintenanceStore(env.api.archive.db).add(
        None, "gov", now, now + timedelta(hours=1), "db move", "ops"
    )
    viewer, csrf = await env.login("viewer")
    page = (await viewer.get("/maintenance")).text
    assert "db move" in page and "tag <b>gov</b>" in page and "ops" in page
    assert "hx-post" not in page and "needs the operator role" in page
    headers = {"X-CSRF-Token": csrf}
    assert (
        await viewer.post("/maintenance", data={"tag": "x", "for": "1h"}, headers=headers)
    ).status_code == 403
    assert (await viewer.post("/maintenance/1/end", headers=headers)).status_code == 403
    assert len(await MaintenanceStore(env.api.archive.db).list()) == 1
