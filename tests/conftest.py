"""Shared fixtures. Tests wait on events, never on sleeps."""

from __future__ import annotations

from pathlib import Path

import pytest

from tamperwatch.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings isolated in a temporary data folder, with no environment or .env influence."""
    return Settings(_env_file=None, data_dir=tmp_path / "data")  # type: ignore[call-arg]


@pytest.fixture(autouse=True)
def _http_only_unless_a_test_renders(monkeypatch: pytest.MonkeyPatch) -> None:
    """New targets render 'periodic' by default; only the browser tests (their own BrowserFetcher)
    start Chromium. Subprocesses built from os.environ inherit this too."""
    monkeypatch.setenv("TAMPERWATCH_RENDER_ENABLED", "false")
