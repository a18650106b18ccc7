"""The render tier inside a check: a JavaScript-only defacement (served HTML unchanged) is caught with
the default render policy ('periodic') within one render interval, with the HTTP tier and Chromium
on local pages; time is the pipeline's clock, driven by the test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

pytest.importorskip("playwright")

from support.browser_pages import SITE_CSS, PageServer, styled_page
from support.clock import ManualClock as Clock

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.capture.browser import BrowserFetcher
from tamperwatch.capture.http import HttpFetcher
from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.visual import VisualDetector
from tamperwatch.models import IncidentKind, RenderPolicy, Status, Target
from tamperwatch.notify.base import MemoryNotifier
from tamperwatch.pipeline import render_stage
from tamperwatch.pipeline.check import Pipeline
from tamperwatch.pipeline.services import DirectSink, Services
from tamperwatch.policy import UrlPolicy
from tamperwatch.settings import Settings

pytestmark = pytest.mark.asyncio(loop_scope="module")
INTERVAL = 600.0  # a short render interval: time is the services' clock, moved by the test


@pytest_asyncio.fixture(loop_scope="module")
async def services(pages: PageServer) -> AsyncIterator[tuple[Services, Clock]]:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, url_allowlist=[f"127.0.0.1/32:{pages.port}"], render_deadline_s=15.0
    )
    policy = UrlPolicy.from_settings(settings)
    engine = DetectionEngine.from_settings(settings)
    engine.detectors.append(VisualDetector())
    clock = Clock()
    svc = Services(
        HttpFetcher.from_settings(settings, policy=policy),
        MemoryArchive(),
        engine,
        DirectSink(MemoryNotifier()),
        confirm_refetch=False,
        clock=clock,
        renderer=BrowserFetcher.from_settings(settings, policy=policy),
        render_interval_s=INTERVAL,
    )
    yield svc, clock
    await svc.fetcher.aclose()
    assert svc.renderer is not None
    await svc.renderer.aclose()


async def test_javascript_only_defacement_is_caught_within_one_render_interval(
    services: tuple[Services, Clock], pages: PageServer
) -> None:
    svc, clock = services
    pages.pages["/site.css"] = SITE_CSS
    pages.pages["/shop.js"] = "window.shop = 1;"
    pages.pages["/shop"] = styled_page("<script src='/shop.js'></script>")
    target = await svc.archive.add_target(Target(pages.url("/shop")))  # the default render policy
    pipeline = Pipeline()
    for _ in range(svc.engine.learn_captures):
        ctx = await pipeline.run(target, svc)
        assert ctx.capture is not None and ctx.capture.screenshot  # the baseline learns renders
        clock.now += 60
    quiet = await pipeline.run(target, svc)
    assert quiet.verdict is not None and quiet.verdict.status is Status.CLEAN
    assert "render" not in quiet.timings  # raw HTML unchanged, interval not over: no Chromium

    pages.pages["/shop.js"] = (
        "addEventListener('DOMContentLoaded', () => "
        "{ document.querySelector('main').innerHTML = '<h2>Hacked by Team Xyz</h2>'; });"
    )
    served_before = pages.counts["/shop.js"]
    clock.now += INTERVAL / 2
    await pipeline.run(target, svc)
    assert pages.counts["/shop.js"] == served_before  # within the interval: not rendered yet

    clock.now += INTERVAL / 2  # the render interval has passed since the last render
    caught = await pipeline.run(target, svc)
    assert caught.verdict is not None
    assert caught.verdict.status is Status.DEFACED, caught.verdict.reasons
    assert any("Hacked by Team Xyz" in r for r in caught.verdict.reasons)
    assert await svc.archive.open_incident_for(target.id, IncidentKind.DEFACED) is not None
    again = await render_stage.recapture(caught, svc)  # what the confirming re-check sees
    assert again.screenshot and caught.profile is not None
    assert again.render is not None and again.render.full_page  # evidence: the whole page
    assert svc.engine.evaluate(caught.profile, again).status is Status.DEFACED


async def test_render_policy_never_keeps_chromium_out(
    services: tuple[Services, Clock], pages: PageServer
) -> None:
    svc, _ = services
    pages.pages["/plain"] = styled_page("")
    target = await svc.archive.add_target(Target(pages.url("/plain"), render_policy=RenderPolicy.NEVER))
    ctx = await Pipeline().run(target, svc)
    assert ctx.capture is not None and not ctx.capture.screenshot
    assert "render" not in ctx.timings
