"""API and dashboard latency of `tamperwatch serve` over a large archive, while its scheduler runs.

Seeds 10,000 targets and 100,000 signed observations (bench/api_seed.py), starts the real
`tamperwatch serve` on loopback, logs in as an admin and measures, with an httpx async load
generator on the same machine:

- listing targets page by page through the API (every page of the archive, one after another);
- a target's dashboard page with its timeline (random targets, one after another);
- 100 dashboard users at once with no pause between pages (the overview, a page of the target
  list, a target page, several rounds): the server's throughput, queueing included;
- 100 dashboard users at work: each keeps the live event stream (/events) open and opens the
  overview or a target page every 1 to 3 s while the scheduler runs;

each beside its peer measured in the same run and the same way: `/healthz` (the floor: routing,
security headers and the event loop, no database), alone and with 100 concurrent users. Meanwhile
a few targets on a loopback site are due every LIVE_INTERVAL_S: the site records when each check
arrives, and the bench reports how late the scheduler was. Goal (issue 12): p99 < 200 ms for the
list and the target page, the checks on time.

    python -m bench.api_latency [--targets N] [--observations N] [--json bench/out/api_latency.json]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import random
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

from bench.api_seed import ADMIN, PASSWORD, seed
from bench.nginx import free_port
from bench.serve_memory import wait_until_healthy
from bench.stats import percentile

TARGETS, OBSERVATIONS = 10_000, 100_000
LIVE_TARGETS, LIVE_INTERVAL_S = 20, 10.0
PAGE_LIMIT = 50
PAGE_SAMPLES = 300  # target pages opened one after another
FLOOR_SAMPLES = 300
USERS, USER_ROUNDS = 100, 5
GOAL_P99_MS = 200.0
SCHEDULER_WINDOW_S = 4 * LIVE_INTERVAL_S  # how long the paced users work (the scheduler's window)
THINK_S = (1.0, 3.0)  # a paced user reads a page this long (uniform) before opening the next
OVERVIEW_SHARE = 0.3  # of a paced user's pages, the overview; the rest target pages
REQUEST_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 30.0


@dataclass
class Site:
    """The loopback site of the live targets; records when each path was fetched."""

    arrivals: dict[str, list[float]]
    port: int

    @classmethod
    def start(cls) -> tuple[Site, ThreadingHTTPServer]:
        arrivals: dict[str, list[float]] = defaultdict(list)
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with lock:
                    arrivals[self.path].append(time.time())
                body = b"<html><head><title>live</title></head><body><h1>steady</h1></body></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                return None

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return cls(arrivals, server.server_address[1]), server


def figures(samples: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in samples]
    return {"n": len(ms), "p50_ms": percentile(ms, 50), "p99_ms": percentile(ms, 99), "max_ms": max(ms)}


async def timed(
    client: httpx.AsyncClient, path: str, into: list[float], params: dict[str, Any] | None = None
) -> httpx.Response:
    started = time.perf_counter()
    reply = await client.get(path, params=params)
    into.append(time.perf_counter() - started)
    if reply.status_code != 200:
        raise RuntimeError(f"GET {path}: {reply.status_code}")
    return reply


async def list_all_pages(client: httpx.AsyncClient) -> list[float]:
    samples: list[float] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": PAGE_LIMIT} | ({"cursor": cursor} if cursor else {})
        reply = await timed(client, "/api/v1/targets", samples, params)
        cursor = reply.json()["next_cursor"]
        if not cursor:
            return samples


async def sequential(client: httpx.AsyncClient, paths: list[str]) -> list[float]:
    samples: list[float] = []
    for path in paths:
        await timed(client, path, samples)
    return samples


async def crowd(clients: list[httpx.AsyncClient], paths_of: Callable[[int], list[str]]) -> list[float]:
    samples: list[float] = []

    async def user(n: int, client: httpx.AsyncClient) -> None:
        for path in paths_of(n):
            await timed(client, path, samples)

    await asyncio.gather(*(user(n, c) for n, c in enumerate(clients)))
    return samples


def lateness(site: Site, since: float) -> dict[str, float]:
    """How late each check of a live target came after its interval (the scheduler's promptness)."""
    late = []
    for times in site.arrivals.values():
        kept = sorted(t for t in times if t >= since)
        late += [max(0.0, b - a - LIVE_INTERVAL_S) for a, b in itertools.pairwise(kept)]
    checks = sum(len([t for t in ts if t >= since]) for ts in site.arrivals.values())
    if not late:
        return {"checks": checks, "late_p50_s": float("nan"), "late_max_s": float("nan")}
    return {"checks": checks, "late_p50_s": percentile(late, 50), "late_max_s": max(late)}


async def dashboard_crowd(
    users: list[httpx.AsyncClient], target_ids: list[int], rng: random.Random
) -> list[float]:
    """Saturation: each user opens the overview, a page of the list and a target page, USER_ROUNDS
    times, each the moment the last answered (no reading time: the server's throughput)."""
    pages = ("/", "/partials/targets")
    return await crowd(
        users,
        lambda n: [p for _ in range(USER_ROUNDS) for p in (*pages, f"/targets/{rng.choice(target_ids)}")],
    )


async def _drain_events(client: httpx.AsyncClient) -> None:
    async with client.stream("GET", "/events") as reply:
        async for _ in reply.aiter_bytes():
            pass


async def paced_users(
    users: list[httpx.AsyncClient], target_ids: list[int], rng: random.Random, duration_s: float
) -> list[float]:
    """People at work: each user keeps the live event stream open and opens the overview or a
    target page every THINK_S seconds, for ``duration_s``."""
    samples: list[float] = []

    async def user(client: httpx.AsyncClient) -> None:
        live = asyncio.create_task(_drain_events(client))
        end = time.monotonic() + duration_s
        try:
            while time.monotonic() < end:
                await asyncio.sleep(rng.uniform(*THINK_S))
                path = "/" if rng.random() < OVERVIEW_SHARE else f"/targets/{rng.choice(target_ids)}"
                await timed(client, path, samples)
        finally:
            live.cancel()
            with contextlib.suppress(asyncio.CancelledError, httpx.HTTPError):
                await live

    await asyncio.gather(*(user(c) for c in users))
    return samples


async def login(base: str) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=USERS + 10, max_keepalive_connections=USERS + 10)
    client = httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT_S, limits=limits)
    reply = await client.post("/api/v1/session", json={"name": ADMIN, "password": PASSWORD})
    reply.raise_for_status()
    return client


async def measure(base: str, target_ids: list[int], site: Site) -> dict[str, Any]:
    rng = random.Random(12)
    client = await login(base)
    users = [client] + [await login(base) for _ in range(USERS - 1)]
    since = time.time()
    try:
        await sequential(client, ["/healthz", "/", f"/targets/{target_ids[0]}"])  # warm up
        results = {
            "healthz floor": figures(await sequential(client, ["/healthz"] * FLOOR_SAMPLES)),
            "API targets, page by page": figures(await list_all_pages(client)),
            "dashboard target page + timeline": figures(
                await sequential(client, [f"/targets/{rng.choice(target_ids)}" for _ in range(PAGE_SAMPLES)])
            ),
            f"healthz, {USERS} concurrent": figures(await crowd(users, lambda n: ["/healthz"] * USER_ROUNDS)),
            f"dashboard, {USERS} users at once, no pause": figures(
                await dashboard_crowd(users, target_ids, rng)
            ),
            f"dashboard, {USERS} users, live stream, page/{THINK_S[0]:.0f}-{THINK_S[1]:.0f} s": figures(
                await paced_users(users, target_ids, rng, SCHEDULER_WINDOW_S)
            ),
        }
    finally:
        for c in users:
            await c.aclose()
    return {"latency": results, "scheduler": lateness(site, since)}


def serve(data_dir: Path, site: Site, log_path: Path) -> tuple[subprocess.Popen[bytes], str]:
    port, content = free_port(), free_port()
    env = dict(
        os.environ,
        TAMPERWATCH_DATA_DIR=str(data_dir),
        TAMPERWATCH_HOST="127.0.0.1",
        TAMPERWATCH_PORT=str(port),
        TAMPERWATCH_CONTENT_PORT=str(content),
        TAMPERWATCH_METRICS_TOKEN=secrets.token_hex(16),
        TAMPERWATCH_URL_ALLOWLIST=f'["127.0.0.1/32:{site.port}"]',
        TAMPERWATCH_LOG_JSON="false",
    )
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "tamperwatch", "serve"],
            env=env,
            stdout=log,
            stderr=log,
            stdin=subprocess.DEVNULL,
        )
    base = f"http://127.0.0.1:{port}"
    wait_until_healthy(base, process, 120.0)
    return process, base


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM (serve shuts down cleanly), SIGKILL after STOP_TIMEOUT_S."""
    process.terminate()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=STOP_TIMEOUT_S)
    if process.poll() is None:
        process.kill()
        process.wait()


def report(out: dict[str, Any]) -> None:
    print(f"\nAPI and dashboard latency: {out['targets']:,} targets, {out['observations']:,} observations")
    print(f"(seeded in {out['seed_s']:.0f} s; tamperwatch serve on 127.0.0.1, httpx async load generator)\n")
    print(f"{'operation':<40} {'n':>6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for name, f in out["latency"].items():
        print(f"{name:<40} {f['n']:>6} {f['p50_ms']:>8.1f} {f['p99_ms']:>8.1f} {f['max_ms']:>8.1f}")
    s = out["scheduler"]
    print(
        f"\nscheduler meanwhile: {s['checks']} checks of {LIVE_TARGETS} live targets "
        f"every {LIVE_INTERVAL_S:.0f} s; "
        f"lateness p50 {s['late_p50_s']:.2f} s, max {s['late_max_s']:.2f} s"
    )
    print(f"goal: p99 < {GOAL_P99_MS:.0f} ms for the list and the target page")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=int, default=TARGETS)
    parser.add_argument("--observations", type=int, default=OBSERVATIONS)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    site, server = Site.start()
    workdir = Path(tempfile.mkdtemp(prefix="tw-api-bench-"))
    try:
        seeded = asyncio.run(
            seed(workdir / "data", f"http://127.0.0.1:{site.port}", args.targets, args.observations,
                 LIVE_TARGETS, LIVE_INTERVAL_S)
        )  # fmt: skip
        process, base = serve(workdir / "data", site, workdir / "serve.log")
        try:
            measured = asyncio.run(measure(base, seeded.target_ids, site))
        finally:
            stop(process)
        out = {
            "targets": args.targets,
            "observations": args.observations,
            "seed_s": seeded.seconds,
        } | measured
        report(out)
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(out, indent=2))
    finally:
        server.shutdown()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
