"""Runtime: wires the live services (archive, HTTP fetcher, engine, notifiers) from Settings."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when used: `list` and the incident commands need only the archive
    from tamperwatch.archive.sql import SqlArchive
    from tamperwatch.notify.dispatch import NotificationDispatcher
    from tamperwatch.pipeline.services import Services
    from tamperwatch.schedule.scheduler import Scheduler
    from tamperwatch.settings import Settings


@dataclass
class Runtime:
    settings: Settings
    archive: SqlArchive
    services: Services
    dispatcher: NotificationDispatcher
    scheduler: Scheduler


@contextmanager
def heavy_imports() -> Iterator[None]:
    """Import the database layer, the fetcher and the detectors the cheap way (see cli/entry.py):
    the cyclic collector off while they import (hundreds of thousands of objects, none garbage),
    then frozen so later collections skip them; aiohttp's import-time TLS contexts trust the CA
    folder lazily (capture/lazy_trust.py). The CLI imports them only in the commands that need them."""
    from tamperwatch.capture.lazy_trust import ca_folder_only

    collecting = gc.isenabled()
    gc.disable()
    try:
        with ca_folder_only():
            yield
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


@asynccontextmanager
async def open_archive(settings: Settings) -> AsyncIterator[SqlArchive]:
    """The archive alone (for listing and incident commands); closed on exit."""
    with heavy_imports():
        from tamperwatch.archive.sql import SqlArchive

    archive = await SqlArchive.from_settings(settings).open()
    try:
        yield archive
    finally:
        await archive.aclose()


@asynccontextmanager
async def open_runtime(settings: Settings, keep_pages: bool = True) -> AsyncIterator[Runtime]:
    """Everything a check needs; notifications are drained and connections closed on exit.

    ``keep_pages``: keep each target's last screened page for its next check
    (``pipeline.recent_pages``); a process that checks each target once (``run --once``, a
    one-off ``check``) never reuses one, so it keeps none."""
    with heavy_imports():
        from tamperwatch.capture.http import HttpFetcher
        from tamperwatch.capture.renderer import renderer_from_settings
        from tamperwatch.detect.delta import DeltaGate
        from tamperwatch.detect.engine import DetectionEngine
        from tamperwatch.notify.dispatch import NotificationDispatcher
        from tamperwatch.pipeline.check import Pipeline
        from tamperwatch.pipeline.cloaking_plan import CloakingPlan
        from tamperwatch.pipeline.recent_pages import RECENT_PAGES_BYTES, RecentPages
        from tamperwatch.pipeline.services import Services
        from tamperwatch.policy import UrlPolicy
        from tamperwatch.schedule.limits import HostLimiter
        from tamperwatch.schedule.scheduler import Scheduler

    async with open_archive(settings) as archive:
        policy = UrlPolicy.from_settings(settings)
        fetcher = HttpFetcher.from_settings(settings, policy=policy)
        renderer = renderer_from_settings(settings, policy)  # the browser itself starts on first use
        dispatcher = NotificationDispatcher.from_settings(settings)
        services = Services(
            fetcher=fetcher,
            archive=archive,
            engine=DetectionEngine.from_settings(settings),
            events=dispatcher,
            confirm_refetch=settings.confirm_refetch,
            gap_failures=settings.gap_failures,
            auto_accept_after=settings.auto_accept_after,
            delta_gate=DeltaGate.from_settings(settings),
            delta_learn_every=settings.delta_learn_every,
            jitter_fraction=settings.jitter_fraction,
            renderer=renderer,
            render_interval_s=settings.render_interval_s,
            cloaking=settings.cloaking_enabled,
            cloaking_plan=CloakingPlan.from_settings(settings),
            recent_pages=RecentPages(RECENT_PAGES_BYTES if keep_pages else 0),
        )
        limiter = HostLimiter(settings.max_concurrency, settings.per_host_concurrency)
        scheduler = Scheduler(Pipeline(), services, limiter, jitter_fraction=settings.jitter_fraction)
        try:
            yield Runtime(settings, archive, services, dispatcher, scheduler)
        finally:
            await dispatcher.aclose()
            await fetcher.aclose()
            if renderer is not None:
                await renderer.aclose()
