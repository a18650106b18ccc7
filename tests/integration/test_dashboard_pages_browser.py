"""The dashboard's main pages in Debian's Chromium at desktop and phone widths, under the strict
CSP (no console error): an admin adds a target and imports two through the forms, sends a test
message with a notifier's button, makes an API token on the users and tokens page, and opens a
target page showing an incident's before/after screenshots beside the text diff of what changed.
Screenshots of every page are kept in bench/out/dashboard/ (git-ignored; linked from the README)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_live import PASSWORD, LiveApi

from tamperwatch.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (apt-get install chromium)"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None, reason="playwright is not installed"),
]
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
ARTIFACTS = Path(__file__).resolve().parents[2] / "bench" / "out" / "dashboard"
WAIT_MS = 15_000


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveApi]:
    with LiveApi(Settings(_env_file=None, data_dir=tmp_path / "data")) as api:  # type: ignore[call-arg]
        yield api


async def _login(browser: Any, base: str, width: int, height: int) -> tuple[Any, Any, list[str]]:
    context = await browser.new_context(viewport={"width": width, "height": height})
    page = await context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    await page.goto(f"{base}/login")
    await page.fill("input[name=name]", "alice")
    await page.fill("input[name=password]", PASSWORD)
    await page.click("button[type=submit]")
    await page.wait_for_url(f"{base}/")
    return context, page, errors


async def _shot(page: Any, name: str) -> None:
    await page.screenshot(path=str(ARTIFACTS / name), full_page=True)


async def test_the_main_pages_work_and_are_kept_as_screenshots(live: LiveApi) -> None:
    from playwright.async_api import async_playwright

    from tamperwatch.capture.browser_launch import LaunchSpec

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    base = f"http://127.0.0.1:{live.port}"
    diff_target = live.seeded["diff_target_id"]
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**LaunchSpec().options())
        try:
            for label, (width, height) in WIDTHS.items():
                context, page, errors = await _login(browser, base, width, height)
                await _shot(page, f"overview-{label}.png")

                await page.click("nav.main >> text=Add")
                await page.wait_for_url(f"{base}/add")
                await page.fill("#url", f"https://{label}.example/")
                await page.fill("#tags", "added-in-browser")
                await page.click("form[hx-post='/add'] button")
                await page.wait_for_selector("#added .result.ok", timeout=WAIT_MS)
                await page.fill("#text", f"https://{label}-a.example/\nhttps://{label}-b.example/\n")
                await page.click("form[hx-post='/import'] button")
                done = await page.wait_for_selector("#imported .result.ok", timeout=WAIT_MS)
                assert "added 2 targets" in await done.inner_text()
                await _shot(page, f"add-{label}.png")

                await page.goto(f"{base}/notifiers")
                await page.click("button[hx-post='/notifiers/0/test']")
                sent = await page.wait_for_selector("#test-0 .result", timeout=WAIT_MS)
                assert "delivered" in await sent.inner_text()
                await _shot(page, f"notifiers-{label}.png")

                await page.goto(f"{base}/people")
                assert "vic" in await page.inner_text("main")
                await page.fill("#token-name", f"ci-{label}")
                await page.click("form[hx-post='/people/tokens'] button")
                made = await page.wait_for_selector("#token-made .result.ok", timeout=WAIT_MS)
                assert "not shown again" in await made.inner_text()
                await _shot(page, f"people-{label}.png")

                await page.goto(f"{base}/targets/{diff_target}")
                diff = await page.inner_text("pre.diff")
                assert "- City portal" in diff and "+ Hacked by someone" in diff
                assert await page.locator(".shots img").count() == 2
                await _shot(page, f"target-diff-{label}.png")
                assert errors == [], errors
                await context.close()
        finally:
            await browser.close()
    for name in ("overview", "add", "notifiers", "people", "target-diff"):
        for label in WIDTHS:
            assert (ARTIFACTS / f"{name}-{label}.png").stat().st_size > 0
