"""Visual detection in real Chromium: a CSS-only overlay and a JavaScript-only defacement are caught,
a banner carousel that rotates on every load is not."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

pytest.importorskip("playwright")

from support.browser_pages import BANNERS, OVERLAY_CSS, SITE_CSS, PageServer, styled_page

from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.browser import BrowserFetcher, Viewport
from tamperwatch.capture.browser_launch import LaunchSpec
from tamperwatch.capture.browser_pool import BrowserPool
from tamperwatch.detect.page import Page
from tamperwatch.detect.verdict import combine
from tamperwatch.detect.visual import VisualDetector
from tamperwatch.models import Capture, Finding, RenderPolicy, Status
from tamperwatch.pipeline.render_stage import merge
from tamperwatch.policy import UrlPolicy

pytestmark = pytest.mark.asyncio(loop_scope="module")
LEARN = 3


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def fetcher(pages: PageServer) -> AsyncIterator[BrowserFetcher]:
    pool = BrowserPool(LaunchSpec(), recycle_checks=1000)
    browser_fetcher = BrowserFetcher(
        UrlPolicy([f"127.0.0.1/32:{pages.port}"]), pool, deadline_s=15, viewport=Viewport(1024, 700)
    )
    yield browser_fetcher
    await browser_fetcher.aclose()


async def _served_and_rendered(fetcher: BrowserFetcher, pages: PageServer, path: str) -> Capture:
    """The capture the render stage gives the detectors for an 'on-change'/'periodic' target."""
    rendered = await fetcher.fetch(FetchRequest(pages.url(path)))
    assert rendered.ok, rendered.error
    served = Capture(
        url=rendered.url,
        fetched_at=rendered.fetched_at,
        status=200,
        headers=(("content-type", "text/html; charset=utf-8"),),
        body=pages.pages[path].encode(),
    )
    return merge(served, rendered, RenderPolicy.PERIODIC)


async def _learned(fetcher: BrowserFetcher, pages: PageServer, path: str) -> dict[str, object]:
    detector, part = VisualDetector(), {}
    for _ in range(LEARN):
        detector.learn_trusted(part, Page(await _served_and_rendered(fetcher, pages, path)))
    return part


async def _findings(
    fetcher: BrowserFetcher, pages: PageServer, path: str, part: dict[str, object]
) -> list[Finding]:
    return VisualDetector().detect(part, Page(await _served_and_rendered(fetcher, pages, path)))


async def test_a_css_only_overlay_is_detected(fetcher: BrowserFetcher, pages: PageServer) -> None:
    pages.pages["/overlay"] = styled_page("")
    pages.pages["/site.css"] = SITE_CSS
    part = await _learned(fetcher, pages, "/overlay")
    assert await _findings(fetcher, pages, "/overlay", part) == []
    pages.pages["/site.css"] = OVERLAY_CSS  # the served HTML stays byte for byte the same
    findings = await _findings(fetcher, pages, "/overlay", part)
    verdict = combine(findings)
    assert verdict.status is Status.DEFACED, verdict.reasons
    assert any("imagery" in f.reason for f in findings)
    assert any("visual change" in f.reason and not f.content for f in findings)
    pages.pages["/site.css"] = SITE_CSS


async def test_a_javascript_only_defacement_is_detected(fetcher: BrowserFetcher, pages: PageServer) -> None:
    pages.pages["/js-only"] = styled_page("<script src='/app.js'></script>")
    pages.pages["/site.css"] = SITE_CSS
    pages.pages["/app.js"] = "document.title = 'Acme';"
    part = await _learned(fetcher, pages, "/js-only")
    pages.pages["/app.js"] = (
        "addEventListener('DOMContentLoaded', () => "
        "{ document.querySelector('main').innerHTML = '<h2>Hacked by Team Xyz</h2>'; });"
    )
    findings = await _findings(fetcher, pages, "/js-only", part)
    verdict = combine(findings)
    assert verdict.status is Status.DEFACED, verdict.reasons
    assert any("Hacked by Team Xyz" in f.reason for f in findings)


async def test_a_banner_carousel_rotating_on_every_load_is_not_flagged(
    fetcher: BrowserFetcher, pages: PageServer
) -> None:
    pages.pages["/site.css"] = SITE_CSS
    rotation = itertools.cycle(BANNERS)
    pages.pages["/carousel"] = styled_page(next(rotation))
    detector, part = VisualDetector(), {}
    for _ in range(LEARN):
        detector.learn_trusted(part, Page(await _served_and_rendered(fetcher, pages, "/carousel")))
        pages.pages["/carousel"] = styled_page(next(rotation))
    for _ in range(len(BANNERS)):
        findings = await _findings(fetcher, pages, "/carousel", part)
        assert combine(findings).status is Status.CLEAN, [f.reason for f in findings]
        pages.pages["/carousel"] = styled_page(next(rotation))


async def test_a_flag_banner_injected_by_javascript_is_defacement_imagery(
    fetcher: BrowserFetcher, pages: PageServer
) -> None:
    pages.pages["/flagged"] = styled_page("<script src='/flag.js'></script>")
    pages.pages["/site.css"] = SITE_CSS
    pages.pages["/flag.js"] = "document.title = 'Acme';"
    part = await _learned(fetcher, pages, "/flagged")
    pages.pages["/flag.js"] = (  # three even colour bands over the middle of the page
        "addEventListener('DOMContentLoaded', () => { const d = document.createElement('div');"
        "d.style.cssText = 'position:fixed;left:12%;top:15%;width:76%;height:70%;z-index:9999;"
        "background:linear-gradient(#007a3d 0 33.3%, #fff 33.3% 66.6%, #ce1126 66.6% 100%)';"
        "document.body.appendChild(d); });"
    )
    findings = await _findings(fetcher, pages, "/flagged", part)
    flags = [f for f in findings if "flag-like banner" in f.reason]
    assert flags and flags[0].content, [f.reason for f in findings]
    assert combine(findings).status is Status.SUSPICIOUS  # a hint alone; other content evidence decides
