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

from tamperwatch.capture.base import Fetcher
from tamperwatch.policy import UrlPolicy

if TYPE_CHECKING:
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


def renderer_from_settings(settings: Settings, policy: UrlPolicy) -> Fetcher | None:
    """A BrowserFetcher sharing ``policy`` with the HTTP tier, or None (logged) when rendering is off."""
    reason = why_no_renderer(settings)
    if reason:
        log.info("render tier off: %s; targets are checked over HTTP only", reason)
        return None
    from tamperwatch.capture.browser import BrowserFetcher

    return BrowserFetcher.from_settings(settings, policy=policy)
