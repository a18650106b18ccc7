"""The dashboard in Debian's Chromium against a real `tamperwatch serve` on 127.0.0.1: an operator
logs in through the form, opens a target whose captured page is hostile (scripts, an SVG onload,
an image onerror, a javascript: link, a meta refresh and a form posting to the dashboard) and
nothing of it runs, fetches or navigates: the dashboard keeps its URL and title, a canary server
the page would call hears nothing, no target is added, the session still works. The overview, open
in the browser, shows a check made meanwhile by itself (server-sent events). At desktop and phone
widths; the screenshots are kept in the test's folder."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from support.serve_process import running_serve, serve_env, tw

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (apt-get install chromium)"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None, reason="playwright is not installed"),
]
PASSWORD = "correct horse battery"
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


def hostile_page(dashboard: int, canary: int) -> bytes:
    c = f"http://127.0.0.1:{canary}"
    return f"""<html><head><title>Hacked</title>
<meta http-equiv="refresh" content="0;url=http://127.0.0.1:{dashboard}/?refreshed=1">
<style>h1 {{ color: red }}</style></head><body>
<h1>HACKED BY CANARY</h1>
<script>fetch('{c}/script'); top.document.title = 'PWNED'; top.location = '{c}/top';</script>
<img src="{c}/img" onerror="fetch('{c}/onerror')">
<svg onload="fetch('{c}/svg')"><rect width="10" height="10"/></svg>
<a id="js" href="javascript:fetch('{c}/javascript')">click me</a>
<form id="f" action="http://127.0.0.1:{dashboard}/api/v1/targets" method="post">
<input name="url" value="https://evil.example/"></form>
<script>document.getElementById('f').submit()</script>
</body></html>""".encode()


class Recorder(ThreadingHTTPServer):
    """A loopback HTTP server answering ``body`` and recording every path asked for."""

    def __init__(self, body: bytes = b"") -> None:
        self.body = body
        self.paths: list[str] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                recorder.paths.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(recorder.body)))
                self.end_headers()
                self.wfile.write(recorder.body)

            do_POST = do_GET

            def log_message(self, *args: object) -> None:
                return None

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        return int(self.server_address[1])


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[int, Recorder, Recorder]]:
    """A serve (its port), the site serving the hostile page, and the canary."""
    site, canary = Recorder(), Recorder()
    env = serve_env(tmp_path / "data", [site.port])
    made = tw(env, "user", "add", "olga", "--role", "operator", "--password-stdin", stdin=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    try:
        with running_serve(env) as port:
            site.body = hostile_page(port, canary.port)
            yield port, site, canary
    finally:
        site.shutdown()
        canary.shutdown()


async def test_a_hostile_captured_page_never_acts_in_the_dashboard(
    world: tuple[int, Recorder, Recorder], tmp_path: Path
) -> None:
    from playwright.async_api import async_playwright

    from tamperwatch.capture.browser_launch import LaunchSpec

    port, site, canary = world
    base = f"http://127.0.0.1:{port}"
    async with httpx.AsyncClient(base_url=base, timeout=60) as api:
        csrf = (await api.post("/api/v1/session", json={"name": "olga", "password": PASSWORD})).json()[
            "csrf_token"
        ]
        made = await api.post(
            "/api/v1/targets", json={"url": f"http://127.0.0.1:{site.port}/"}, headers={"X-CSRF-Token": csrf}
        )
        target_id = made.json()["id"]
        checked = await api.post(f"/api/v1/targets/{target_id}/check", headers={"X-CSRF-Token": csrf})
        assert checked.status_code == 200, checked.text
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**LaunchSpec().options())
        try:
            for label, (width, height) in WIDTHS.items():
                context = await browser.new_context(viewport={"width": width, "height": height})
                page = await context.new_page()
                await page.goto(f"{base}/login")
                await page.fill("input[name=name]", "olga")
                await page.fill("input[name=password]", PASSWORD)
                async with page.expect_response(
                    lambda r: r.url.endswith("/events")
                ):  # the live stream is open
                    await page.click("button[type=submit]")
                await page.wait_for_url(f"{base}/")
                age = page.locator(f"#target-{target_id} .age")
                await age.evaluate("cell => { cell.textContent = 'before' }")
                async with httpx.AsyncClient(base_url=base, timeout=60) as api:
                    login = await api.post("/api/v1/session", json={"name": "olga", "password": PASSWORD})
                    again = {"X-CSRF-Token": login.json()["csrf_token"]}
                    assert (
                        await api.post(f"/api/v1/targets/{target_id}/check", headers=again)
                    ).status_code == 200
                await age.filter(has_text="0 s").wait_for(
                    state="attached"
                )  # the check reached the page by itself
                await page.screenshot(path=str(tmp_path / f"overview-{label}.png"), full_page=True)
                target_url = f"{base}/targets/{target_id}"
                await page.goto(target_url, wait_until="load")  # the load event waits for the frame
                frame = page.frame_locator("iframe.captured")
                await frame.locator("h1").wait_for()
                assert (
                    await frame.locator("h1").inner_text() == "HACKED BY CANARY"
                )  # drawn, as a picture of it
                await frame.locator("#js").click()
                await page.screenshot(path=str(tmp_path / f"target-{label}.png"), full_page=True)
                assert page.url == target_url
                assert "PWNED" not in await page.title()
                session = await page.request.get(f"{base}/api/v1/session")
                assert session.status == 200  # the session is untouched
                listed = await page.request.get(f"{base}/api/v1/targets")
                assert [t["url"] for t in (await listed.json())["items"]] == [
                    f"http://127.0.0.1:{site.port}/"
                ]
                await context.close()
        finally:
            await browser.close()
    assert canary.paths == [], canary.paths
    assert all(
        (tmp_path / f"{name}-{label}.png").stat().st_size > 0
        for name in ("overview", "target")
        for label in WIDTHS
    )
