"""aiohttp tracing that adds DNS and connect durations to the fetch's timings dict.

The fetcher passes its ``FetchStats`` as ``trace_request_ctx``; the hooks add seconds under
``dns`` and ``connect`` (summed over redirect hops). Pooled connections add nothing.
"""

from __future__ import annotations

import time
from types import SimpleNamespace
from typing import Any

import aiohttp


def _timings(context: SimpleNamespace) -> dict[str, float] | None:
    stats: Any = context.trace_request_ctx
    timings = getattr(stats, "timings", None)
    return timings if isinstance(timings, dict) else None


def _started(key: str) -> Any:
    async def hook(session: aiohttp.ClientSession, context: SimpleNamespace, params: object) -> None:
        setattr(context, key, time.perf_counter())

    return hook


def _ended(key: str) -> Any:
    async def hook(session: aiohttp.ClientSession, context: SimpleNamespace, params: object) -> None:
        timings = _timings(context)
        began = getattr(context, key, None)
        if timings is not None and began is not None:
            timings[key] = timings.get(key, 0.0) + time.perf_counter() - began

    return hook


def timing_trace() -> aiohttp.TraceConfig:
    """A TraceConfig recording ``dns`` and ``connect`` seconds into ``trace_request_ctx.timings``."""
    trace = aiohttp.TraceConfig()
    trace.on_dns_resolvehost_start.append(_started("dns"))
    trace.on_dns_resolvehost_end.append(_ended("dns"))
    trace.on_connection_create_start.append(_started("connect"))
    trace.on_connection_create_end.append(_ended("connect"))
    trace.freeze()
    return trace
