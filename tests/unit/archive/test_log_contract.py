"""The append-only log, as every Archive implementation keeps it (MemoryArchive and SqlArchive)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from tamperwatch.archive import tables
from tamperwatch.archive.base import Archive
from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.archive.merkle import leaf_hash, root_of
from tamperwatch.archive.sql import SqlArchive
from tamperwatch.models import IncidentKind, IncidentState, Target

from .helpers import CLEAN, DEFACED, T0, capture


async def _two_targets(archive: Archive, checks: int = 3) -> tuple[Target, Target]:
    a = await archive.add_target(Target(url="https://a.example/"))
    b = await archive.add_target(Target(url="https://b.example/"))
    for minute in range(checks):
        for target in (a, b):
            await archive.record_check(
                target, capture(f"{target.url}{minute}".encode(), minute=minute), CLEAN
            )
    return a, b


async def test_observations_and_incident_events_share_one_checkpointed_log(archive: Archive) -> None:
    a, b = await _two_targets(archive)
    incident = await archive.open_incident(b.id, IncidentKind.DEFACED, 0.9, ("defaced",), {"blobs": []})
    checkpoint = archive.latest_checkpoint()  # an incident event signs one at once
    assert checkpoint is not None and checkpoint.tree_size == 7
    assert checkpoint.heads.targets == {a.id: 3, b.id: 3} and checkpoint.heads.events == 1
    assert checkpoint.signature_ok(archive.signer)  # type: ignore[attr-defined]
    await archive.set_incident_state(incident.id, IncidentState.ACKNOWLEDGED, "looking")
    report = await archive.verify_log()
    assert report.ok and report.log_size == 8 and report.checkpoint is not None
    assert report.checkpoint.tree_size == 8


async def test_append_event_is_signed_logged_and_sets_the_incident(archive: Archive) -> None:
    a, _ = await _two_targets(archive, checks=1)
    incident = await archive.open_incident(a.id, IncidentKind.DEFACED, 0.9, ("x",), {})
    event = await archive.append_event("commented", {"text": "called the web team"}, incident.id, "alice")
    assert event.idx == 3 and event.actor == "alice" and event.data == {"text": "called the web team"}
    assert archive.signer.verify(event.record_hash, event.signature)  # type: ignore[attr-defined]
    await archive.append_event("resolved", {"state": "resolved", "note": "restored"}, incident.id, "bob")
    stored = await archive.get_incident(incident.id)
    assert stored is not None and stored.state is IncidentState.RESOLVED and stored.note == "restored"
    report = await archive.verify_log()
    assert report.ok, report.findings
    assert report.checkpoint is not None and report.checkpoint.heads.events == 3


async def test_the_checkpoint_root_is_the_rfc_9162_root_of_the_leaves(archive: Archive) -> None:
    await _two_targets(archive, checks=4)
    checkpoint = await archive.checkpoint()
    assert checkpoint is not None
    assert isinstance(archive, (MemoryArchive, SqlArchive))
    leaves = await archive.log_leaves(0, checkpoint.tree_size)
    assert [leaf.idx for leaf in leaves] == list(range(8))
    assert root_of([leaf_hash(leaf.leaf_input()) for leaf in leaves]).hex() == checkpoint.root_hash


async def test_truncation_and_vanished_targets_are_named(archive: Archive) -> None:
    a, b = await _two_targets(archive, checks=4)
    await archive.checkpoint()
    if isinstance(archive, MemoryArchive):
        del archive._chains[a.id][2:]
        del archive._chains[b.id]
    else:
        assert isinstance(archive, SqlArchive)
        o = tables.observations.c
        statements = (
            tables.observations.delete().where(o.target_id == a.id, o.seq > 2),
            tables.observations.delete().where(o.target_id == b.id),
        )
        await archive.db.write(lambda conn: [conn.execute(s) for s in statements])
    report = await archive.verify_log()
    assert [(f.kind, f.target_id, f.items) for f in report.findings] == [
        ("vanished", b.id, (1, 2, 3, 4)),
        ("truncated", a.id, (3, 4)),
    ]


async def test_a_corrupt_body_is_tampered_not_missing(archive: Archive) -> None:
    a, _ = await _two_targets(archive, checks=1)
    first = (await archive.observations(a.id))[0]
    assert isinstance(archive, (MemoryArchive, SqlArchive))
    if isinstance(archive, MemoryArchive):
        archive.blobs.corrupt(first.content_hash)  # type: ignore[attr-defined]
    else:
        path = archive.blobs.path_for(first.content_hash)  # type: ignore[attr-defined]
        path.write_bytes(path.read_bytes()[:-2] + b"\x00\x00")
    chain = await archive.verify_chain(a.id)
    assert chain.tampered_blobs == [1] and chain.missing_blobs == [] and not chain.ok
    report = await archive.verify_log()
    assert [(f.kind, f.items) for f in report.findings] == [("blob_tampered", (1,))]


async def test_checkpoints_follow_the_entry_count_and_the_interval() -> None:
    now = [T0]
    archive = MemoryArchive(clock=lambda: now[0], checkpoint_every=3, checkpoint_interval_s=60)
    target = await archive.add_target(Target(url="https://a.example/"))
    sizes = []
    for minute in range(7):
        now[0] = T0 + timedelta(seconds=minute)
        await archive.record_check(target, capture(b"x", minute=minute), CLEAN)
        latest = archive.latest_checkpoint()
        sizes.append(latest.tree_size if latest else 0)
    assert sizes == [0, 0, 3, 3, 3, 6, 6]
    now[0] = T0 + timedelta(seconds=120)
    await archive.record_check(target, capture(b"y", minute=8), DEFACED)
    latest = archive.latest_checkpoint()
    assert latest is not None and latest.tree_size == 8  # the interval passed
    await archive.record_check(target, capture(b"y", minute=9), DEFACED)
    await archive.aclose()  # closing signs what is not covered yet
    latest = archive.latest_checkpoint()
    assert latest is not None and latest.tree_size == 9 and latest.timestamp_ms == _ms(now[0])


def _ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


async def test_a_checkpoint_that_cannot_be_written_never_fails_a_check(tmp_path: Path) -> None:
    blocked = tmp_path / "checkpoints"
    blocked.write_text("a file where the folder should be")
    archive = MemoryArchive(checkpoints=blocked, checkpoint_every=1)
    target = await archive.add_target(Target(url="https://a.example/"))
    observation = await archive.record_check(target, capture(b"x"), CLEAN)
    assert observation.seq == 1 and (await archive.verify_log()).ok
