"""Browser tests: real headless Chromium (Debian's /usr/bin/chromium) against local pages.

Skipped, with the reason, where Chromium or Playwright is missing. One browser serves a whole
module (``fetcher`` is module-scoped) to keep the tests fast.
"""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from support.browser_pages import PageServer

CHROMIUM = Path("/usr/bin/chromium")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    reason = ""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing (apt-get install chromium)"
    elif importlib.util.find_spec("playwright") is None:
        reason = "the playwright package is not installed"
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def pages() -> AsyncIterator[PageServer]:
    server = await PageServer().start()
    yield server
    await server.close()
