"""The contract fixture: every archive test in test_contract runs against each implementation."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tamperwatch.archive.base import Archive
from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.settings import Settings

IMPLEMENTATIONS = ["memory", "sql"]


@pytest.fixture(params=IMPLEMENTATIONS)
async def archive(request: pytest.FixtureRequest, settings: Settings) -> AsyncIterator[Archive]:
    if request.param == "memory":
        impl: Archive = MemoryArchive()
    else:
        from tamperwatch.archive.sql import SqlArchive

        impl = await SqlArchive.from_settings(settings).open()
    try:
        yield impl
    finally:
        await impl.aclose()
