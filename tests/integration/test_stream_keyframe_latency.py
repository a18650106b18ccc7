"""Keyframes-only decoding hands each sampled picture over at once: live, a keyframe's picture is
judged before the next segment is fetched (the decoder's frame threads and reordering would
otherwise hold it for more keyframes, seconds of stream), and a recording's last second is sampled.

The channel is noise (large keyframes, so that the reader's buffer never spans two segments), one
keyframe a second, cut into 2 s HLS segments read through a source that counts them."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from tamperwatch.streams.segments import HlsLimits, HlsSource
from tamperwatch.streams.source import FrameSource
from tests.support import stream_media as sm

av = pytest.importorskip("av")

SECONDS = 30
FPS = 5  # few frames: cheap to encode; a keyframe every FPS frames (1 s) as live channels
SEGMENT_S = 2
STEADY_FROM_S = 10.0  # opening the stream reads a few segments ahead (probing); judged after that


class CountingSource(HlsSource):
    def __init__(self) -> None:
        super().__init__(None, HlsLimits())
        self.fetched = 0

    def segment(self, url: str) -> bytes:
        self.fetched += 1
        return super().segment(url)


def noise_channel(tmp_path: Path) -> Path:
    rng = np.random.default_rng(0)
    video = tmp_path / "noise.mp4"
    with av.open(str(video), "w") as out:
        stream = out.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = 640, 360, "yuv420p"
        stream.options = {"g": str(FPS), "keyint_min": str(FPS), "preset": "ultrafast", "crf": "30"}
        for i in range(SECONDS * FPS):
            frame = av.VideoFrame.from_ndarray(rng.integers(0, 255, (360, 640, 3), np.uint8), format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, FPS)
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return sm.to_hls(video, tmp_path / "hls", SEGMENT_S)


def lags(folder: Path) -> tuple[list[float], float]:
    """How far ahead of each steady sample the stream had been fetched (s), and the last sample."""
    counting = CountingSource()
    src = FrameSource(folder, sample_fps=1.0, work_width=320, segments=counting)
    out, last = [], 0.0
    for sample in src:
        if sample.t >= STEADY_FROM_S:
            out.append(counting.fetched * SEGMENT_S - sample.t)
        last = sample.t
    assert src.info.keyframes_only
    return out, last


def test_a_sampled_keyframe_is_judged_before_the_next_segment_is_fetched(tmp_path: Path) -> None:
    lag, last = lags(noise_channel(tmp_path))
    assert lag and max(lag) <= SEGMENT_S  # only the segment holding it
    assert last >= SECONDS - 1

