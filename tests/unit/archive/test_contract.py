"""Behaviour every Archive implementation guarantees (run against MemoryArchive and SqlArchive)."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import timedelta

import pytest

from tamperwatch.archive.base import Archive
from tamperwatch.archive.errors import DuplicateTargetError
from tamperwatch.models import IncidentKind, IncidentState, Target

from .helpers import CLEAN, DEFACED, T0, capture, failed, not_modified


async def test_targets_round_trip_with_their_options(archive: Archive) -> None:
    stored = await archive.add_target(
        Target(url="https://a.example/", interval_s=60, tags=("gov", "x"), headers=(("X-A", "1"),),
               ignore_selectors=(".clock",), sensitivity=0.7, owner="ops")
    )
    assert stored.id > 0
    assert await archive.get_target(stored.id) == stored
    assert await archive.get_target("https://a.example/") == stored
    assert await archive.list_targets() == [stored]
    with pytest.raises(DuplicateTargetError):
        await archive.add_target(Target(url="https://a.example/"))


async def test_removed_target_is_gone_but_its_chain_is_kept(archive: Archive) -> None:
    target = await archive.add_target(Target(url="https://a.example/"))
    await archive.record_check(target, capture(), CLEAN)
    assert await archive.remove_target(target.id)
    assert not await archive.remove_target(target.id)
    assert await archive.get_target(target.id) is None
    assert len(await archive.observations(target.id)) == 1
    again = await archive.add_target(Target(url="https://a.example/"))
    assert again.id != target.id


async def test_due_targets_orders_by_next_due_and_skips_future(archive: Archive) -> None:
    a = await archive.add_target(Target(url="https://a.example/"))
    b = await archive.add_target(Target(url="https://b.example/"))
    c = await archive.add_target(Target(url="https://c.example/"))
    for target, due in ((a, 50.0), (b, 10.0), (c, 500.0)):
        state = await archive.get_state(target.id)
        state.next_due = due
        state.etag = f"etag-{target.id}"
        await archive.save_state(state)
    found = await archive.due_targets(now=100.0, limit=10)
    assert [t.id for t, _ in found] == [b.id, a.id]
    assert found[0][1].etag == f"etag-{b.id}"
    assert [t.id for t, _ in await archive.due_targets(now=100.0, limit=1)] == [b.id]


async def test_every_check_appends_a_linked_signed_observation(archive: Archive) -> None:
    target = await archive.add_target(Target(url="https://a.example/"))
    first = await archive.record_check(target, capture(b"v1", minute=0), CLEAN)
    same = await archive.record_check(target, capture(b"v1", minute=1), CLEAN)
    unchanged = await archive.record_check(target, not_modified(minute=2), CLEAN)
    broken = await archive.record_check(target, failed(minute=3), CLEAN)
    changed = await archive.record_check(target, capture(b"v2", minute=4), DEFACED)
    chain = await archive.observations(target.id)
    assert chain == [first, same, unchanged, broken, changed]
    assert [o.seq for o in chain] == [1, 2, 3, 4, 5]
    assert first.prev_hash == "" and all(b.prev_hash == a.record_hash for a, b in itertools.pairwise(chain))
    assert unchanged.content_hash == first.content_hash and unchanged.http_status == 304
    assert broken.content_hash == "" and broken.error == "connect timeout"
    assert changed.verdict == "defaced" and changed.score == pytest.approx(0.97)
    assert first.tls_fingerprint == "ab" * 32 and first.resolved_ip == "93.184.216.34"
    assert first.at == T0 and changed.at == T0 + timedelta(minutes=4)
    assert await archive.load_body(first.content_hash) == b"v1"
    assert await archive.load_body(changed.content_hash) == b"v2"
    report = await archive.verify_chain(target.id)
    assert report.ok and report.records == 5 and not report.tampered and not report.broken_links


async def test_observations_limit_returns_latest_oldest_first(archive: Archive) -> None:
    target = await archive.add_target(Target(url="https://a.example/"))
    for minute in range(5):
        await archive.record_check(target, capture(b"x", minute=minute), CLEAN)
    assert [o.seq for o in await archive.observations(target.id, limit=2)] == [4, 5]


async def test_record_check_saves_state_given_with_it(archive: Archive) -> None:
    target = await archive.add_target(Target(url="https://a.example/"))
    state = await archive.get_state(target.id)
    state.last_body_hash, state.next_due, state.consecutive_failures = "h", 123.5, 2
    await archive.record_check(target, capture(), CLEAN, state)
    assert await archive.get_state(target.id) == state


async def test_chains_are_per_target(archive: Archive) -> None:
    a = await archive.add_target(Target(url="https://a.example/"))
    b = await archive.add_target(Target(url="https://b.example/"))
    await archive.record_check(a, capture(b"a"), CLEAN)
    first_b = await archive.record_check(b, capture(b"b"), CLEAN)
    assert first_b.seq == 1 and first_b.prev_hash == ""


async def test_prune_keeps_evidence_and_current_content_and_never_observations(archive: Archive) -> None:
    target = await archive.add_target(Target(url="https://a.example/"))
    old = await archive.record_check(target, capture(b"old"), CLEAN)
    evidence = await archive.record_check(target, capture(b"evidence", minute=1), DEFACED)
    await archive.open_incident(target.id, IncidentKind.DEFACED, 0.9, ("x",),
                                {"blobs": [evidence.content_hash]})
    current = await archive.record_check(target, capture(b"current", minute=2), CLEAN)
    assert await archive.prune_blobs(older_than=T0.replace(year=2999)) == 1
    assert await archive.load_body(old.content_hash) is None
    assert await archive.load_body(evidence.content_hash) == b"evidence"
    assert await archive.load_body(current.content_hash) == b"current"
    assert len(await archive.observations(target.id)) == 3
    report = await archive.verify_chain(target.id)
    assert report.ok and report.pruned_blobs == 1 and not report.tampered
    assert await archive.prune_blobs(older_than=T0.replace(year=1999)) == 0


async def test_profiles_upsert_opaque_bytes(archive: Archive) -> None:
    target = await archive.add_target(Target(url="https://a.example/"))
    assert await archive.load_profile(target.id) is None
    await archive.save_profile(target.id, b"\x00v1")
    await archive.save_profile(target.id, b"\x00v2")
    assert await archive.load_profile(target.id) == b"\x00v2"


async def test_incident_lifecycle(archive: Archive) -> None:
    target = await archive.add_target(Target(url="https://a.example/"))
    assert await archive.open_incident_for(target.id, IncidentKind.DEFACED) is None
    opened = await archive.open_incident(
        target.id, IncidentKind.DEFACED, 0.91, ("title changed", "spam links"),
        {"before": "aa", "after": "bb", "blobs": ["aa", "bb"], "nested": {"n": [1, 2]}},
    )
    assert opened.state is IncidentState.OPEN and opened.reasons == ("title changed", "spam links")
    assert await archive.get_incident(opened.id) == opened
    assert await archive.open_incident_for(target.id, IncidentKind.DEFACED) == opened
    assert await archive.open_incident_for(target.id, IncidentKind.UNAVAILABLE) is None
    acked = await archive.set_incident_state(opened.id, IncidentState.ACKNOWLEDGED, "looking")
    assert acked.state is IncidentState.ACKNOWLEDGED and acked.note == "looking"
    assert await archive.open_incident_for(target.id, IncidentKind.DEFACED) == acked
    resolved = await archive.set_incident_state(opened.id, IncidentState.RESOLVED)
    assert resolved.note == "looking"
    assert await archive.open_incident_for(target.id, IncidentKind.DEFACED) is None
    second = await archive.open_incident(target.id, IncidentKind.UNAVAILABLE, 1.0, (), {})
    assert [i.id for i in await archive.list_incidents()] == [second.id, opened.id]
    assert await archive.list_incidents(IncidentState.RESOLVED) == [dataclasses.replace(resolved)]
    with pytest.raises(KeyError):
        await archive.set_incident_state(9999, IncidentState.RESOLVED)


async def test_accepted_baseline_can_be_undone(archive: Archive) -> None:
    target = await archive.add_target(Target(url="https://undo.example/"))
    assert not await archive.restore_previous_profile(target.id)
    await archive.save_profile(target.id, b"old")
    await archive.save_profile(target.id, b"old-updated")  # online update: no undo point
    await archive.save_profile(target.id, b"redesign", keep_previous=True)
    assert await archive.load_profile(target.id) == b"redesign"
    assert await archive.restore_previous_profile(target.id)
    assert await archive.load_profile(target.id) == b"old-updated"
    assert await archive.restore_previous_profile(target.id)  # undo the undo
    assert await archive.load_profile(target.id) == b"redesign"
