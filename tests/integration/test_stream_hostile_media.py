"""Hostile stream content: HLS segments cut short are survived (the intact pictures are judged, nothing
raised, nothing defaced), and a picture larger than the limit is refused from the stream's own
parameters, before any picture of that size is decoded."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from tamperwatch.streams import source as source_mod
from tamperwatch.streams.replay import replay
from tamperwatch.streams.source import FrameSource, StreamError
from tamperwatch.streams.watch import WatchConfig
from tests.support import stream_media as sm

av = pytest.importorskip("av")

APPROVED = [sm.picture(1, "City museum open daily"), sm.picture(2)]


def test_truncated_hls_segments_are_survived_cleanly(tmp_path: Path) -> None:
    video = sm.encode(tmp_path / "src.mp4", 12, sm.playlist(APPROVED, 6.0))
    folder = sm.to_hls(video, tmp_path / "hls")
    cut = sorted(folder.glob("seg*.ts"))[1:3]
    for seg in cut:
        data = seg.read_bytes()
        seg.write_bytes(data[: len(data) // 3])  # each cut short mid-packet
    lib = sm.library(tmp_path / "library", APPROVED)
    result = replay(folder, lib, None, config=WatchConfig(), sample_fps=1.0, work_width=480)
    assert result.error == ""
    assert result.samples >= 8 and result.stream_s >= 11.0  # the intact segments, to the end
    assert [f for f in result.findings if f.defaced] == []


def test_a_picture_over_the_limit_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    width, height = 4608, 2592  # 11.9 million pixels, over 4096x2304
    assert width * height > source_mod.MAX_PIXELS
    path = tmp_path / "huge.mp4"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=25)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.options = {"preset": "ultrafast"}
        frame = av.VideoFrame.from_ndarray(np.zeros((height, width, 3), np.uint8), format="rgb24")
        frame.pts, frame.time_base = 0, Fraction(1, 25)
        for packet in [*stream.encode(frame), *stream.encode()]:
            out.mux(packet)
    src = FrameSource(path, sample_fps=1.0, work_width=480)
    with pytest.raises(StreamError, match=f"refused picture size {width}x{height}"):
        list(src)
    assert src.info.decoded_frames == 0
    lib = sm.library(tmp_path / "library", APPROVED)
    result = replay(path, lib, None, config=WatchConfig(), sample_fps=1.0, work_width=480)
    assert "refused picture size" in result.error and result.samples == 0
