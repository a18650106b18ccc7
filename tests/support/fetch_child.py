"""Run one fetch in a child process and print, as JSON, its outcome and how much its peak RSS grew.

Usage: python fetch_child.py WARMUP_URL URL ALLOWLIST_ENTRY. The fetcher uses the default
settings (10 MiB body limit) with only ALLOWLIST_ENTRY opened. ``rss_growth`` is the peak RSS
during the fetch (the peak is reset just before it) minus the RSS just before it.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import resource
import sys
from pathlib import Path

import psutil

from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.http import HttpFetcher
from tamperwatch.settings import Settings


def peak_rss() -> int:
    """Peak resident set size of this process in bytes (VmHWM, the same figure as ru_maxrss)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def reset_peak_rss() -> int:
    """Reset the peak to the current RSS where Linux allows it (clear_refs 5); return the old peak."""
    before = peak_rss()
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return before


async def main(warmup_url: str, url: str, allow: str) -> dict[str, object]:
    settings = Settings(_env_file=None, url_allowlist=[allow])  # type: ignore[call-arg]
    fetcher = HttpFetcher.from_settings(settings)
    try:
        await fetcher.fetch(FetchRequest(warmup_url))
        gc.collect()
        peak_before = reset_peak_rss()
        rss_before = psutil.Process().memory_info().rss
        capture, stats = await fetcher.fetch_with_stats(FetchRequest(url))
        peak_after = peak_rss()
    finally:
        await fetcher.aclose()
    return {
        "error_kind": capture.error_kind,
        "error": capture.error,
        "body_bytes": len(capture.body),
        "raw_bytes": stats.raw_bytes,
        "decoded_bytes": stats.decoded_bytes,
        "limit": settings.max_body_bytes,
        "rss_growth": peak_after - rss_before,
        "peak_before": peak_before,
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(*sys.argv[1:4]))))
