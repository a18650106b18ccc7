"""Maintenance windows: operators add and end them through the API (viewers only list); a target
in a window keeps its incidents but their notifications are held and recorded in the history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tamperwatch.incidents.maintenance import MaintenanceStore
from tamperwatch.incidents.maintenance_hold import HeldDuringMaintenance
from tamperwatch.incidents.service import history
from tamperwatch.models import IncidentEvent, IncidentKind, Target
from tamperwatch.notify.dispatch import NotificationDispatcher

from .apikit import ApiEnv

API = "/api/v1/maintenance"


def _iso(at: datetime) -> str:
    return at.isoformat()


async def test_operators_add_list_and_end_windows_viewers_only_read(env: ApiEnv) -> None:
    now = datetime.now(UTC)
    body = {"target_id": env.target_id, "ends_at": _iso(now + timedelta(hours=2)), "reason": "release 4.2"}
    refused = await env.client.post(API, json=body, headers=env.auth("viewer"))
    assert refused.status_code == 403
    made = await env.client.post(API, json=body, headers=env.auth("operator"))
    assert made.status_code == 201, made.text
    window = made.json()
    assert (window["target_id"], window["tag"], window["reason"]) == (env.target_id, None, "release 4.2")
    assert window["created_by"].startswith("operator")
    listed = await env.client.get(API, headers=env.auth("viewer"))
    assert [w["id"] for w in listed.json()] == [window["id"]]

    ended = await env.client.delete(f"{API}/{window['id']}", headers=env.auth("operator"))
    assert ended.status_code == 200
    assert datetime.fromisoformat(ended.json()["ends_at"]) <= datetime.now(UTC)
    assert (await env.client.get(API, headers=env.auth("viewer"))).json() == []
    kept = await env.client.get(API, params={"include_past": "true"}, headers=env.auth("viewer"))
    assert [w["id"] for w in kept.json()] == [window["id"]]  # the record stays
    actions = [e.action for e in await env.api.auth.audit_entries()]
    assert {f"POST {API}", f"DELETE {API}/{{window_id}}"} <= set(actions)  # who did it, in the audit log


async def test_bad_windows_are_one_line_problems(env: ApiEnv) -> None:
    now = datetime.now(UTC)
    op = env.auth("operator")
    cases = [
        ({"ends_at": _iso(now + timedelta(hours=1))}, 422),  # neither target nor tag
        ({"target_id": env.target_id, "tag": "gov", "ends_at": _iso(now + timedelta(hours=1))}, 422),
        ({"tag": "gov", "ends_at": _iso(now - timedelta(hours=1))}, 422),  # ends before it starts
        ({"tag": "gov", "ends_at": _iso(now + timedelta(days=400))}, 422),  # too long: pause instead
        ({"target_id": 999_999, "ends_at": _iso(now + timedelta(hours=1))}, 404),
        ({"tag": "gov", "ends_at": _iso(now + timedelta(hours=1)), "colour": "red"}, 422),  # extra field
    ]
    for body, status in cases:
        reply = await env.client.post(API, json=body, headers=op)
        assert reply.status_code == status, (body, reply.text)
        assert reply.headers["content-type"] == "application/problem+json"
    assert (await env.client.delete(f"{API}/12345", headers=op)).status_code == 404


async def test_a_window_holds_notifications_and_records_them(env: ApiEnv) -> None:
    archive = env.api.archive
    store = MaintenanceStore(archive.db)
    notifier = env.notifier
    dispatcher = NotificationDispatcher([notifier])
    now = datetime.now(UTC)
    clock = {"now": now}
    sink = HeldDuringMaintenance(dispatcher, store, archive, env.api.incidents, clock=lambda: clock["now"])
    tagged = await archive.get_target(env.target_id)
    other = await archive.add_target(Target(url="https://other.example/"))
    assert tagged is not None and "gov" in tagged.tags
    window = await store.add(None, "gov", now, now + timedelta(hours=1), "planned release", "cli:alice")

    held = await archive.open_incident(tagged.id, IncidentKind.DEFACED, 0.9, ("x",), {})
    free = await archive.open_incident(other.id, IncidentKind.DEFACED, 0.9, ("x",), {})
    await sink.publish(IncidentEvent(held, tagged.url, "opened", now))
    await sink.publish(IncidentEvent(free, other.url, "opened", now))
    assert await sink.in_maintenance(tagged, now) and not await sink.in_maintenance(other, now)

    clock["now"] = now + timedelta(hours=1, seconds=1)  # the window is over: alerts go out again
    await sink.publish(IncidentEvent(held, tagged.url, "resolved", clock["now"]))
    await dispatcher.drain()
    assert [(e.incident.id, e.change) for e in notifier.events] == [
        (free.id, "opened"),
        (held.id, "resolved"),
    ]
    (record,) = [e for e in await history(archive, held.id) if e.change == "held"]
    assert (
        f"maintenance window {window.id}" in record.data["note"] and "planned release" in record.data["note"]
    )
    await dispatcher.aclose()


async def test_after_the_window_the_last_held_change_of_an_open_incident_is_sent(env: ApiEnv) -> None:
    archive = env.api.archive
    store = MaintenanceStore(archive.db)
    dispatcher = NotificationDispatcher([env.notifier])
    now = datetime.now(UTC)
    clock = {"now": now}
    sink = HeldDuringMaintenance(dispatcher, store, archive, env.api.incidents, clock=lambda: clock["now"])
    target = await archive.get_target(env.target_id)
    assert target is not None
    await store.add(env.target_id, None, now, now + timedelta(hours=1), "", "cli:alice")
    still_open = await archive.open_incident(target.id, IncidentKind.UNAVAILABLE, 0.9, ("down",), {})
    closed = await archive.open_incident(target.id, IncidentKind.MONITORING_GAP, 0.9, ("gap",), {})
    await sink.publish(IncidentEvent(still_open, target.url, "opened", now))
    await sink.publish(IncidentEvent(closed, target.url, "opened", now))
    await env.api.incidents.change(closed.id, "resolved", "alice")
    await sink.publish(IncidentEvent(closed, target.url, "resolved", now))
    assert await sink.release(archive) == []  # the window is not over

    clock["now"] = now + timedelta(hours=1, seconds=1)
    released = await sink.release(archive)
    assert [(e.incident.id, e.change) for e in released] == [(still_open.id, "opened")]
    assert await sink.release(archive) == []  # once
    await dispatcher.drain()
    assert [(e.incident.id, e.change) for e in env.notifier.events] == [(still_open.id, "opened")]
    notes = [e.data.get("note", "") for e in await history(archive, still_open.id) if e.change == "notified"]
    assert notes == ["opened sent after the maintenance window"]
    await dispatcher.aclose()
