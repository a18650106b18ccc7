"""WebSockets in real headless Chromium: one to an address the URL policy refuses is closed before any
connection and recorded in ``Capture.render.blocked``; one to an allowed address works both ways.

The page reports each outcome with a request to its own server, and the page's load waits on a
parser-blocking ``/gate.js`` that the server answers only once both outcomes arrived, so the
capture (taken at load) shows them without any sleep.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
import pytest_asyncio
from aiohttp import WSMsgType, web

pytest.importorskip("playwright")

from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.browser import BrowserFetcher, Viewport
from tamperwatch.capture.browser_launch import LaunchSpec
from tamperwatch.capture.browser_pool import BrowserPool
from tamperwatch.policy import UrlPolicy

pytestmark = pytest.mark.asyncio(loop_scope="module")
GATE_TIMEOUT_S = 6.0  # the gate opens anyway after this, and the assertions say what was missing


@dataclass
class ConnectionSpy:
    """A TCP listener on 127.0.0.1 that only counts the connections it accepts."""

    accepted: int = 0
    port: int = 0
    server: asyncio.Server | None = None

    async def start(self) -> ConnectionSpy:
        self.server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        writer.close()

    async def close(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()


@dataclass
class SocketSite:
    """The page, its echo WebSocket, the outcome reports and the gate, on one allowed port."""

    html: str = ""
    received: list[str] = field(default_factory=list)
    reports: dict[str, str] = field(default_factory=dict)
    both_reported: asyncio.Event = field(default_factory=asyncio.Event)
    port: int = 0
    runner: web.AppRunner | None = None

    async def start(self) -> SocketSite:
        app = web.Application()
        app.router.add_get("/page", self._page)
        app.router.add_get("/echo", self._echo)
        app.router.add_get("/report/{what}", self._report)
        app.router.add_get("/gate.js", self._gate)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def _page(self, request: web.Request) -> web.Response:
        return web.Response(text=self.html, content_type="text/html")

    async def _echo(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for message in ws:
            if message.type is WSMsgType.TEXT:
                self.received.append(message.data)
                await ws.send_str(f"echo:{message.data}")
        return ws

    async def _report(self, request: web.Request) -> web.Response:
        self.reports[request.match_info["what"]] = request.query.get("detail", "")
        if {"allowed", "blocked"} <= set(self.reports):
            self.both_reported.set()
        return web.Response(text="", content_type="text/plain")

    async def _gate(self, request: web.Request) -> web.Response:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.both_reported.wait(), GATE_TIMEOUT_S)
        return web.Response(text="document.title = 'gate opened';", content_type="text/javascript")

    async def close(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()


def _page(allowed_ws: str, blocked_ws: str) -> str:
    return f"""<!doctype html><html><head><title>sockets</title></head><body>
<p id="allowed">allowed: pending</p><p id="blocked">blocked: pending</p>
<script>
function report(what, detail) {{
  document.getElementById(what).textContent = what + ': ' + detail;
  fetch('/report/' + what + '?detail=' + encodeURIComponent(detail));
}}
const ok = new WebSocket('{allowed_ws}');
ok.onopen = () => ok.send('ping');
ok.onmessage = (event) => report('allowed', 'message ' + event.data);
ok.onclose = (event) => report('allowed', 'closed ' + event.code);
const refused = new WebSocket('{blocked_ws}');
refused.onopen = () => report('blocked', 'open');
refused.onclose = (event) => report('blocked', 'closed ' + event.code);
</script>
<script src="/gate.js"></script>
</body></html>"""


@pytest_asyncio.fixture(loop_scope="module")
async def site() -> AsyncIterator[SocketSite]:
    served = await SocketSite().start()
    yield served
    await served.close()


async def test_a_websocket_to_a_refused_address_is_closed_unconnected_and_recorded(site: SocketSite) -> None:
    spy = await ConnectionSpy().start()  # loopback, but its port is not allowlisted
    blocked_ws = f"ws://127.0.0.1:{spy.port}/socket"
    site.html = _page(f"ws://127.0.0.1:{site.port}/echo", blocked_ws)
    policy = UrlPolicy([f"127.0.0.1/32:{site.port}"])
    fetcher = BrowserFetcher(
        policy, BrowserPool(LaunchSpec(), recycle_checks=10), deadline_s=15.0, viewport=Viewport(800, 600)
    )
    try:
        capture = await fetcher.fetch(FetchRequest(f"http://127.0.0.1:{site.port}/page"))
    finally:
        await fetcher.aclose()
        await spy.close()
    assert capture.ok, capture.error
    assert site.both_reported.is_set(), f"outcomes reported: {site.reports}"
    assert capture.render is not None
    blocked = dict(capture.render.blocked)
    assert blocked_ws in blocked, capture.render.blocked
    assert f"not {spy.port}" in blocked[blocked_ws]  # the reason names the refused port
    assert spy.accepted == 0  # refused before any connection
    assert site.reports["blocked"].startswith("closed")
    assert "blocked: open" not in capture.dom
    # the allowed WebSocket works both ways: the server got the page's message, the page the echo
    assert site.received == ["ping"]
    assert site.reports["allowed"] == "message echo:ping"
    assert "allowed: message echo:ping" in capture.dom
