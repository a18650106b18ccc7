"""BrowserPool: recycling after N checks, restart after a crash, a check that fails cleanly."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

pytest.importorskip("playwright")

from support.browser_pages import PageServer

from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.browser import BrowserFetcher
from tamperwatch.capture.browser_launch import LaunchSpec
from tamperwatch.capture.browser_memory import browser_process_pid
from tamperwatch.capture.browser_pool import BrowserPool
from tamperwatch.policy import UrlPolicy

pytestmark = pytest.mark.asyncio(loop_scope="module")


def _fetcher(pages: PageServer, **pool_options: int) -> BrowserFetcher:
    pool = BrowserPool(LaunchSpec(), **pool_options)
    return BrowserFetcher(UrlPolicy([f"127.0.0.1/32:{pages.port}"]), pool, deadline_s=20)


@pytest_asyncio.fixture(loop_scope="module")
async def recycled(pages: PageServer) -> AsyncIterator[BrowserFetcher]:
    fetcher = _fetcher(pages, recycle_checks=2)
    yield fetcher
    await fetcher.aclose()


async def test_the_browser_is_replaced_after_n_checks(recycled: BrowserFetcher, pages: PageServer) -> None:
    for _ in range(5):
        assert (await recycled.fetch(FetchRequest(pages.url("/ok")))).ok
    assert recycled.pool.launches == 3  # checks 1-2, 3-4, 5


async def test_a_browser_above_the_memory_ceiling_is_replaced(pages: PageServer) -> None:
    fetcher = _fetcher(pages, memory_ceiling_bytes=1)
    try:
        for _ in range(2):
            assert (await fetcher.fetch(FetchRequest(pages.url("/ok")))).ok
        assert fetcher.pool.launches == 2
    finally:
        await fetcher.aclose()


async def test_a_crash_during_a_check_fails_it_cleanly_and_the_next_check_works(pages: PageServer) -> None:
    fetcher = _fetcher(pages)
    try:
        assert (await fetcher.fetch(FetchRequest(pages.url("/ok")))).ok
        async with fetcher.pool.browser() as browser:
            pid = await browser_process_pid(browser)
        assert pid > 0
        before = pages.counts["/hostile/loop"]
        check = asyncio.create_task(fetcher.fetch(FetchRequest(pages.url("/hostile/loop"))))
        loop = asyncio.get_running_loop()
        give_up = loop.time() + 15
        while pages.counts["/hostile/loop"] == before and loop.time() < give_up:
            await asyncio.sleep(0.02)  # polling the condition "the page was requested"
        os.kill(pid, signal.SIGKILL)
        crashed = await check
        assert not crashed.ok
        assert crashed.error_kind == "browser", crashed.error
        after = await fetcher.fetch(FetchRequest(pages.url("/ok")))
        assert after.ok, after.error
        assert fetcher.pool.launches == 2
    finally:
        await fetcher.aclose()
