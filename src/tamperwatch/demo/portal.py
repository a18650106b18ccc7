"""DemoPortal: a small news portal on 127.0.0.1 whose pages change on every request.

Each page has a stable template (header, navigation, footer) and volatile parts: a news list
that rotates, the current date and time, a rotating banner. ``deface_replace`` swaps a page for
a full defacement page; ``inject_spam`` adds a hidden block of spam links to one.
"""

from __future__ import annotations

import html
import itertools
import random
from datetime import UTC, datetime

from aiohttp import web

PAGES = {
    "/": "Home",
    "/news": "News",
    "/services": "Citizen services",
    "/contact": "Contact",
    "/about": "About the city",
}
_HEADLINES = [
    "City council approves new cycling lanes",
    "Library extends weekend opening hours",
    "Water works scheduled in the old town",
    "Summer festival programme announced",
    "New bus line connects the university",
    "Recycling centre opens second site",
    "Mayor meets school pupils on climate day",
    "Museum night draws record crowds",
    "Road closure on Harbour Street this weekend",
    "Volunteers plant 500 trees in the park",
    "Public consultation on the new market hall",
    "Swimming pool reopens after renovation",
]
_BANNERS = ["Register for the city marathon", "Pay your parking fines online", "Vote in the budget poll"]
_DEFACEMENT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hacked By Sh4d0w Crew</title></head>
<body style="background:#000;color:#0f0;text-align:center;font-family:monospace">
<h1 style="font-size:64px">HACKED BY SH4D0W CREW</h1>
<marquee>Your security is an illusion. We were here.</marquee>
<p>Greetz to all members. Free the internet. Contact: sh4d0w@protonmail.example</p>
<audio autoplay src="anthem.mp3"></audio></body></html>"""
_SPAM_DOMAINS = [
    "casino-royal-bet.example",
    "cheap-pills-online.example",
    "slot-gacor-88.example",
    "poker-bonus-win.example",
    "replica-watches-sale.example",
    "viagra-best-price.example",
]


def spam_block(links: int = 36) -> str:
    items = "".join(
        f'<a href="https://{_SPAM_DOMAINS[i % len(_SPAM_DOMAINS)]}/p/{i}">best online casino bonus {i}</a> '
        for i in range(links)
    )
    return f'<div style="position:absolute;left:-9999px;top:-9999px">{items}</div>'


class DemoPortal:
    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.counter = itertools.count()
        self.replaced: set[str] = set()
        self.injected: set[str] = set()
        self.requests = 0
        self._runner: web.AppRunner | None = None
        self.port = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def deface_replace(self, path: str) -> None:
        self.replaced.add(path)

    def inject_spam(self, path: str) -> None:
        self.injected.add(path)

    def render(self, path: str) -> str:
        if path in self.replaced:
            return _DEFACEMENT
        n = next(self.counter)
        now = datetime.now(UTC).strftime("%A %d %B %Y, %H:%M:%S")
        news = self.rng.sample(_HEADLINES, 5)
        items = "".join(
            f'<li class="news-item"><a href="/news/{n}-{i}">{html.escape(h)}</a>'
            f'<span class="date">{now}</span></li>'
            for i, h in enumerate(news)
        )
        nav = "".join(f'<li><a href="{p}">{html.escape(t)}</a></li>' for p, t in PAGES.items())
        spam = spam_block() if path in self.injected else ""
        return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(PAGES[path])} | City of Riverton</title>
<link rel="stylesheet" href="/static/site.css"><script src="/static/site.js"></script></head>
<body><header class="site-header"><div class="logo">City of Riverton</div>
<nav class="main-nav"><ul>{nav}</ul></nav></header>
<div class="banner rotating">{html.escape(_BANNERS[n % len(_BANNERS)])}</div>
<main class="content"><h1>{html.escape(PAGES[path])}</h1><p class="updated">Updated {now}</p>
<section class="news"><h2>Latest news</h2><ul>{items}</ul></section>{spam}
<section class="info"><p>Town hall opening hours: Monday to Friday, 8:00 to 16:00.</p></section>
</main>
<footer class="site-footer"><p>&copy; City of Riverton</p><a href="/privacy">Privacy</a></footer>
</body></html>"""

    async def _handle(self, request: web.Request) -> web.Response:
        self.requests += 1
        if request.path not in PAGES:
            return web.Response(status=404, text="not found")
        return web.Response(text=self.render(request.path), content_type="text/html")

    async def start(self) -> DemoPortal:
        app = web.Application()
        app.router.add_get("/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
