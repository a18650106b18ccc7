"""Archived HTML rendered as a claimant's browser would have shown it: Chromium, no network, no JS.

The document is served from the capture itself (the browser's only request that is answered);
every other request (style sheets, images, fonts, frames) is refused, so nothing leaves the
machine and the page looks as an archive without sub-resources shows it. Each capture is rendered
full page (up to ``max_height_css`` CSS pixels) at each of ``VIEWPORTS``: the desktop sizes and
the phone (mobile layout, pages without a viewport tag zoomed out) that posted screenshots use.

``Renderer`` is the interface; ``ChromiumRenderer`` the real one (the render tier's BrowserPool);
``FunctionRenderer`` the twin for tests.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from tamperwatch.verify.evidence import ArchivedCapture

if TYPE_CHECKING:
    from playwright.async_api import Browser, Route

    from tamperwatch.capture.browser_pool import BrowserPool
    from tamperwatch.settings import Settings


@dataclass(frozen=True, slots=True)
class Viewport:
    name: str
    width: int
    height: int
    scale: float = 1.0  # device pixels per CSS pixel of the render
    mobile: bool = False


VIEWPORTS = (
    Viewport("desktop-1366", 1366, 768),
    Viewport("desktop-1920", 1920, 1080),
    Viewport("desktop-1280", 1280, 800),
    Viewport("phone-390", 390, 844, scale=2.0, mobile=True),
)
MAX_HEIGHT_CSS = 12000  # tallest part of a page rendered (CSS px); screenshots may be scrolled far down
RENDER_DEADLINE_S = 30.0  # one capture at one viewport


@dataclass(frozen=True, slots=True)
class Render:
    """One capture rendered at one viewport: a PNG, ``png`` empty with ``error`` when it failed."""

    capture: ArchivedCapture
    viewport: Viewport
    png: bytes
    error: str = ""


class Renderer(Protocol):
    async def render(
        self, capture: ArchivedCapture, viewports: Sequence[Viewport] = VIEWPORTS
    ) -> list[Render]: ...

    async def aclose(self) -> None: ...


class FunctionRenderer:
    """The twin: ``draw(capture, viewport) -> PNG bytes``."""

    def __init__(self, draw: Callable[[ArchivedCapture, Viewport], bytes]) -> None:
        self._draw = draw

    async def render(
        self, capture: ArchivedCapture, viewports: Sequence[Viewport] = VIEWPORTS
    ) -> list[Render]:
        return [Render(capture, v, self._draw(capture, v)) for v in viewports]

    async def aclose(self) -> None:
        return None


class ChromiumRenderer:
    """Renders archived HTML in the render tier's long-lived Chromium; create once, ``aclose``."""

    def __init__(
        self, pool: BrowserPool, max_height_css: int = MAX_HEIGHT_CSS, deadline_s: float = RENDER_DEADLINE_S
    ):
        self.pool = pool
        self.max_height_css = max_height_css
        self.deadline_s = deadline_s

    @classmethod
    def from_settings(cls, settings: Settings) -> ChromiumRenderer:
        from tamperwatch.capture.browser_launch import LaunchSpec
        from tamperwatch.capture.browser_pool import BrowserPool
        from tamperwatch.capture.renderer import why_no_renderer
        from tamperwatch.errors import ConfigError

        reason = why_no_renderer(settings)
        if reason:
            raise ConfigError(f"claim verification renders archived pages, but {reason}")
        pool = BrowserPool(
            LaunchSpec(settings.chromium_path),
            recycle_checks=settings.render_recycle_checks,
            memory_ceiling_bytes=settings.render_memory_ceiling_mb * 1024 * 1024,
        )
        return cls(pool, deadline_s=settings.render_deadline_s)

    async def render(
        self, capture: ArchivedCapture, viewports: Sequence[Viewport] = VIEWPORTS
    ) -> list[Render]:
        out = []
        for viewport in viewports:
            try:
                async with asyncio.timeout(self.deadline_s), self.pool.browser() as browser:
                    png = await self._one(browser, capture, viewport)
                out.append(Render(capture, viewport, png))
            except Exception as exc:  # a page that will not render is one failed render, not a crash
                message = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
                out.append(Render(capture, viewport, b"", error=f"render failed: {message}"))
        return out

    async def _one(self, browser: Browser, capture: ArchivedCapture, viewport: Viewport) -> bytes:
        context = await browser.new_context(
            viewport={"width": viewport.width, "height": viewport.height},
            device_scale_factor=viewport.scale,
            is_mobile=viewport.mobile,
            has_touch=viewport.mobile,
            java_script_enabled=False,
            service_workers="block",
            accept_downloads=False,
            offline=False,
        )
        try:
            document_url = capture.url

            async def serve(route: Route) -> None:
                if route.request.url == document_url and route.request.resource_type == "document":
                    await route.fulfill(
                        status=200, headers={"content-type": capture.content_type}, body=capture.html
                    )
                else:
                    await route.abort("blockedbyclient")

            await context.route("**/*", serve)
            page = await context.new_page()
            await page.goto(document_url, wait_until="load", timeout=self.deadline_s * 1000)
            height = await page.evaluate(
                "() => Math.max(document.documentElement ? document.documentElement.scrollHeight : 0,"
                " document.body ? document.body.scrollHeight : 0)"
            )
            clip_h = max(viewport.height, min(int(height or 0), self.max_height_css))
            clip = {"x": 0, "y": 0, "width": viewport.width, "height": clip_h}
            return await page.screenshot(type="png", full_page=True, clip=clip, caret="hide")  # type: ignore[arg-type]
        finally:
            await context.close()

    async def aclose(self) -> None:
        await self.pool.aclose()
