"""Coalescing: a burst of changes is one batch; each path once."""

from __future__ import annotations

import asyncio
import threading

from tamperwatch.agent.coalesce import Coalescer


async def test_a_burst_from_another_thread_is_one_batch_of_distinct_paths() -> None:
    coalescer = Coalescer(asyncio.get_running_loop(), quiet_s=0.05, max_delay_s=60.0)
    done = threading.Event()

    def burst() -> None:
        for i in range(10_000):
            coalescer.add(f"/www/p{i % 5000}.html")
        done.set()

    thread = threading.Thread(target=burst)
    thread.start()
    await asyncio.to_thread(done.wait)
    batch = await coalescer.next_batch()
    thread.join()
    assert len(batch.paths) == 5000 and not batch.rescan


async def test_lost_events_ask_for_a_rescan() -> None:
    coalescer = Coalescer(asyncio.get_running_loop(), quiet_s=0.01, max_delay_s=0.1)
    coalescer.add("/www/a")
    coalescer.lost()
    batch = await coalescer.next_batch()
    assert batch.rescan and batch.paths == frozenset({"/www/a"})
