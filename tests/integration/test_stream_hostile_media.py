"""Hostile stream content: HLS segments cut short are survived and recorded (the intact pictures are
judged to the end, nothing raised, nothing defaced, one `damaged` finding per damaged stretch with its
stream time; live, a signed observation and no incident; a clean stream records none), and a picture
larger than the limit is refused from the stream's own parameters, before any picture of that size
is decoded."""

from __future__ import annotations

import functools
import threading
from fractions import Fraction
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

import numpy as np
import pytest

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.incidents.service import IncidentService
from tamperwatch.models import Status, Target, TargetKind
from tamperwatch.policy import UrlPolicy
from tamperwatch.streams import source as source_mod
from tamperwatch.streams.library import load_library
from tamperwatch.streams.record import StreamRecorder, watch_stream_target
from tamperwatch.streams.replay import replay
from tamperwatch.streams.source import FrameSource, StreamError
from tamperwatch.streams.watch import DAMAGED, WatchConfig
from tests.support import stream_media as sm

av = pytest.importorskip("av")

APPROVED = [sm.picture(1, "City museum open daily"), sm.picture(2)]


def hls_channel(tmp_path: Path, folder: Path) -> Path:
    video = sm.encode(tmp_path / "src.mp4", 12, sm.playlist(APPROVED, 6.0))
    return sm.to_hls(video, folder)  # 2 s segments: seg000.ts (0-2 s) ... seg005.ts (10-12 s)


def cut_short(folder: Path, names: list[str], extra: int = 0) -> None:
    for name in names:
        data = (folder / name).read_bytes()
        (folder / name).write_bytes(data[: len(data) // 3 + extra])


def test_truncated_hls_segments_are_survived_and_recorded(tmp_path: Path) -> None:
    folder = hls_channel(tmp_path, tmp_path / "hls")
    cut_short(folder, ["seg001.ts", "seg002.ts"])  # two thirds of each missing (2-4 s, 4-6 s)
    lib = sm.library(tmp_path / "library", APPROVED)
    result = replay(folder, lib, None, config=WatchConfig(), sample_fps=1.0, work_width=480)
    assert result.error == ""
    assert result.samples >= 8 and result.stream_s >= 11.0  # the intact segments, judged to the end
    assert [f for f in result.findings if f.defaced] == []
    damaged = [f for f in result.findings if f.kind == DAMAGED]
    assert len(damaged) == result.damaged == 2  # once per damaged segment, not once per packet
    assert all(1.5 <= f.t <= 6.0 for f in damaged)  # the stream time of the cut segments
    assert all(f.as_json()["defaced"] is False and "corrupt" in f.reasons[0] for f in damaged)
    assert all(f.reasons[0].startswith(f"damaged input at {f.t:.1f} s: ") for f in damaged)


def test_a_clean_hls_stream_records_no_damage(tmp_path: Path) -> None:
    folder = hls_channel(tmp_path, tmp_path / "hls")
    lib = sm.library(tmp_path / "library", APPROVED)
    result = replay(folder, lib, None, config=WatchConfig(), sample_fps=1.0, work_width=480)
    assert result.error == "" and result.findings == [] and result.damaged == 0


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


async def test_a_live_watch_records_a_segment_cut_short_as_a_signed_observation(tmp_path: Path) -> None:
    root = tmp_path / "site"
    folder = hls_channel(tmp_path, root / "live")
    cut_short(folder, ["seg005.ts"], extra=77)  # the last one, ending inside an MPEG-TS packet
    archive = MemoryArchive()
    with sm.loopback(functools.partial(QuietHandler, directory=str(root))) as server:
        port = server.server_port
        target = await archive.add_target(
            Target(url=f"http://127.0.0.1:{port}/live/index.m3u8", kind=TargetKind.STREAM)
        )
        opened = await watch_stream_target(
            target,
            load_library(sm.library(tmp_path / "library", APPROVED)),
            WatchConfig(),
            UrlPolicy([f"127.0.0.1/32:{port}"]),
            StreamRecorder(archive, IncidentService(archive), target),
            sample_fps=1.0,
            work_width=480,
            stop=threading.Event(),
            max_reconnects=0,
        )
    assert opened == []  # damage is no outage and no defacement: no incident
    observations = await archive.observations(target.id)
    damaged = [o for o in observations if "damaged input" in o.error]
    assert len(damaged) == 1 and damaged[0].verdict == Status.UNAVAILABLE.value
    assert "seg005.ts ends inside an MPEG-TS packet" in damaged[0].error
    stream_t = float(damaged[0].error.removeprefix("damaged input at ").split(" s: ")[0])
    assert 8.0 <= stream_t <= 12.0  # recorded with its stream time (the last segment: 10-12 s)
    assert all(o.verdict != Status.DEFACED.value for o in observations)
    assert (await archive.verify_chain(target.id)).ok


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
