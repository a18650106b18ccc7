"""Cloaking against the real HttpFetcher and a local site treating crawlers and search visitors differently.

One aiohttp server on 127.0.0.1 (ephemeral port, the only one the URL policy allows) serves three
sites, told apart by host name (a static resolver maps them all to 127.0.0.1):

* ``spam.test`` adds a block of gambling links only when the User-Agent says Googlebot;
* ``hijack.test`` redirects visitors whose Referer is a Google search to ``bet-landing.test``;
* ``clock.test`` is honest: every response differs only by its timestamp and request counter.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from support.clock import ManualClock as Clock

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.http import HttpFetcher
from tamperwatch.capture.resolver import StaticResolver
from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.models import Status, Target
from tamperwatch.notify.base import MemoryNotifier
from tamperwatch.pipeline.check import Pipeline
from tamperwatch.pipeline.cloaking_plan import CloakingPlan
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.pipeline.services import DirectSink, Services
from tamperwatch.policy import UrlPolicy
from tamperwatch.settings import Settings

HOSTS = ("spam.test", "hijack.test", "clock.test", "bet-landing.test")
SPAM_LINKS = " ".join(
    f'<a href="https://casino-{i % 12}.example/bonus{i}">online casino slot bonus {i}</a>' for i in range(36)
)


class Sites:
    """The three sites and what each request carried."""

    def __init__(self) -> None:
        self.counter = itertools.count()
        self.seen: list[tuple[str, str, str]] = []  # (host, user agent, referer)
        self.runner: web.AppRunner | None = None
        self.port = 0

    def page(self, host: str, extra: str = "") -> str:
        n = next(self.counter)
        return (
            f"<!doctype html><html lang='en'><head><title>{host} - shop</title></head><body>"
            f"<header><nav><a href='/'>Home</a> <a href='/about'>About</a></nav></header>"
            f"<main><h1>Garden tools</h1><p>Spades, rakes and hoses for every garden.</p>{extra}</main>"
            f"<footer><p>Generated 2025-01-01 12:{n % 60:02d}:{n % 7:02d} (request {n})</p></footer>"
            "</body></html>"
        )

    async def handle(self, request: web.Request) -> web.StreamResponse:
        host = request.host.split(":")[0]
        agent, referer = request.headers.get("User-Agent", ""), request.headers.get("Referer", "")
        self.seen.append((host, agent, referer))
        if host == "bet-landing.test":
            landing = "<html><body><h1>Bonus 500%</h1>casino</body></html>"
            return web.Response(text=landing, content_type="text/html")
        if host == "hijack.test" and "google." in referer and "/search" in referer:
            raise web.HTTPFound(f"http://bet-landing.test:{self.port}/landing")
        extra = SPAM_LINKS if host == "spam.test" and "Googlebot" in agent else ""
        return web.Response(text=self.page(host, extra), content_type="text/html")

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", self.handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = self.runner.addresses[0][1]

    async def close(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()




@pytest.fixture
async def sites() -> AsyncIterator[Sites]:
    server = Sites()
    await server.start()
    yield server
    await server.close()


async def check_live(sites: Sites, settings: Settings, host: str) -> CheckContext:
    """Three known-good captures, then one live check with cloaking on (as runtime wires it)."""
    resolver = StaticResolver({h: ["127.0.0.1"] for h in HOSTS})
    policy = UrlPolicy([f"127.0.0.1/32:{sites.port}"], resolver=resolver)
    fetcher = HttpFetcher.from_settings(settings, policy=policy)
    archive = MemoryArchive()
    clock = Clock()
    services = Services(
        fetcher,
        archive,
        DetectionEngine.from_settings(settings),
        DirectSink(MemoryNotifier()),
        confirm_refetch=False,
        clock=clock,
        cloaking=settings.cloaking_enabled,
        cloaking_plan=CloakingPlan.from_settings(settings),
    )
    try:
        target = await archive.add_target(Target(url=f"http://{host}:{sites.port}/"))
        for _ in range(3):
            await Pipeline().run(target, services, known_good=True)
        await Pipeline().run(target, services)  # schedules the first comparison within one interval
        clock.now += settings.cloaking_interval_hours * 3600
        return await Pipeline().run(target, services)
    finally:
        await fetcher.aclose()
        await archive.aclose()


async def test_http_fetcher_sends_the_requested_user_agent_and_referer(
    sites: Sites, settings: Settings
) -> None:
    policy = UrlPolicy([f"127.0.0.1/32:{sites.port}"], resolver=StaticResolver({"clock.test": ["127.0.0.1"]}))
    fetcher = HttpFetcher.from_settings(settings, policy=policy)
    try:
        url = f"http://clock.test:{sites.port}/"
        search = "https://www.google.com/search?q=x"
        await fetcher.fetch(FetchRequest(url, user_agent="Googlebot/2.1", referer=search))
        await fetcher.fetch(FetchRequest(url))
    finally:
        await fetcher.aclose()
    assert sites.seen[0] == ("clock.test", "Googlebot/2.1", "https://www.google.com/search?q=x")
    assert sites.seen[1] == ("clock.test", settings.user_agent, "")


async def test_links_served_only_to_googlebot_are_caught_with_a_clear_reason(
    sites: Sites, settings: Settings
) -> None:
    ctx = await check_live(sites, settings, "spam.test")
    assert ctx.verdict is not None and ctx.verdict.status is Status.DEFACED
    reason = next(r for r in ctx.verdict.reasons if r.startswith("search crawlers (Googlebot)"))
    assert "are served 36 links to 12 domains that visitors do not see" in reason
    assert not any(r.startswith("search crawlers (Baiduspider)") for r in ctx.verdict.reasons)


async def test_a_redirect_only_for_search_referred_visitors_is_caught(
    sites: Sites, settings: Settings
) -> None:
    ctx = await check_live(sites, settings, "hijack.test")
    assert ctx.verdict is not None and ctx.verdict.status is Status.DEFACED
    reason = next(r for r in ctx.verdict.reasons if r.startswith("a visitor arriving from a search engine"))
    assert "a redirect to another domain: bet-landing.test" in reason
    assert any(host == "bet-landing.test" for host, _, _ in sites.seen)


async def test_an_honest_site_whose_timestamps_change_is_clean(sites: Sites, settings: Settings) -> None:
    ctx = await check_live(sites, settings, "clock.test")
    assert ctx.verdict is not None and ctx.verdict.status is Status.CLEAN
    assert {agent for host, agent, _ in sites.seen if "bot" in agent.lower()}, "crawler views were fetched"
    assert "cloaking" in ctx.timings
