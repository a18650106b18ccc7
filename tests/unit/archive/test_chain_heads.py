"""SqlArchive reads every chain head in one query on its first append: chains must still link."""

from __future__ import annotations

import asyncio
import itertools

from tamperwatch.archive.sql import SqlArchive
from tamperwatch.models import Target
from tamperwatch.settings import Settings

from .helpers import CLEAN, capture, not_modified


async def test_a_new_process_continues_every_chain_when_checks_run_concurrently(settings: Settings) -> None:
    async with SqlArchive.from_settings(settings) as first:
        targets = [await first.add_target(Target(url=f"https://{n}.example/")) for n in range(6)]
        for target in targets[:4]:  # two targets have no observation yet
            for minute in range(2):
                await first.record_check(target, capture(b"v1", minute=minute), CLEAN)
    async with SqlArchive.from_settings(settings) as later:  # heads come from the database
        await asyncio.gather(*(later.record_check(t, not_modified(minute=5), CLEAN) for t in targets))
        late = await later.add_target(Target(url="https://late.example/"))  # after the heads were read
        await later.record_check(late, capture(b"late"), CLEAN)
        for target in [*targets, late]:
            chain = await later.observations(target.id)
            assert [o.seq for o in chain] == list(range(1, len(chain) + 1))
            assert chain[0].prev_hash == ""
            assert all(b.prev_hash == a.record_hash for a, b in itertools.pairwise(chain))
            assert (await later.verify_chain(target.id)).ok
        assert [len(await later.observations(t.id)) for t in targets] == [3, 3, 3, 3, 1, 1]
        # a 304 keeps the content hash of the observation before it, read from the stored head
        assert (await later.observations(targets[0].id))[-1].content_hash == capture(b"v1").content_hash


async def test_another_writer_extending_a_chain_is_followed(settings: Settings) -> None:
    async with SqlArchive.from_settings(settings) as one, SqlArchive.from_settings(settings) as two:
        target = await one.add_target(Target(url="https://a.example/"))
        await one.record_check(target, capture(b"a", minute=0), CLEAN)
        await two.record_check(target, capture(b"b", minute=1), CLEAN)  # one's cached head is now stale
        again = await one.record_check(target, capture(b"c", minute=2), CLEAN)
        assert again.seq == 3
        assert (await one.verify_chain(target.id)).ok
