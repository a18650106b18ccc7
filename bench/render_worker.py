"""One measured process of the render bench: ``bare`` / ``tamperwatch`` N URLs, or ``pss`` slots.

``bare``: plain Playwright (same Chromium and flags): new context, ``goto``, viewport screenshot.
``tamperwatch``: ``BrowserFetcher.fetch`` (URL policy, proxy, resources, DOM, screenshot) plus the
visual detector (learns a page's first render, judges the later ones).
``pss``: holds 1..SLOTS pages open at once and prints the PSS of Chromium + driver + this process.
Usage: python -m bench.render_worker MODE COUNT URL...
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

from playwright.async_api import async_playwright

from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.browser import BrowserFetcher, Viewport
from tamperwatch.capture.browser_launch import LaunchSpec
from tamperwatch.capture.browser_memory import browser_pids, process_pss_bytes
from tamperwatch.capture.browser_pool import BrowserPool
from tamperwatch.detect.page import Page
from tamperwatch.detect.visual import VisualDetector
from tamperwatch.policy import UrlPolicy

VIEWPORT = {"width": 1280, "height": 800}
SLOTS = 4


async def bare(count: int, urls: list[str]) -> None:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**LaunchSpec().options())
        for i in range(count):
            context = await browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
            page = await context.new_page()
            await page.goto(urls[i % len(urls)], wait_until="load")
            await page.screenshot(type="png")
            await context.close()
        await browser.close()


async def tamperwatch(count: int, urls: list[str]) -> None:
    port = urls[0].rsplit(":", 1)[1].split("/")[0]
    fetcher = BrowserFetcher(
        UrlPolicy([f"127.0.0.1/32:{port}"]), BrowserPool(LaunchSpec()), viewport=Viewport(1280, 800)
    )
    detector, parts = VisualDetector(), {url: {} for url in urls}
    async with fetcher.pool.browser():
        pass  # the browser starts, as in the bare loop, also in the idle run
    for i in range(count):
        url = urls[i % len(urls)]
        capture = await fetcher.fetch(FetchRequest(url))
        assert capture.ok, capture.error
        if parts[url]:
            detector.detect(parts[url], Page(capture))
        else:
            detector.learn_trusted(parts[url], Page(capture))
    await fetcher.aclose()


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        out.extend(int(x) for x in text)
    return out


async def pss(urls: list[str]) -> None:
    figures: list[int] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**LaunchSpec().options())
        pages = []
        for slot in range(SLOTS):
            context = await browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
            page = await context.new_page()
            await page.goto(urls[slot % len(urls)], wait_until="load")
            await page.screenshot(type="png")
            pages.append(page)
            own = [os.getpid(), *_children(os.getpid())]
            figures.append(sum(process_pss_bytes(p) for p in {*own, *await browser_pids(browser)}))
        await browser.close()
    print(json.dumps({"pss_by_slots": figures}))


def main() -> None:
    mode, count, urls = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    if mode == "bare":
        asyncio.run(bare(count, urls))
    elif mode == "tamperwatch":
        asyncio.run(tamperwatch(count, urls))
    else:
        asyncio.run(pss(urls))


if __name__ == "__main__":
    main()
