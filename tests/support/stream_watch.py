"""Watch a live stream on loopback the way the stream tests do: one connection, or until the first
finding (a `stall` when the source keeps failing)."""

from __future__ import annotations

import threading
from pathlib import Path

from tamperwatch.policy import UrlPolicy
from tamperwatch.streams.library import load_library
from tamperwatch.streams.live import LiveStats, watch_live
from tamperwatch.streams.segments import HlsLimits
from tamperwatch.streams.watch import Finding, WatchConfig

SAMPLE_FPS = 1.0
WORK_WIDTH = 480
RECONNECTS_TO_STALL = 3  # enough for the backoff to reach a 1 s stall window


def loopback_policy(ports: list[int]) -> UrlPolicy:
    return UrlPolicy([f"127.0.0.1/32:{port}" for port in ports])


def watch_once(
    url: str, library: Path, ports: list[int], limits: HlsLimits | None = None
) -> tuple[list[Finding], LiveStats]:
    """One connection to `url` (no reconnect), every finding, and the watch's stats."""
    found: list[Finding] = []
    stats = watch_live(
        url,
        load_library(library),
        WatchConfig(),
        loopback_policy(ports),
        found.append,
        sample_fps=SAMPLE_FPS,
        work_width=WORK_WIDTH,
        stop=threading.Event(),
        max_reconnects=0,
        limits=limits,
    )
    return found, stats


def first_finding(url: str, library: Path, ports: list[int]) -> list[Finding]:
    """Watch until the first finding; with a 1 s stall window the first reconnect's backoff already
    counts as a stall, so a source that keeps failing yields its `stall` at once."""
    stop = threading.Event()
    found: list[Finding] = []

    def on_finding(f: Finding) -> None:
        found.append(f)
        stop.set()

    watch_live(
        url,
        load_library(library),
        WatchConfig(stall_s=1.0),
        loopback_policy(ports),
        on_finding,
        sample_fps=SAMPLE_FPS,
        work_width=WORK_WIDTH,
        stop=stop,
        max_reconnects=RECONNECTS_TO_STALL,
    )
    return found
