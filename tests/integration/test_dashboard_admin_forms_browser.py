"""The maintenance and user forms in Debian's Chromium under the strict CSP (no console error), at
desktop and phone widths: an admin adds a maintenance window for a tag and ends it with its
button, adds a user and disables them, each through htmx and a page reload. Screenshots are kept
in bench/out/dashboard/ beside the other pages' (git-ignored)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_live import PASSWORD, LiveApi

from tamperwatch.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (apt-get install chromium)"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None, reason="playwright is not installed"),
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "bench" / "out" / "dashboard"
WAIT_MS = 15_000
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveApi]:
    with LiveApi(Settings(_env_file=None, data_dir=tmp_path / "data")) as api:  # type: ignore[call-arg]
        yield api


@pytest.mark.parametrize("label", list(WIDTHS))
async def test_an_admin_adds_and_ends_a_window_and_adds_and_disables_a_user(
    live: LiveApi, label: str
) -> None:
    from playwright.async_api import async_playwright

    from tamperwatch.capture.browser_launch import LaunchSpec

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    base = f"http://127.0.0.1:{live.port}"
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**LaunchSpec().options())
        try:
            width, height = WIDTHS[label]
            page = await (await browser.new_context(viewport={"width": width, "height": height})).new_page()
            errors: list[str] = []
            page.on(
                "console", lambda message: errors.append(message.text) if message.type == "error" else None
            )
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("dialog", lambda dialog: dialog.accept())  # hx-confirm
            await page.goto(f"{base}/login")
            await page.fill("input[name=name]", "alice")
            await page.fill("input[name=password]", PASSWORD)
            await page.click("button[type=submit]")
            await page.wait_for_url(f"{base}/")

            await page.click("nav.main >> text=Maintenance")  # the header links it at every width
            await page.wait_for_url(f"{base}/maintenance")
            await page.fill("#mw-tag", "in-browser")
            await page.fill("#mw-for", "2h")
            await page.fill("#mw-reason", "switching data centres")
            await page.click("form[hx-post='/maintenance'] button")
            row = page.locator("tr.window", has_text="switching data centres")
            await row.wait_for(timeout=WAIT_MS)  # the page reloaded with it
            assert "in-browser" in await row.inner_text()
            await page.screenshot(path=str(ARTIFACTS / f"maintenance-{label}.png"), full_page=True)
            await row.get_by_role("button", name="End now").click()
            await row.wait_for(state="detached", timeout=WAIT_MS)
            assert await page.locator("tr.window").count() == 1  # the seeded one stays

            await page.click("nav.main >> text=People")
            await page.fill("#user-name", "olga")
            await page.select_option("#user-role", "operator")
            await page.fill("#user-password", "a long passphrase")
            await page.click("form[hx-post='/people/users'] button")
            olga = page.locator("tr", has=page.locator("td", has_text="olga"))
            await olga.wait_for(timeout=WAIT_MS)
            assert "operator" in await olga.inner_text() and "active" in await olga.inner_text()
            await olga.get_by_role("button", name="Disable").click()
            await (
                page.locator("tr", has=page.locator("td", has_text="olga"))
                .get_by_role("button", name="Enable")
                .wait_for(timeout=WAIT_MS)
            )
            assert "disabled" in await page.locator("tr", has_text="olga").first.inner_text()
            await page.screenshot(path=str(ARTIFACTS / f"people-admin-{label}.png"), full_page=True)
            assert errors == [], errors
        finally:
            await browser.close()
