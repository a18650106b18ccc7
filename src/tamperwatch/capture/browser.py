"""BrowserFetcher: the render tier's Fetcher. Loads a page in headless Chromium, under a deadline.

Each check gets a fresh browser context in the worker's long-lived browser (``BrowserPool``); every
request passes the URL policy (``RequestGuard``). The Capture holds what the visitor saw:
``screenshot`` (viewport PNG), ``dom`` (the rendered HTML, capped), ``body`` (the same rendered HTML
as UTF-8, so the HTML detectors analyse it; the served document's hash is in ``render.resources``),
``status``/``headers`` of the main document, and ``render`` (sub-resources with origin and content
hash, blocked requests, console errors, dialogs, popups; a full-page PNG capped in height when
asked for evidence). Failures never raise: a refused URL, a crashed browser or a passed deadline
come back as a Capture with ``error`` and ``error_kind`` (policy, timeout, browser).
"""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from playwright.async_api import Browser, BrowserContext, Page
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeoutError

from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.browser_guard import RequestGuard
from tamperwatch.capture.browser_launch import LaunchSpec
from tamperwatch.capture.browser_pool import BrowserPool
from tamperwatch.capture.browser_watch import PageWatch, origin_of
from tamperwatch.capture.errors import FetchError, FetchErrorKind, PolicyError
from tamperwatch.capture.policy_proxy import PolicyProxy
from tamperwatch.models import Capture, RenderReport
from tamperwatch.policy import UrlPolicy

if TYPE_CHECKING:
    from tamperwatch.settings import Settings

BROWSER_ERROR = "browser"
CONTEXT_CLOSE_TIMEOUT_S = 5.0
_DOM_JS = (
    "cap => { const h = document.documentElement ? document.documentElement.outerHTML : ''; "
    "return h.length > cap ? h.slice(0, cap) : h; }"
)
_HEIGHT_JS = (
    "() => Math.max(document.documentElement ? document.documentElement.scrollHeight : 0, "
    "document.body ? document.body.scrollHeight : 0)"
)


@dataclass(frozen=True, slots=True)
class Viewport:
    width: int = 1280
    height: int = 800


class BrowserFetcher:
    """Create once per worker, share, ``await aclose()`` at the end."""

    def __init__(
        self,
        policy: UrlPolicy,
        pool: BrowserPool,
        *,
        deadline_s: float = 30.0,
        viewport: Viewport = Viewport(),
        max_dom_chars: int = 10 * 1024 * 1024,
        full_page_max_px: int = 16000,
        user_agent: str = "",
    ) -> None:
        self.policy = policy
        self.pool = pool
        self.deadline_s = deadline_s
        self.viewport = viewport
        self.max_dom_chars = max_dom_chars
        self.full_page_max_px = full_page_max_px
        self.user_agent = user_agent

    @classmethod
    def from_settings(cls, settings: Settings, policy: UrlPolicy | None = None) -> BrowserFetcher:
        pool = BrowserPool(
            LaunchSpec(settings.chromium_path),
            recycle_checks=settings.render_recycle_checks,
            memory_ceiling_bytes=settings.render_memory_ceiling_mb * 1024 * 1024,
        )
        return cls(
            policy if policy is not None else UrlPolicy.from_settings(settings),
            pool,
            deadline_s=settings.render_deadline_s,
            viewport=Viewport(settings.render_viewport_width, settings.render_viewport_height),
            max_dom_chars=settings.max_body_bytes,
            full_page_max_px=settings.render_full_page_max_px,
            user_agent=settings.user_agent,
        )

    async def fetch(self, request: FetchRequest) -> Capture:
        return await self.render(request)

    async def render(self, request: FetchRequest, full_page: bool = False) -> Capture:
        """Render ``request.url``; ``full_page`` adds a full-page PNG (evidence, escalation)."""
        fetched_at, t0 = datetime.now(UTC), time.perf_counter()
        guard = RequestGuard(
            self.policy, first_party=origin_of(request.url), first_party_headers=dict(request.headers)
        )
        watch = PageWatch()
        try:
            await self.policy.check(request.url)
            async with asyncio.timeout(self.deadline_s):
                capture = await self._render(request, full_page, guard, watch, fetched_at)
        except TimeoutError:
            capture = _failed(
                request,
                fetched_at,
                f"render deadline of {self.deadline_s:g}s passed",
                FetchErrorKind.TIMEOUT,
                guard,
                watch,
            )
        except FetchError as exc:
            capture = _failed(request, fetched_at, exc.message, exc.kind, guard, watch)
        except PlaywrightTimeoutError as exc:  # a step ran out of its share of the deadline
            message = f"render timed out: {_first_line(exc)}"
            capture = _failed(request, fetched_at, message, FetchErrorKind.TIMEOUT, guard, watch)
        except PlaywrightError as exc:
            message = f"browser: {_first_line(exc)}"
            capture = _failed(request, fetched_at, message, BROWSER_ERROR, guard, watch)
        finally:
            watch.cancel()
        timings = dict(capture.timings, fetch=time.perf_counter() - t0)
        return _with_timings(capture, timings)

    async def _render(
        self,
        request: FetchRequest,
        full_page: bool,
        guard: RequestGuard,
        watch: PageWatch,
        fetched_at: datetime,
    ) -> Capture:
        proxy = PolicyProxy(self.policy, guard.record)
        proxy_url = await proxy.start()
        try:
            async with self.pool.browser() as browser:
                context = await self._new_context(browser, request, proxy_url)
                try:
                    return await self._load(context, request, full_page, guard, watch, fetched_at)
                finally:
                    await self._close_context(browser, context)
        finally:
            await proxy.aclose()

    async def _new_context(self, browser: Browser, request: FetchRequest, proxy_url: str) -> BrowserContext:
        return await browser.new_context(
            viewport={"width": self.viewport.width, "height": self.viewport.height},
            user_agent=request.user_agent or self.user_agent or None,
            service_workers="block",
            proxy={"server": proxy_url, "bypass": ""},
            accept_downloads=False,
        )

    async def _close_context(self, browser: Browser, context: BrowserContext) -> None:
        try:
            await asyncio.shield(asyncio.wait_for(context.close(), CONTEXT_CLOSE_TIMEOUT_S))
        except Exception:  # a context that will not close takes its browser with it
            await self.pool.discard(browser)

    async def _load(
        self,
        context: BrowserContext,
        request: FetchRequest,
        full_page: bool,
        guard: RequestGuard,
        watch: PageWatch,
        fetched_at: datetime,
    ) -> Capture:
        await context.route("**/*", guard.handle)
        await context.route_web_socket(re.compile(".*"), guard.handle_websocket)
        page = await context.new_page()
        context.on("page", watch.on_popup)
        watch.attach(page)
        notes: list[str] = []
        ms = self.deadline_s * 1000
        response = None
        try:
            response = await page.goto(
                request.url, wait_until="load", timeout=ms * 0.5, referer=request.referer or None
            )
        except PlaywrightTimeoutError:
            notes.append(f"load did not finish within {self.deadline_s * 0.5:g}s")
        except PlaywrightError as exc:
            why = guard.refusal_of(request.url) or next((w for _, w in guard.blocked), "")
            if "ERR_BLOCKED_BY_CLIENT" in str(exc) and why:
                raise PolicyError(why) from exc
            raise
        if response is not None and guard.refusal_of(response.url):
            raise PolicyError(guard.refusal_of(response.url))
        screenshot = await page.screenshot(type="png", timeout=ms * 0.3, caret="hide")
        dom = str(await page.evaluate(_DOM_JS, self.max_dom_chars))
        if len(dom) >= self.max_dom_chars:
            notes.append(f"rendered DOM cut at {self.max_dom_chars} characters")
        full = await self._full_page(page) if full_page else b""
        report = RenderReport(
            resources=await watch.resources(),
            blocked=tuple(guard.blocked),
            console_errors=tuple(watch.console_errors),
            dialogs=watch.dialogs,
            popups=watch.popups,
            full_page=full,
            notes=tuple(notes),
        )
        headers = tuple((k, v) for k, v in (await response.all_headers()).items()) if response else ()
        headers = tuple((k, v) for k, v in headers if k.lower() != "content-type")
        return Capture(
            url=request.url,
            fetched_at=fetched_at,
            final_url=page.url,
            status=response.status if response else 0,
            headers=(*headers, ("content-type", "text/html; charset=utf-8")),
            body=dom.encode("utf-8", "replace"),
            screenshot=screenshot,
            dom=dom,
            render=report,
        )

    async def _full_page(self, page: Page) -> bytes:
        height = min(int(await page.evaluate(_HEIGHT_JS) or 0), self.full_page_max_px)
        clip = {"x": 0, "y": 0, "width": self.viewport.width, "height": max(height, 1)}
        return await page.screenshot(type="png", full_page=True, clip=clip)  # type: ignore[arg-type]

    async def aclose(self) -> None:
        await self.pool.aclose()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else exc.__class__.__name__


def _failed(
    request: FetchRequest,
    fetched_at: datetime,
    message: str,
    kind: str,
    guard: RequestGuard,
    watch: PageWatch,
) -> Capture:
    report = RenderReport(
        blocked=tuple(guard.blocked),
        console_errors=tuple(watch.console_errors),
        dialogs=watch.dialogs,
        popups=watch.popups,
    )
    return Capture(url=request.url, fetched_at=fetched_at, error=message, error_kind=str(kind), render=report)


def _with_timings(capture: Capture, timings: dict[str, float]) -> Capture:
    return replace(capture, timings=timings)
