"""The evaluation contract: `tamperwatch stream replay SOURCE --library DIR --output events.jsonl`.

SOURCE (a video file or an HLS folder) goes through the same sampling (`source`), matching, OCR and
persistence (`watch`) as a live stream, as fast as the CPU allows; one JSON line per finding,
written as it is found. Damaged input (a segment cut short, garbled bytes) is a `damaged` line
(`"defaced": false`, once per damaged stretch) and the run goes on with the intact pictures."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from tamperwatch.streams.library import load_library
from tamperwatch.streams.schedule import stream_clock
from tamperwatch.streams.source import FrameSource
from tamperwatch.streams.watch import Finding, StreamWatcher, WatchConfig


@dataclass
class ReplayResult:
    findings: list[Finding]
    samples: int
    stream_s: float
    cpu_s: float
    ocr_calls: int
    keyframes_only: bool
    error: str = ""
    damaged: int = 0  # damaged stretches seen (recorded as findings up to the cap, all counted)


def replay(
    source: str | Path,
    library_dir: Path,
    out: IO[str] | None,
    *,
    config: WatchConfig,
    sample_fps: float,
    work_width: int,
    start: datetime | None = None,
) -> ReplayResult:
    """Run one recording; a stream that breaks part-way ends the run with `error` set, after the
    findings up to that point have been written. With a library schedule, stream time 0 is `start`
    (default: now) on the wall clock; without one, `start` changes nothing."""
    from tamperwatch.streams.source import StreamError

    cpu0 = time.process_time()
    library = load_library(library_dir)
    clock = stream_clock(start or datetime.now(UTC)) if library.schedule is not None else None
    watcher = StreamWatcher(library, config, clock)
    findings: list[Finding] = []

    def emit(found: list[Finding]) -> None:
        for f in found:
            findings.append(f)
            if out is not None:
                out.write(json.dumps(f.as_json(), ensure_ascii=False) + "\n")
                out.flush()

    src = FrameSource(
        source,
        sample_fps=sample_fps,
        work_width=work_width,
        on_damage=lambda t, why: emit(watcher.damaged(t, why)),
    )
    last_t = 0.0
    error = ""
    try:
        for sample in src:
            last_t = sample.t
            emit(watcher.step(sample))
    except StreamError as exc:
        error = str(exc)
    return ReplayResult(
        findings,
        watcher.frames,
        last_t,
        time.process_time() - cpu0,
        watcher.ocr_calls,
        src.info.keyframes_only,
        error,
        watcher.damage.stretches,
    )
