"""Render bench: rendered checks per CPU-second beside a bare Playwright loop, and PSS per slot.

Both loops render the same local pages (served from this process, whose CPU is not counted) in
the same Chromium with the same flags, each in its own measured process: CPU is that process and
every descendant (driver, Chromium), minus an idle run of the same process (start and stop the
browser, no page), divided by the pages rendered. The tamperwatch loop is a full rendered check:
URL policy on every request (interception and the policy proxy), resources hashed, DOM, viewport
screenshot, visual detection. PSS: 1..4 pages held open at once; the marginal slot is 4 minus 3.

Goals (issue 4): tamperwatch <= 1.5x the bare loop's CPU per page; <= 350 MB marginal PSS per slot.
Usage: python -m bench.render [--checks N] [--repeats R] [--json bench/out/render.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from bench.procs import run_measured

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from support.browser_pages import SITE_CSS, PageServer, styled_page  # noqa: E402

PAGES = 20
GOAL_RATIO, GOAL_SLOT_MB = 1.5, 350


def _serve() -> tuple[list[str], threading.Event]:
    """Start the page server on a background loop; returns the page URLs and a stop event."""
    ready, stop, urls = threading.Event(), threading.Event(), []

    async def run() -> None:
        server = await PageServer().start()
        server.pages["/site.css"] = SITE_CSS
        server.pages["/app.js"] = "document.querySelectorAll('p').forEach((p, i) => p.dataset.i = i);"
        for i in range(PAGES):
            banner = f"<div class='banner' style='background:hsl({i * 17},60%,60%)'>Offer {i}</div>"
            server.pages[f"/p{i}"] = styled_page(banner + "<script src='/app.js' defer></script>")
            urls.append(server.url(f"/p{i}"))
        ready.set()
        while not stop.is_set():
            await asyncio.sleep(0.2)
        await server.close()

    threading.Thread(target=lambda: asyncio.run(run()), daemon=True).start()
    ready.wait(30)
    return urls, stop


def _cpu(mode: str, count: int, urls: list[str], scratch: Path) -> float:
    usage = run_measured(
        [sys.executable, "-m", "bench.render_worker", mode, str(count), *urls],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        stdout_path=scratch / f"{mode}.out",
        stderr_path=scratch / f"{mode}.err",
        timeout_s=600,
    )
    if usage.returncode != 0:
        raise RuntimeError(f"{mode} run failed: {(scratch / f'{mode}.err').read_text()[-2000:]}")
    return usage.cpu_s


def per_cpu_second(mode: str, checks: int, urls: list[str], scratch: Path) -> float:
    idle = _cpu(mode, 0, urls, scratch)
    busy = _cpu(mode, checks, urls, scratch)
    return checks / max(busy - idle, 1e-6)


def pss_by_slots(urls: list[str]) -> list[int]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.render_worker", "pss", "0", *urls],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return list(json.loads(out.stdout.strip().splitlines()[-1])["pss_by_slots"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--checks", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "out" / "render.json")
    args = parser.parse_args(argv)
    urls, stop = _serve()
    try:
        with tempfile.TemporaryDirectory() as folder:
            scratch = Path(folder)
            bare, ours = [], []
            for _ in range(args.repeats):  # interleaved, so drift hits both alike
                bare.append(per_cpu_second("bare", args.checks, urls, scratch))
                ours.append(per_cpu_second("tamperwatch", args.checks, urls, scratch))
        slots = pss_by_slots(urls)
    finally:
        stop.set()
    result = {
        "pages": PAGES,
        "checks_per_run": args.checks,
        "bare_renders_per_cpu_s": round(statistics.median(bare), 3),
        "tamperwatch_checks_per_cpu_s": round(statistics.median(ours), 3),
        "cpu_ratio": round(statistics.median(bare) / statistics.median(ours), 3),
        "pss_mb_by_slots": [round(p / 2**20, 1) for p in slots],
        "marginal_slot_pss_mb_at_4": round((slots[3] - slots[2]) / 2**20, 1),
    }
    result["goals_met"] = {
        "cpu_ratio<=1.5": result["cpu_ratio"] <= GOAL_RATIO,
        "slot_pss<=350MB": result["marginal_slot_pss_mb_at_4"] <= GOAL_SLOT_MB,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
