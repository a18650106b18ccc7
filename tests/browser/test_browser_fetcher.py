"""BrowserFetcher in real headless Chromium: what the visitor saw, the URL policy, hostile pages."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

pytest.importorskip("playwright")

from support.browser_pages import CLEAN, PageServer

from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.browser import BrowserFetcher, Viewport
from tamperwatch.capture.browser_launch import LaunchSpec
from tamperwatch.capture.browser_pool import BrowserPool
from tamperwatch.policy import UrlPolicy

pytestmark = pytest.mark.asyncio(loop_scope="module")
DEADLINE_S = 8.0
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def fetcher(pages: PageServer) -> AsyncIterator[BrowserFetcher]:
    policy = UrlPolicy([f"127.0.0.1/32:{pages.port}"])
    pool = BrowserPool(LaunchSpec(), recycle_checks=1000)
    browser_fetcher = BrowserFetcher(policy, pool, deadline_s=DEADLINE_S, viewport=Viewport(800, 600))
    yield browser_fetcher
    await browser_fetcher.aclose()


async def test_javascript_only_defacement_is_in_the_rendered_capture(
    fetcher: BrowserFetcher, pages: PageServer
) -> None:
    pages.pages["/js-deface"] = CLEAN + (
        "<script>document.body.innerHTML = '<h1>Hacked by Team Xyz</h1>';</script></body></html>"
    )
    capture = await fetcher.fetch(FetchRequest(pages.url("/js-deface")))
    assert capture.ok, capture.error
    assert "Hacked by Team Xyz" in capture.dom
    assert "Hacked by Team Xyz" in capture.text  # the HTML detectors see the rendered page
    assert "Welcome." not in capture.dom
    assert capture.screenshot.startswith(PNG_MAGIC)
    assert capture.status == 200
    assert capture.render is not None
    served = [r for r in capture.render.resources if r.kind == "document"]
    assert served and len(served[0].sha256) == 64


async def test_sub_resources_are_recorded_with_origin_and_content_hash(
    fetcher: BrowserFetcher, pages: PageServer
) -> None:
    pages.pages["/lib.js"] = "window.libLoaded = 1;"
    pages.pages["/with-script"] = CLEAN + "<script src='/lib.js'></script></body></html>"
    capture = await fetcher.fetch(FetchRequest(pages.url("/with-script")))
    assert capture.render is not None
    scripts = [r for r in capture.render.resources if r.kind == "script"]
    assert [r.url for r in scripts] == [pages.url("/lib.js")]
    assert scripts[0].origin == f"http://127.0.0.1:{pages.port}"
    import hashlib

    assert scripts[0].sha256 == hashlib.sha256(b"window.libLoaded = 1;").hexdigest()


async def test_requests_to_blocked_addresses_are_aborted_and_recorded(
    fetcher: BrowserFetcher, pages: PageServer
) -> None:
    other = await PageServer().start()  # loopback, but not at the allowlisted port
    try:
        pages.pages["/ssrf"] = CLEAN + (
            "<img src='http://10.0.0.1/x.png'><img src='http://169.254.169.254/latest/meta-data'>"
            f"<img src='{other.url('/probe.png')}'></body></html>"
        )
        capture = await fetcher.fetch(FetchRequest(pages.url("/ssrf")))
        assert capture.ok, capture.error
        assert capture.render is not None
        blocked = dict(capture.render.blocked)
        assert set(blocked) == {
            "http://10.0.0.1/x.png",
            "http://169.254.169.254/latest/meta-data",
            other.url("/probe.png"),
        }
        assert "private" in blocked["http://10.0.0.1/x.png"]
        assert other.counts["/probe.png"] == 0  # aborted before any connection
        assert not any("10.0.0.1" in r.url for r in capture.render.resources)
    finally:
        await other.close()


async def test_a_redirect_to_a_blocked_address_fails_as_a_policy_error(
    fetcher: BrowserFetcher, pages: PageServer
) -> None:
    other = await PageServer().start()  # loopback, but not at the allowlisted port
    try:
        pages.redirects["/to-metadata"] = "http://169.254.169.254/latest/meta-data"
        pages.redirects["/to-other"] = other.url("/ok")
        capture = await fetcher.fetch(FetchRequest(pages.url("/to-metadata")))
        assert capture.error_kind == "policy"
        assert "169.254.169.254" in capture.error
        hop = await fetcher.fetch(FetchRequest(pages.url("/to-other")))
        assert hop.error_kind == "policy"
        assert other.counts["/ok"] == 0  # the redirect hop was refused before any connection
    finally:
        await other.close()


async def test_a_blocked_start_url_never_starts_the_browser(pages: PageServer) -> None:
    pool = BrowserPool(LaunchSpec())
    lonely = BrowserFetcher(UrlPolicy(), pool, deadline_s=DEADLINE_S)
    capture = await lonely.fetch(FetchRequest(pages.url("/ok")))  # loopback without an allowlist
    await lonely.aclose()
    assert capture.error_kind == "policy"
    assert "loopback" in capture.error
    assert pool.launches == 0


async def test_dialogs_are_dismissed_and_popups_closed(fetcher: BrowserFetcher, pages: PageServer) -> None:
    pages.pages["/dialogs"] = CLEAN + (
        "<script>alert('a'); confirm('b'); window.open('/ok');</script><p>after</p></body></html>"
    )
    capture = await fetcher.fetch(FetchRequest(pages.url("/dialogs")))
    assert capture.ok, capture.error
    assert capture.render is not None
    assert capture.render.dialogs == 2
    assert "after" in capture.dom


async def test_full_page_evidence_is_capped_in_height(fetcher: BrowserFetcher, pages: PageServer) -> None:
    import io

    from PIL import Image

    capture = await fetcher.render(FetchRequest(pages.url("/hostile/tall")), full_page=True)
    assert capture.ok, capture.error
    assert capture.render is not None
    full = Image.open(io.BytesIO(capture.render.full_page))
    viewport = Image.open(io.BytesIO(capture.screenshot))
    assert viewport.size == (800, 600)
    assert full.size == (800, fetcher.full_page_max_px)


@pytest.mark.parametrize("path", ["/hostile/loop", "/hostile/alerts", "/hostile/nodes", "/hostile/popups"])
async def test_hostile_pages_end_within_the_deadline_and_the_browser_keeps_serving(
    fetcher: BrowserFetcher, pages: PageServer, path: str
) -> None:
    capture = await fetcher.fetch(FetchRequest(pages.url(path)))
    if capture.ok:  # a bounded capture of what could be rendered
        assert capture.screenshot.startswith(PNG_MAGIC)
        assert len(capture.dom) <= fetcher.max_dom_chars
    else:
        assert capture.error_kind in ("timeout", "browser")
    after = await fetcher.fetch(FetchRequest(pages.url("/ok")))
    assert after.ok, after.error
    assert "Welcome." in after.dom


async def test_the_targets_headers_go_to_its_own_origin_only(pages: PageServer) -> None:
    third_party = await PageServer().start()
    policy = UrlPolicy([f"127.0.0.1/32:{pages.port}", f"127.0.0.1/32:{third_party.port}"])
    fetcher = BrowserFetcher(policy, BrowserPool(LaunchSpec()), deadline_s=DEADLINE_S)
    try:
        third_party.pages["/pixel.js"] = "window.pixel = 1;"
        pages.pages["/private"] = (
            CLEAN + f"<script src='{third_party.url('/pixel.js')}'></script></body></html>"
        )
        request = FetchRequest(pages.url("/private"), headers=(("Authorization", "Bearer s3cret"),))
        capture = await fetcher.fetch(request)
        assert capture.ok, capture.error
        assert pages.headers_seen["/private"].get("Authorization") == "Bearer s3cret"
        assert third_party.counts["/pixel.js"] == 1
        assert "Authorization" not in third_party.headers_seen["/pixel.js"]
    finally:
        await fetcher.aclose()
        await third_party.close()
