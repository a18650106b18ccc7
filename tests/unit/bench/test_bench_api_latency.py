"""The API latency bench's arithmetic: percentiles of request times, and the scheduler's lateness
read from when the live targets' checks reached the loopback site."""

from __future__ import annotations

from bench.api_latency import LIVE_INTERVAL_S, Site, figures, lateness


def test_lateness_is_the_gap_beyond_the_interval_counted_from_the_start() -> None:
    start = 1_000.0
    site = Site(
        {
            "/live/0": [start - 5, start, start + LIVE_INTERVAL_S, start + 2 * LIVE_INTERVAL_S + 2],
            "/live/1": [start + 1, start + 1 + LIVE_INTERVAL_S + 0.5],
        },
        port=0,
    )
    found = lateness(site, start)
    assert found["checks"] == 5  # the check before the start is not counted
    assert found["late_max_s"] == 2.0 and found["late_p50_s"] == 0.5


def test_figures_are_in_milliseconds() -> None:
    out = figures([0.001] * 99 + [0.101])
    assert out["n"] == 100 and out["p50_ms"] == 1.0 and round(out["max_ms"], 6) == 101.0
