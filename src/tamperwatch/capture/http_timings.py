"""Per-fetch timing of DNS and connection set-up, without aiohttp tracing (which costs ~20% CPU).

The fetcher puts its timings dict in ``FETCH_TIMINGS`` for the duration of a fetch; the policy
resolver adds ``dns`` seconds and ``TimedConnector`` adds ``connect`` seconds (DNS excluded) for
each new connection. Pooled connections add nothing. Both are summed over redirect hops.
"""

from __future__ import annotations

import time
from contextvars import ContextVar
from typing import Any

import aiohttp

FETCH_TIMINGS: ContextVar[dict[str, float] | None] = ContextVar("tamperwatch_fetch_timings", default=None)


def add_timing(key: str, seconds: float) -> None:
    """Add ``seconds`` under ``key`` to the running fetch's timings, if any."""
    timings = FETCH_TIMINGS.get()
    if timings is not None:
        timings[key] = timings.get(key, 0.0) + seconds


class TimedConnector(aiohttp.TCPConnector):
    """A TCPConnector that records how long opening each new connection took."""

    async def _create_connection(self, *args: Any, **kwargs: Any) -> Any:
        timings = FETCH_TIMINGS.get()
        if timings is None:
            return await super()._create_connection(*args, **kwargs)
        began, dns_before = time.perf_counter(), timings.get("dns", 0.0)
        try:
            return await super()._create_connection(*args, **kwargs)
        finally:
            spent = time.perf_counter() - began - (timings.get("dns", 0.0) - dns_before)
            timings["connect"] = timings.get("connect", 0.0) + spent
