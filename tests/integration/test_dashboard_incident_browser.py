"""The incident page in Debian's Chromium (htmx under the strict CSP, no eval, no inline code): an
admin acknowledges, then resolves an incident with its buttons, and the page reloads showing each
new state and who made it; a viewer sees the same page without any button. Desktop and phone
widths; screenshots in the test's folder."""

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


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveApi]:
    with LiveApi(Settings(_env_file=None, data_dir=tmp_path / "data")) as api:  # type: ignore[call-arg]
        yield api


async def _login(browser: Any, base: str, name: str, width: int, height: int) -> Any:
    context = await browser.new_context(viewport={"width": width, "height": height})
    page = await context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.errors = errors
    await page.goto(f"{base}/login")
    await page.fill("input[name=name]", name)
    await page.fill("input[name=password]", PASSWORD)
    await page.click("button[type=submit]")
    await page.wait_for_url(f"{base}/")
    return page


async def test_an_admin_acts_on_an_incident_and_a_viewer_only_sees_it(live: LiveApi, tmp_path: Path) -> None:
    from playwright.async_api import async_playwright

    from tamperwatch.capture.browser_launch import LaunchSpec

    base = f"http://127.0.0.1:{live.port}"
    first, second = live.seeded["incidents"][0], live.seeded["incidents"][4]
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**LaunchSpec().options())
        try:
            for (label, (width, height)), incident in zip(WIDTHS.items(), (first, second), strict=True):
                page = await _login(browser, base, "alice", width, height)
                await page.goto(f"{base}/incidents/{incident}")
                await page.screenshot(path=str(tmp_path / f"incident-{label}.png"), full_page=True)
                async with page.expect_navigation():  # HX-Refresh reloads the page
                    await page.click("button:has-text('Acknowledge')")
                assert await page.locator("td:text-is('acknowledged') + td").inner_text() == "alice"
                async with page.expect_navigation():
                    await page.click("button:has-text('Resolve')")
                assert await page.locator("td:text-is('resolved')").count() == 1
                assert await page.locator("button").filter(has_text="Reopen").count() == 1
                assert page.errors == []  # no CSP violation, no script error
                await page.context.close()
                viewer = await _login(browser, base, "vic", width, height)
                await viewer.goto(f"{base}/incidents/{live.seeded['incidents'][2]}")
                assert await viewer.locator("h1").inner_text() != ""
                assert await viewer.locator("button[hx-post]").count() == 0
                await viewer.context.close()
        finally:
            await browser.close()
    assert (tmp_path / "incident-phone.png").stat().st_size > 0
