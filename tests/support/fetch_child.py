"""Run one fetch in a child process and print, as JSON, its outcome and how much its peak RSS grew.

Usage: python fetch_child.py WARMUP_URL URL ALLOWLIST_ENTRY. The fetcher uses the default
settings (10 MiB body limit) with only ALLOWLIST_ENTRY opened. ``rss_growth`` is the peak RSS
after the fetch minus the current RSS just before it: an upper bound of what the fetch cost.
"""

from __future__ import annotations

import asyncio
import gc
import json
import resource
import sys

import psutil

from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.http import HttpFetcher
from tamperwatch.settings import Settings


async def main(warmup_url: str, url: str, allow: str) -> dict[str, object]:
    settings = Settings(_env_file=None, url_allowlist=[allow])  # type: ignore[call-arg]
    fetcher = HttpFetcher.from_settings(settings)
    try:
        await fetcher.fetch(FetchRequest(warmup_url))
        gc.collect()
        rss_before = psutil.Process().memory_info().rss
        capture, stats = await fetcher.fetch_with_stats(FetchRequest(url))
        peak_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
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
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(*sys.argv[1:4]))))
