"""serve_forever: scheduler, workers and the HTTP API in one process (embedded mode).

SIGTERM or SIGINT stops taking new checks, lets running ones finish, drains notifications
and closes the archive, then returns.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from datetime import UTC, datetime, timedelta

import uvicorn

from tamperwatch.aio import wait_event
from tamperwatch.api.app import create_app
from tamperwatch.api.metrics import Metrics
from tamperwatch.logs import configure_logging
from tamperwatch.models import IncidentKind, IncidentState
from tamperwatch.runtime import Runtime, open_runtime
from tamperwatch.settings import Settings

log = logging.getLogger(__name__)


async def _refresh_gauges(rt: Runtime, metrics: Metrics, stop: asyncio.Event, every_s: float = 15.0) -> None:
    while not stop.is_set():
        incidents = await rt.archive.list_incidents(IncidentState.OPEN)
        incidents += await rt.archive.list_incidents(IncidentState.ACKNOWLEDGED)
        for kind in IncidentKind:
            metrics.open_incidents.labels(kind.value).set(sum(1 for i in incidents if i.kind is kind))
        metrics.targets.set(len(await rt.archive.list_targets()))
        await wait_event(stop, every_s)


async def _retention(rt: Runtime, stop: asyncio.Event, every_s: float = 6 * 3600) -> None:
    """Prune capture bodies past ``blob_retention_days`` (never observations or incident evidence)."""
    days = rt.settings.blob_retention_days
    while days and not stop.is_set():
        pruned = await rt.archive.prune_blobs(datetime.now(UTC) - timedelta(days=days))
        if pruned:
            log.info("retention pruned %d capture bodies older than %d days", pruned, days)
        await wait_event(stop, every_s)


async def serve_forever(settings: Settings, with_api: bool = True) -> None:
    configure_logging(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with open_runtime(settings) as rt:
        metrics = Metrics()
        rt.scheduler.observers.append(metrics.observe)
        tasks = [
            asyncio.create_task(rt.scheduler.run_forever(stop)),
            asyncio.create_task(_refresh_gauges(rt, metrics, stop)),
            asyncio.create_task(_retention(rt, stop)),
        ]
        server = None
        if with_api:
            app = create_app(settings, rt, metrics)
            config = uvicorn.Config(
                app, host=settings.host, port=settings.port, log_config=None, access_log=False, lifespan="off"
            )
            server = uvicorn.Server(config)
            # uvicorn captures SIGINT/SIGTERM while it serves and re-raises them when it stops,
            # which then reaches the loop handlers above and sets ``stop``.
            tasks.append(asyncio.create_task(server.serve()))
            log.info("serving on http://%s:%d", settings.host, settings.port)
        await stop.wait()
        log.info("shutting down")
        if server is not None:
            server.should_exit = True
        await asyncio.gather(*tasks, return_exceptions=True)
        await rt.dispatcher.drain()
