"""Local pages the browser tests render: an aiohttp app on 127.0.0.1 (ephemeral port).

``PageServer.pages`` maps a path to HTML; ``counts`` says how many requests each path got, so a
test can show a refused request never arrived.
"""

from __future__ import annotations

from collections import Counter

from aiohttp import web

_CONTENT_TYPES = {"css": "text/css", "js": "text/javascript"}
CLEAN = "<!doctype html><html><head><title>Acme</title></head><body><h1>Acme Corp</h1><p>Welcome.</p>"

HOSTILE = {
    "/hostile/loop": "<html><body><p>spin</p><script>while (true) {}</script></body></html>",
    "/hostile/alerts": "<html><body><script>for (;;) { alert('owned'); }</script></body></html>",
    "/hostile/nodes": "<html><body><script>"
    "const f = document.createDocumentFragment();"
    "for (let i = 0; i < 1000000; i++) { f.appendChild(document.createElement('i')); }"
    "document.body.appendChild(f);</script></body></html>",
    "/hostile/tall": "<html><body style='margin:0'><div style='height:100000px;"
    "background:linear-gradient(red,blue)'>tall</div></body></html>",
    "/hostile/popups": "<html><body><p>popups</p><script>"
    "setInterval(() => { for (let i = 0; i < 20; i++) window.open('/ok', '_blank'); }, 0);"
    "</script></body></html>",
}


class PageServer:
    def __init__(self) -> None:
        self.pages: dict[str, str] = {"/ok": CLEAN + "</body></html>", **HOSTILE}
        self.redirects: dict[str, str] = {}
        self.counts: Counter[str] = Counter()
        self.headers_seen: dict[str, dict[str, str]] = {}  # path -> headers of its last request
        self.port = 0
        self._runner: web.AppRunner | None = None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.counts[request.path] += 1
        self.headers_seen[request.path] = dict(request.headers)
        if request.path in self.redirects:
            raise web.HTTPFound(self.redirects[request.path])
        html = self.pages.get(request.path)
        if html is None:
            return web.Response(status=404, text="not found")
        return web.Response(
            text=html, content_type=_CONTENT_TYPES.get(request.path.rsplit(".", 1)[-1], "text/html")
        )

    async def start(self) -> PageServer:
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


def styled_page(body: str, css_href: str = "/site.css") -> str:
    """A company page with a header, text columns and a footer, styled by ``css_href``."""
    return (
        f"<!doctype html><html><head><title>Acme</title><link rel='stylesheet' href='{css_href}'></head>"
        "<body><header><h1>Acme Corp</h1><nav>Home | Products | About | Contact</nav></header>"
        f"{body}<main><h2>Quality tools since 1952</h2>"
        + "".join(f"<p>Paragraph {i}: our hammers, anvils and rockets ship worldwide.</p>" for i in range(12))
        + "</main><footer>(c) Acme Corp - Imprint - Privacy</footer></body></html>"
    )


SITE_CSS = (
    "body{margin:0;font-family:sans-serif;background:#fff;color:#222}"
    "header{background:#1a4d8f;color:#fff;padding:20px 40px;height:80px}"
    "main{padding:20px 40px;columns:2}footer{background:#eee;padding:20px 40px}"
    ".banner{height:180px;display:flex;align-items:center;justify-content:center;font-size:40px}"
)
OVERLAY_CSS = SITE_CSS + (
    "body::after{content:'HACKED';position:fixed;inset:0;background:#000;color:#f00;font-size:120px;"
    "display:flex;align-items:center;justify-content:center;z-index:99999}"
)
BANNERS = (
    "<div class='banner' style='background:#f4c542'>Spring sale: 20% off anvils</div>",
    "<div class='banner' style='background:#2e8b57;color:#fff'>New: rocket skates <b>available</b></div>",
    "<div class='banner' style='background:#8b2e5a;color:#fff'><i>Free shipping</i> over $50</div>",
    "<div class='banner' style='background:repeating-linear-gradient(45deg,#333,#333 10px,#999 10px,"
    "#999 20px);color:#fff'>Catalogue 2026 out now</div>",
)
