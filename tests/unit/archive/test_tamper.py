"""verify_chain tells tampering and broken links apart from blobs pruned by retention."""

from __future__ import annotations

import dataclasses

from sqlalchemy import update

from tamperwatch.archive import tables
from tamperwatch.archive.base import Archive
from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.archive.sql import SqlArchive
from tamperwatch.models import Target

from .helpers import CLEAN, T0, capture


async def _chain_of_four(archive: Archive) -> Target:
    target = await archive.add_target(Target(url="https://a.example/"))
    for minute in range(4):
        await archive.record_check(target, capture(f"v{minute}".encode(), minute=minute), CLEAN)
    return target


async def _edit(archive: Archive, target_id: int, seq: int, **changes: object) -> None:
    if isinstance(archive, MemoryArchive):
        chain = archive._chains[target_id]
        chain[seq - 1] = dataclasses.replace(chain[seq - 1], **changes)  # type: ignore[arg-type]
        return
    assert isinstance(archive, SqlArchive)
    o = tables.observations.c
    stmt = update(tables.observations).where(o.target_id == target_id, o.seq == seq).values(**changes)
    await archive.db.write(lambda conn: conn.execute(stmt))


async def test_edited_record_is_reported_as_tampered(archive: Archive) -> None:
    target = await _chain_of_four(archive)
    await _edit(archive, target.id, 2, verdict="clean", score=0.0, http_status=500)
    report = await archive.verify_chain(target.id)
    assert not report.ok and report.tampered == [2] and report.broken_links == []


async def test_rehashed_record_without_the_key_fails_signature_and_breaks_the_next_link(
    archive: Archive,
) -> None:
    target = await _chain_of_four(archive)
    victim = (await archive.observations(target.id))[1]
    forged = dataclasses.replace(victim, resolved_ip="6.6.6.6")
    from tamperwatch.archive.chain import record_hash_of

    await _edit(archive, target.id, 2, resolved_ip="6.6.6.6", record_hash=record_hash_of(forged))
    report = await archive.verify_chain(target.id)
    assert report.tampered == [2] and report.broken_links == [3]


async def test_deleted_record_is_a_broken_link(archive: Archive) -> None:
    target = await _chain_of_four(archive)
    if isinstance(archive, MemoryArchive):
        del archive._chains[target.id][1]
    else:
        assert isinstance(archive, SqlArchive)
        o = tables.observations.c
        stmt = tables.observations.delete().where(o.target_id == target.id, o.seq == 2)
        await archive.db.write(lambda conn: conn.execute(stmt))
    report = await archive.verify_chain(target.id)
    assert report.tampered == [] and report.broken_links == [3] and not report.ok


async def test_pruned_blob_is_not_tampering_but_a_deleted_one_is_reported(archive: Archive) -> None:
    target = await _chain_of_four(archive)
    assert await archive.prune_blobs(T0.replace(year=2999)) == 3
    report = await archive.verify_chain(target.id)
    assert report.ok and report.pruned_blobs == 3 and report.missing_blobs == []
    current = (await archive.observations(target.id))[-1]
    assert isinstance(archive, (MemoryArchive, SqlArchive))
    await archive.blobs.delete(current.content_hash)
    report = await archive.verify_chain(target.id)
    assert not report.ok and report.missing_blobs == [4] and report.tampered == []
