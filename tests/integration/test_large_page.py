"""A 20 MB page: refused with a clear error under the default limit, analysed when the limit is raised."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.capture.http import HttpFetcher
from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.models import Status, Target
from tamperwatch.notify.base import MemoryNotifier
from tamperwatch.pipeline.check import Pipeline
from tamperwatch.pipeline.services import DirectSink, Services
from tamperwatch.policy import UrlPolicy
from tamperwatch.settings import Settings

MB = 1024 * 1024


def big_page(n: int) -> bytes:
    row = b"<tr><td class='c'>cell</td><td><a href='/x'>link</a></td></tr>\n"
    head = b"<html><head><title>Archive</title></head><body><header class='h'>Site</header><table>"
    return head + row * ((20 * MB) // len(row)) + f"<p>{n}</p></table></body></html>".encode()


@pytest.fixture
async def site() -> AsyncIterator[tuple[int, list[int]]]:
    served = [0]

    async def handle(request: web.Request) -> web.Response:
        served[0] += 1
        return web.Response(body=big_page(served[0]), content_type="text/html")

    app = web.Application()
    app.router.add_get("/", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    yield runner.addresses[0][1], served
    await runner.cleanup()


def services_for(settings: Settings) -> Services:
    return Services(
        HttpFetcher.from_settings(settings, policy=UrlPolicy.from_settings(settings)),
        MemoryArchive(),
        DetectionEngine.from_settings(settings),
        DirectSink(MemoryNotifier()),
    )


@pytest.mark.slow
async def test_twenty_megabytes_refused_by_default_analysed_at_32_mib(site: tuple[int, list[int]]) -> None:
    port, _ = site
    allow = [f"127.0.0.1/32:{port}"]
    target = Target(url=f"http://127.0.0.1:{port}/", id=1)

    default = services_for(Settings(_env_file=None, url_allowlist=allow))  # type: ignore[call-arg]
    ctx = await Pipeline().run(target, default)
    assert ctx.capture is not None and ctx.capture.error_kind == "too_large"
    assert "limit" in ctx.capture.error
    assert ctx.verdict is not None and ctx.verdict.status is Status.UNAVAILABLE
    await default.fetcher.aclose()

    raised = services_for(Settings(_env_file=None, url_allowlist=allow, max_body_bytes=32 * MB))  # type: ignore[call-arg]
    await raised.archive.add_target(target)
    pipeline = Pipeline()
    for _ in range(raised.engine.learn_captures + 1):
        ctx = await pipeline.run(target, raised)
        assert ctx.capture is not None and ctx.capture.ok, ctx.capture.error
        assert len(ctx.capture.body) > 20 * 1000 * 1000
    assert ctx.verdict is not None and ctx.verdict.status is Status.CLEAN
    await raised.fetcher.aclose()
