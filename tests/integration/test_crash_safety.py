"""Crash safety: `tamperwatch serve` is SIGKILLed at random moments under write load, 20 times.

After every kill nothing that a reader saw committed is lost (observations, captures,
incidents), and at the end SQLite's integrity check passes and every signature chain verifies.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import random
import signal
import sqlite3
import sys
from pathlib import Path

import pytest
from aiohttp import web

from tamperwatch.archive.integrity import check_archive_integrity
from tamperwatch.settings import Settings

KILLS = 20
TARGETS = 12


class ChangingSite:
    """Pages that change on every request; every third path answers 503 (opens incidents)."""

    def __init__(self) -> None:
        self.hits = 0
        self.hit = asyncio.Event()
        self.counter = itertools.count()

    async def handle(self, request: web.Request) -> web.Response:
        self.hits += 1
        self.hit.set()
        n = int(request.match_info["n"])
        if n % 3 == 0:
            return web.Response(status=503, text="maintenance")
        i = next(self.counter)
        body = (
            f"<html><head><title>Page {n}</title></head><body><header class='h'>site</header>"
            f"<main><h1>News {i}</h1><p>{'story ' * (i % 50)}</p></main><footer>f</footer></body></html>"
        )
        return web.Response(text=body, content_type="text/html")

    async def wait_hits(self, count: int, timeout: float = 30.0) -> None:
        target = self.hits + count
        async with asyncio.timeout(timeout):
            while self.hits < target:
                self.hit.clear()
                await self.hit.wait()


def snapshot(db: Path) -> tuple[set[tuple[int, int]], set[str], set[int]]:
    """Committed observations (target, seq), content hashes and incident ids, read like any reader."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        obs = set(conn.execute("SELECT target_id, seq FROM observations").fetchall())
        hashes = {h for (h,) in conn.execute("SELECT DISTINCT content_hash FROM observations") if h}
        incidents = {i for (i,) in conn.execute("SELECT id FROM incidents")}
    return obs, hashes, incidents


@pytest.mark.slow
@pytest.mark.timeout(600)
async def test_serve_survives_repeated_sigkill(tmp_path: Path) -> None:
    site = ChangingSite()
    app = web.Application()
    app.router.add_get("/p/{n}", site.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    server = web.TCPSite(runner, "127.0.0.1", 0)
    await server.start()
    port = runner.addresses[0][1]
    data = tmp_path / "data"
    env = dict(
        os.environ,
        TAMPERWATCH_DATA_DIR=str(data),
        TAMPERWATCH_URL_ALLOWLIST=f'["127.0.0.1/32:{port}"]',
        TAMPERWATCH_PORT="0",
        TAMPERWATCH_LOG_LEVEL="WARNING",
        TAMPERWATCH_CONFIRM_REFETCH="false",
        TAMPERWATCH_LEARN_CAPTURES="1",
        TAMPERWATCH_MIN_INTERVAL_S="0.1",  # checks every 0.3 s, so that kills land mid-check
    )
    targets = tmp_path / "targets.yaml"
    targets.write_text(
        "".join(f"- url: http://127.0.0.1:{port}/p/{n}\n  interval: 0.3s\n" for n in range(TARGETS))
    )
    imp = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tamperwatch", "import", str(targets), env=env
    )
    assert await imp.wait() == 0
    db = data / "tamperwatch.db"
    rng = random.Random(20261121)
    seen_obs: set[tuple[int, int]] = set()
    seen_hashes: set[str] = set()
    seen_incidents: set[int] = set()
    log = (tmp_path / "serve.log").open("ab")
    try:
        for _ in range(KILLS):
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "tamperwatch", "serve", env=env, stdout=log, stderr=log
            )
            try:
                await site.wait_hits(rng.randint(3, 40))
            except TimeoutError as exc:
                proc.kill()
                raise AssertionError(
                    "serve made no progress:\n" + (tmp_path / "serve.log").read_text()[-3000:]
                ) from exc
            obs, hashes, incidents = await asyncio.to_thread(snapshot, db)  # committed while it runs
            proc.send_signal(signal.SIGKILL)
            await proc.wait()
            after, after_hashes, after_incidents = await asyncio.to_thread(snapshot, db)
            assert seen_obs <= after and obs <= after, "a committed observation was lost"
            assert seen_incidents <= after_incidents and incidents <= after_incidents, "an incident was lost"
            assert seen_hashes <= after_hashes and hashes <= after_hashes
            seen_obs, seen_hashes, seen_incidents = after, after_hashes, after_incidents
    finally:
        log.close()
        await runner.cleanup()
    assert len(seen_obs) > KILLS and seen_incidents, "the load produced too little to test"
    settings = Settings(_env_file=None, data_dir=data)  # type: ignore[call-arg]
    report = await check_archive_integrity(settings)
    assert report.database_ok, report
    assert report.ok, report
    blob_root = settings.blob_dir
    missing = [h for h in seen_hashes if not any(blob_root.rglob(f"{h}*"))]
    assert not missing, f"captures lost: {missing[:3]}"
