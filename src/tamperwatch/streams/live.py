"""A live stream target: its address checked by the one `UrlPolicy`, frames read with reconnects and
backoff, every finding handed to a callback (the pipeline's incident path, or the CLI's JSON lines).

Stream time runs on across reconnects; a source that yields no picture for `stall_s` is a `stall`
finding (never `defaced`), reported once per outage. Damaged input that still gives pictures (a
segment cut short, garbled bytes) is a `damaged` finding (never `defaced`) once per damaged stretch,
and the watch goes on."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tamperwatch.capture.errors import PolicyError
from tamperwatch.policy import UrlPolicy
from tamperwatch.streams.access import StreamAccess
from tamperwatch.streams.library import Library
from tamperwatch.streams.pinning import DEFAULT_PORTS, Resolve, checked_addresses, scheme_of, system_resolve
from tamperwatch.streams.progressive import ProgressiveLimits
from tamperwatch.streams.segments import HlsLimits, HlsSource, hls_source
from tamperwatch.streams.source import FrameSource, Sample, StreamError
from tamperwatch.streams.watch import STALL, Finding, StreamWatcher, WatchConfig

STREAM_SCHEMES = DEFAULT_PORTS  # the schemes a stream target may have, with their default ports
BACKOFF_FIRST_S = 1.0
BACKOFF_MAX_S = 60.0


def check_source(source: str, policy: UrlPolicy, resolve: Resolve = system_resolve) -> str:
    """The source to open: a local file or folder as given; a URL only when its scheme is a stream
    scheme and every address its host resolves to passes the policy (http(s) through check_url).
    Each connection checks again (`access.py`); this is the check when a target is added."""
    scheme = scheme_of(source)
    if not scheme:
        if not Path(source).exists():
            raise StreamError(f"{source}: no such file or folder")
        return source
    if scheme not in STREAM_SCHEMES:
        allowed = ", ".join(sorted(STREAM_SCHEMES))
        raise PolicyError(f"blocked: scheme {scheme!r} is not a stream scheme ({allowed})")
    if scheme in ("http", "https"):
        policy.check_url(source)
    checked_addresses(source, policy, resolve)
    return source


@dataclass
class LiveStats:
    samples: int = 0
    reconnects: int = 0
    last_error: str = ""
    damaged: int = 0  # damaged stretches seen (findings up to the cap, all counted)


def watch_live(
    source: str,
    library: Library,
    config: WatchConfig,
    policy: UrlPolicy,
    on_finding: Callable[[Finding], None],
    *,
    sample_fps: float,
    work_width: int,
    stop: threading.Event,
    max_reconnects: int | None = None,
    on_evidence: Callable[[Finding, Sample | None], None] | None = None,
    on_sample: Callable[[Sample], None] | None = None,
    limits: HlsLimits | None = None,
) -> LiveStats:
    """Watch until `stop` is set (or the reconnects are used up); blocking, run it in a thread.
    `on_evidence`, when given, also gets the sample each finding was confirmed on; `on_sample` gets
    every sample (on stream time across reconnects) before it is judged. An HLS playlist and its
    segments, and any other http(s) stream, are fetched by tamperwatch under `policy` and `limits`
    (`segments.py`, `progressive.py`); UDP/RTP are opened by ffmpeg pinned to the address checked
    for each connection (`pinning.py`), RTSP over TCP through a loopback relay to that address that
    refuses the server's redirects (`rtsp_relay.py`)."""
    checked = check_source(source, policy)
    limits = limits or HlsLimits()
    segments = hls_source(policy, limits)
    access = StreamAccess(policy, ProgressiveLimits.of(limits))
    try:
        return _watch(
            checked,
            library,
            config,
            (segments, access),
            on_finding,
            sample_fps,
            work_width,
            stop,
            max_reconnects,
            on_evidence,
            on_sample,
        )
    finally:
        segments.close()


def _watch(
    checked: str,
    library: Library,
    config: WatchConfig,
    network: tuple[HlsSource, StreamAccess],
    on_finding: Callable[[Finding], None],
    sample_fps: float,
    work_width: int,
    stop: threading.Event,
    max_reconnects: int | None,
    on_evidence: Callable[[Finding, Sample | None], None] | None,
    on_sample: Callable[[Sample], None] | None,
) -> LiveStats:
    watcher = StreamWatcher(library, config, clock=lambda t: datetime.now(UTC))  # live: the wall clock
    stats = LiveStats()
    offset = 0.0  # stream time already watched before this connection
    backoff = BACKOFF_FIRST_S
    stalled = False

    def on_damage(t: float, why: str) -> None:
        for f in watcher.damaged(round(offset + t, 3), why):
            on_finding(f)
            if on_evidence is not None:
                on_evidence(f, None)

    while not stop.is_set():
        last = -1.0
        try:
            segments, access = network
            frames = FrameSource(
                checked,
                sample_fps=sample_fps,
                work_width=work_width,
                segments=segments,
                access=access,
                on_damage=on_damage,
            )
            for sample in frames:
                if stop.is_set():
                    break
                audio = tuple((round(offset + t, 3), db) for t, db in sample.audio)
                shifted = Sample(round(offset + sample.t, 3), sample.gray, sample.frame, audio)
                last = sample.t
                stats.samples += 1
                if on_sample is not None:
                    on_sample(shifted)
                stalled = False
                backoff = BACKOFF_FIRST_S
                for f in watcher.step(shifted):
                    on_finding(f)
                    if on_evidence is not None:
                        on_evidence(f, sample)
        except StreamError as exc:
            stats.last_error = str(exc)
        stats.damaged = watcher.damage.stretches
        offset += max(0.0, last) + 1.0 / sample_fps
        if stop.is_set() or (max_reconnects is not None and stats.reconnects >= max_reconnects):
            break
        stats.reconnects += 1
        if backoff >= config.stall_s and not stalled:
            stalled = True
            why = stats.last_error or "the stream ended"
            stall = Finding(offset, STALL, False, 1.0, (f"no picture; reconnecting ({why})",))
            on_finding(stall)
            if on_evidence is not None:
                on_evidence(stall, None)
        stop.wait(backoff)
        backoff = min(BACKOFF_MAX_S, backoff * 2)
    return stats
