"""Stream watching cost: CPU-seconds per stream-second for a 1080p25 H.264 channel with a 1 s GOP
sampled at 1 frame per second (keyframes only, and with every frame decoded), OCR cost per call,
and the delay from a hijack's start to its alert.

    python -m bench.streams [--seconds 20] [--out DIR]

The channel is made here with PyAV (tests/support/stream_media: corner-rich approved pictures, a
clock and a ticker), scaled to 1920x1080; a 6 s foreign picture starts at 40 % of it."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

W, H = 1920, 1080


def make_channel(folder: Path, seconds: float) -> tuple[Path, Path, float]:
    from tests.support import stream_media as sm

    sm.W, sm.H = W, H
    sm.CLOCK_BOX.update({"x": 24, "y": 24, "w": 420, "h": 96})
    sm.TICKER_BOX.update({"x": 0, "y": H - 108, "w": W, "h": 108})
    approved = [
        sm.picture(1, "City museum open daily", (W, H)),
        sm.picture(2, "", (W, H)),
        sm.picture(3, "Spring festival", (W, H)),
    ]
    foreign = sm.banner(sm.picture(99, "", (W, H)), "HACKED BY NOBODY")
    start = round(seconds * 0.4)
    normal = sm.playlist(approved, 6.0)
    video = folder / "channel-1080p.mp4"
    lib = sm.library(folder / "library", approved)
    if not video.exists():
        sm.encode(video, seconds, lambda t: foreign if start <= t < start + 6 else normal(t))
    return video, lib, float(start)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="stream watching cost")
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--out", type=Path, default=Path("/tmp/tamperwatch-bench-streams"))
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    video, lib, start = make_channel(a.out, a.seconds)

    import numpy as np

    from tamperwatch import ocr
    from tamperwatch.streams.library import load_library
    from tamperwatch.streams.source import FrameSource
    from tamperwatch.streams.watch import StreamWatcher, WatchConfig

    rows: dict[str, object] = {}
    for label, key_only in (("keyframes_only", True), ("every_frame", False)):
        library = load_library(lib)
        watcher = StreamWatcher(library, WatchConfig())
        src = FrameSource(video, sample_fps=1.0, work_width=480, keyframes_only=key_only)
        first: float | None = None
        cpu0 = time.process_time()
        last = 0.0
        for sample in src:
            last = sample.t
            for f in watcher.step(sample):
                if f.defaced and first is None:
                    first = f.t
        cpu = time.process_time() - cpu0
        stream_s = last + 1.0
        rows[label] = {
            "cpu_s_per_stream_s": round(cpu / stream_s, 4),
            "decoded_frames": src.info.decoded_frames,
            "channels_per_core": round(stream_s / cpu, 1),
            "ocr_calls": watcher.ocr_calls,
            "alert_delay_s": None if first is None else round(first - start, 2),
        }
    from tests.support import stream_media as sm

    shown = sm.banner(sm.picture(5, "Spring festival", (W, H)), "HACKED")
    frame = np.ascontiguousarray(np.asarray(shown)[:, :, ::-1])
    crop = np.ascontiguousarray(frame[30:90, 0:W])
    ocr.read_text(crop)  # load the models
    for name, pic in (("ocr_s_per_1080p_frame", frame), ("ocr_s_per_line_crop", crop)):
        t0 = time.process_time()
        for _ in range(3):
            ocr.read_text(pic)
        rows[name] = round((time.process_time() - t0) / 3, 3)
    print(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
