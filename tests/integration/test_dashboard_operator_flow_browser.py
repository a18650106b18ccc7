"""The operator's whole day in Debian's Chromium against a real `tamperwatch serve` (render tier on)
and a loopback site the test controls: an operator logs in through the form, adds the site through
the add form, watches its state change on the overview by itself (server-sent events, no reload)
as its first checks complete; the site is then defaced, a check sees it and the incident appears
on the same open page; the operator opens it, sees the before/after screenshots side by side with
the changed regions marked and the text diff of what changed, acknowledges, then resolves it with
the buttons. A viewer made with `tamperwatch user add --role viewer` sees the incident and target
pages without any button or form, and a write sent with the viewer's session and a valid CSRF
token answers 403. No console error (a CSP violation would be one) on any page.

The whole flow runs at desktop and at phone width, each in a world of its own. Screenshots of
every step are kept in bench/out/dashboard/flow-*.png (git-ignored; linked from the README)."""

from __future__ import annotations

import asyncio
import importlib.util
import json
from collections.abc import AsyncIterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from support.serve_process import running_serve, serve_env, tw
from support.site_server import Page, SiteServer

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (apt-get install chromium)"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None, reason="playwright is not installed"),
]
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
ARTIFACTS = Path(__file__).resolve().parents[2] / "bench" / "out" / "dashboard"
PASSWORD = "correct horse battery"
WAIT_MS = 120_000  # a shared two-core machine rendering every check: generous, never a sleep
CHECK_INTERVAL = "3s"  # typed into the add form
SERVE_SETTINGS = {
    "TAMPERWATCH_RENDER_ENABLED": "true",
    "TAMPERWATCH_RENDER_INTERVAL_S": "1",  # every check renders: a clean one keeps the "before" screenshot
    "TAMPERWATCH_MIN_INTERVAL_S": "1",
    "TAMPERWATCH_LEARN_CAPTURES": "2",
}
CLEAN = b"""<!doctype html><html lang="en"><head><title>Riverside Town Council</title></head><body>
<header><h1>Riverside Town Council</h1>
<nav><a href="/services">Services</a> <a href="/news">News</a> <a href="/contact">Contact</a></nav></header>
<main><h2>Welcome to Riverside</h2>
<p>The council looks after roads, parks, libraries and waste collection for 24,000 residents.</p>
<p>Bin collection moves to Tuesdays from 1 June. Library opening hours: Monday to Saturday, 9:00 to 17:00.</p>
<p>Report a pothole, pay your council tax or apply for a parking permit online.</p></main>
<footer>Riverside Town Council, Market Square 1</footer></body></html>"""
DEFACED = b"""<!doctype html><html><head><title>Hacked by Sh4d0w Team</title></head>
<body style="background:#000;color:#0f0;text-align:center"><h1>HACKED BY SH4D0W TEAM</h1>
<p>Your security is zero. Greetz to all hackers. We are everywhere.</p>
<p>Contact: sh4d0w@protonmail.com</p></body></html>"""


@pytest.fixture
async def site() -> AsyncIterator[SiteServer]:
    server = SiteServer({"/": Page(CLEAN)})
    await server.start()
    try:
        yield server
    finally:
        await server.close()


@pytest.fixture
async def serve(site: SiteServer, tmp_path: Path) -> AsyncIterator[int]:
    """A serve watching nothing yet; users olga (operator) and vera (viewer) made on the command line.

    Started and stopped from a thread: the site answers from this event loop, also while serve
    finishes its last check on the way out."""
    env = serve_env(tmp_path / "data", [site.port], **SERVE_SETTINGS)
    for name, role in (("olga", "operator"), ("vera", "viewer")):
        made = tw(env, "user", "add", name, "--role", role, "--password-stdin", stdin=PASSWORD + "\n")
        assert made.returncode == 0, made.stderr
    with ExitStack() as stack:
        yield await asyncio.to_thread(stack.enter_context, running_serve(env))
        await asyncio.to_thread(stack.close)


class Browser:
    """Pages of one Chromium at one width; every console error and page error is kept."""

    def __init__(self, browser: Any, base: str, label: str) -> None:
        self.browser, self.base, self.label = browser, base, label
        self.errors: list[str] = []

    async def login(self, name: str) -> Any:
        width, height = WIDTHS[self.label]
        context = await self.browser.new_context(viewport={"width": width, "height": height})
        page = await context.new_page()
        page.set_default_timeout(WAIT_MS)
        page.on("console", lambda m: self.errors.append(f"{name}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda error: self.errors.append(f"{name}: {error}"))
        await page.goto(f"{self.base}/login")
        await self.shot(page, f"0-login-{name}")
        await page.fill("input[name=name]", name)
        await page.fill("input[name=password]", PASSWORD)
        async with page.expect_response(lambda r: r.url.endswith("/events")):  # the live stream is open
            await page.click("button[type=submit]")
        await page.wait_for_url(f"{self.base}/")
        return page

    async def shot(self, page: Any, step: str) -> None:
        await page.screenshot(path=str(ARTIFACTS / f"flow-{step}-{self.label}.png"), full_page=True)


async def _status(page: Any, target: int) -> str:
    return str(await page.locator(f"#target-{target} .status").inner_text())


async def _images_shown(page: Any, shots: Any) -> list[str]:
    """The captions of the figures in ``shots`` (a locator) whose image really loaded (scrolled to,
    as a user would: they load lazily)."""
    shown = []
    for figure in await shots.locator("figure").all():
        image = figure.locator("img")
        await image.scroll_into_view_if_needed()
        await page.wait_for_function("i => i.complete", arg=await image.element_handle())
        if await image.evaluate("i => i.naturalWidth > 0"):
            shown.append(await figure.locator("figcaption").inner_text())
    return shown


async def _operator_flow(b: Browser, site: SiteServer) -> tuple[int, int]:
    """Steps 1 to 6; the target's and the incident's ids."""
    page = await b.login("olga")
    await page.click("nav.main >> text=Add")
    await page.wait_for_url(f"{b.base}/add")
    await page.fill("#url", site.url("/"))
    await page.fill("#interval", CHECK_INTERVAL)
    await page.fill("#tags", "council")
    await page.click("form[hx-post='/add'] button")
    added = page.locator("#added .result.ok")
    await added.wait_for()
    assert site.url("/") in await added.inner_text()
    target = int((await added.locator("a").get_attribute("href")).rsplit("/", 1)[1])
    await b.shot(page, "1-added")

    async with page.expect_response(lambda r: r.url.endswith("/events")):
        await page.click("header > a[href='/']")
    row = page.locator(f"#target-{target}")
    at_load = await _status(page, target)
    assert at_load in ("not checked", "learning", "clean"), at_load
    await page.evaluate("() => { window.sameFlowPage = true }")  # gone if the page reloaded
    await row.locator(".age").evaluate("cell => { cell.textContent = 'waiting' }")
    await row.locator(".status", has_text="clean").wait_for()  # learned, checked clean: by itself
    await row.locator(".age", has_text="0 s").wait_for(state="attached")
    await b.shot(page, "2-overview-clean")

    site.pages["/"] = Page(DEFACED)
    await row.locator(".status", has_text="defaced").wait_for()
    note = page.locator("#live-note a")
    await note.filter(has_text="opened").wait_for()
    assert await page.evaluate("() => window.sameFlowPage") is True  # all of it without a reload
    incident = int((await note.get_attribute("href")).rsplit("/", 1)[1])
    listed = page.locator(f"#summary a[href='/incidents/{incident}']")
    await listed.wait_for()  # the open-incidents table and the counts came by themselves too
    assert await page.evaluate("() => window.sameFlowPage") is True
    await b.shot(page, "3-overview-defaced")

    await note.click()
    await page.wait_for_url(f"{b.base}/incidents/{incident}")
    assert await page.locator("h1").inner_text() == f"Incident #{incident}: defaced"
    assert await page.locator("main .status").first.inner_text() == "open"
    assert "defacement" in (await page.locator("ul.reasons").inner_text()).lower()
    assert await _images_shown(page, page.locator(".shots")) == ["Before", "After", "Changed regions"]
    await b.shot(page, "4-incident-open")

    await page.click(f"a[href='/targets/{target}']")
    captured = page.frame_locator("iframe.captured").locator("h1")  # sandboxed, from the content origin
    assert await captured.inner_text() == "HACKED BY SH4D0W TEAM"
    evidence = page.locator("article.card").filter(has=page.locator(f"a[href='/incidents/{incident}']"))
    assert await _images_shown(page, evidence.locator(".shots")) == ["Before", "After", "Changed regions"]
    figures = [await f.bounding_box() for f in await evidence.locator(".shots figure").all()]
    if b.label == "desktop":  # side by side; a phone stacks them
        assert figures[0]["y"] == figures[1]["y"] and figures[0]["x"] < figures[1]["x"], figures
    diff = await evidence.locator("pre.diff").inner_text()
    assert "- Welcome to Riverside" in diff and "+ HACKED BY SH4D0W TEAM" in diff, diff
    await b.shot(page, "5-target-evidence")

    await page.goto(f"{b.base}/incidents/{incident}")
    for button, state, step in (("Acknowledge", "acknowledged", 6), ("Resolve", "resolved", 7)):
        async with page.expect_navigation():  # HX-Refresh reloads the page
            await page.click(f"button:has-text('{button}')")
        assert await page.locator("main .status").first.inner_text() == state
        assert await page.locator(f"td:text-is('{state}') + td").inner_text() == "olga"
        await b.shot(page, f"{step}-incident-{state}")
    assert await page.locator("button").filter(has_text="Reopen").count() == 1
    await page.context.close()
    return target, incident


async def _viewer_only_sees(b: Browser, target: int, incident: int) -> None:
    """Step 7."""
    page = await b.login("vera")
    assert await page.locator(f"#target-{target}").count() == 1
    for path, step in (
        (f"/incidents/{incident}", "8-viewer-incident"),
        (f"/targets/{target}", "9-viewer-target"),
    ):
        await page.goto(f"{b.base}{path}")
        assert await page.locator("h1").inner_text() != ""
        assert await page.locator(".shots img").count() >= 2
        assert await page.locator("main button, main form, [hx-post]").count() == 0
        await b.shot(page, step)
    await page.goto(f"{b.base}/add")
    assert await page.locator("main form").count() == 0
    csrf = json.loads(await page.locator("body").get_attribute("hx-headers"))["X-CSRF-Token"]
    for url in (f"/incidents/{incident}/reopen", f"/api/v1/incidents/{incident}/reopen"):
        refused = await page.request.post(f"{b.base}{url}", headers={"X-CSRF-Token": csrf})
        assert refused.status == 403, (url, refused.status)
        assert "operator" in await refused.text()  # the role refused it, not the CSRF check
    added = await page.request.post(
        f"{b.base}/add", headers={"X-CSRF-Token": csrf}, form={"url": "https://x.example/"}
    )
    assert added.status == 403
    await page.context.close()


@pytest.mark.parametrize("label", list(WIDTHS))
async def test_an_operator_handles_a_defacement_and_a_viewer_only_sees_it(
    serve: int, site: SiteServer, label: str
) -> None:
    from playwright.async_api import async_playwright

    from tamperwatch.capture.browser_launch import LaunchSpec

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**LaunchSpec().options())
        try:
            b = Browser(browser, f"http://127.0.0.1:{serve}", label)
            target, incident = await _operator_flow(b, site)
            await _viewer_only_sees(b, target, incident)
        finally:
            await browser.close()
    assert b.errors == [], b.errors
