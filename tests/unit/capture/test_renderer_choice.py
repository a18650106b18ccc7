"""Whether an installation renders: only with rendering enabled and Chromium present."""

from __future__ import annotations

from pathlib import Path

from tamperwatch.capture.renderer import renderer_from_settings, why_no_renderer
from tamperwatch.policy import UrlPolicy
from tamperwatch.settings import Settings


def test_no_renderer_without_chromium(settings: Settings, tmp_path: Path) -> None:
    missing = settings.model_copy(
        update={"chromium_path": str(tmp_path / "no-chromium"), "render_enabled": True}
    )
    assert "no Chromium" in why_no_renderer(missing)
    assert renderer_from_settings(missing, UrlPolicy()) is None


def test_no_renderer_when_disabled(settings: Settings) -> None:
    off = settings.model_copy(update={"render_enabled": False})
    assert "disabled" in why_no_renderer(off)
    assert renderer_from_settings(off, UrlPolicy()) is None
