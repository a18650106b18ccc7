"""The render tier's fetcher, when this installation can render: Chromium present and enabled.

Kept apart from ``browser.py`` so importing tamperwatch never needs Playwright: without it, or
without Chromium at ``chromium_path``, or with ``render_enabled`` off, there is no renderer and every
target is checked by the HTTP tier alone (render policies are then ignored, with one warning).
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from tamperwatch.capture.base import Fetcher, FetchRequest
from tamperwatch.models import Capture
from tamperwatch.policy import UrlPolicy

if TYPE_CHECKING:
    from tamperwatch.capture.browser import BrowserFetcher
    from tamperwatch.settings import Settings

log = logging.getLogger(__name__)


def why_no_renderer(settings: Settings) -> str:
    """Why this installation cannot render ('' when it can)."""
    if not settings.render_enabled:
        return "rendering is disabled (render_enabled)"
    if not Path(settings.chromium_path).is_file():
        return f"no Chromium at {settings.chromium_path} (apt-get install chromium)"
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is not installed"
    return ""


class LazyRenderer:
    """A BrowserFetcher made on first use: Playwright is not even imported by a run that renders nothing."""

    def __init__(self, settings: Settings, policy: UrlPolicy) -> None:
        self._settings = settings
        self._policy = policy
        self._fetcher: BrowserFetcher | None = None

    def _browser(self) -> BrowserFetcher:
        if self._fetcher is None:
            from tamperwatch.capture.browser import BrowserFetcher

            self._fetcher = BrowserFetcher.from_settings(self._settings, policy=self._policy)
        return self._fetcher

    async def fetch(self, request: FetchRequest) -> Capture:
        return await self._browser().fetch(request)

    async def render(self, request: FetchRequest, full_page: bool = False) -> Capture:
        return await self._browser().render(request, full_page=full_page)

    async def aclose(self) -> None:
        if self._fetcher is not None:
            await self._fetcher.aclose()


def renderer_from_settings(settings: Settings, policy: UrlPolicy) -> Fetcher | None:
    """A (lazily started) BrowserFetcher sharing ``policy`` with the HTTP tier, or None (logged)."""
    reason = why_no_renderer(settings)
    if reason:
        log.info("render tier off: %s; targets are checked over HTTP only", reason)
        return None
    return LazyRenderer(settings, policy)
