"""`silent` findings: audio under ffmpeg silencedetect's -60 dB for its 2 s, decoded from the same
container as the picture (tiny PyAV-made videos)."""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path

import numpy as np
import pytest

from tamperwatch.policy import UrlPolicy
from tamperwatch.streams.library import load_library
from tamperwatch.streams.live import watch_live
from tamperwatch.streams.replay import replay
from tamperwatch.streams.watch import SILENT, Finding, WatchConfig

av = pytest.importorskip("av")

WIDTH, HEIGHT = 64, 48
FPS = 5
RATE = 16000
TONE_HZ = 440.0
TONE_AMPLITUDE = 0.3
AUDIO_FRAME = 1024
DURATION_S = 8.0
SILENCE = (2.0, 5.0)  # the tone stops for 3 s


def _make(path: Path, *, audio: bool, silence: tuple[float, float] | None) -> None:
    rng = np.random.default_rng(7)
    picture = rng.integers(0, 255, (HEIGHT, WIDTH, 3), dtype=np.uint8)
    with av.open(str(path), "w") as out:
        vs = out.add_stream("libx264", rate=FPS)
        vs.width, vs.height, vs.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        as_ = out.add_stream("aac", rate=RATE, layout="mono") if audio else None
        for i in range(int(DURATION_S * FPS)):
            frame = av.VideoFrame.from_ndarray(np.roll(picture, i, axis=1), format="rgb24")
            frame.pts = i
            for p in vs.encode(frame):
                out.mux(p)
        if as_ is not None:
            n = 0
            while n < DURATION_S * RATE:
                t = (n + np.arange(AUDIO_FRAME)) / RATE
                x = (TONE_AMPLITUDE * np.sin(2 * np.pi * TONE_HZ * t)).astype(np.float32)
                if silence is not None:
                    x[(t >= silence[0]) & (t < silence[1])] = 0.0
                af = av.AudioFrame.from_ndarray(x.reshape(1, -1), format="fltp", layout="mono")
                af.sample_rate, af.pts = RATE, n
                for p in as_.encode(af):
                    out.mux(p)
                n += AUDIO_FRAME
            for p in as_.encode(None):
                out.mux(p)
        for p in vs.encode(None):
            out.mux(p)


def _library(tmp_path: Path) -> Path:
    from PIL import Image

    library = tmp_path / "library"
    library.mkdir()
    Image.fromarray(np.full((HEIGHT, WIDTH, 3), 128, np.uint8)).save(library / "approved.png")
    return library


def _silent(tmp_path: Path, *, audio: bool, silence: tuple[float, float] | None) -> list[tuple[float, str]]:
    video = tmp_path / "channel.mp4"
    _make(video, audio=audio, silence=silence)
    out = io.StringIO()
    config = WatchConfig(ocr=False)
    result = replay(video, _library(tmp_path), out, config=config, sample_fps=1.0, work_width=WIDTH)
    assert result.error == ""
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [ln["t"] for ln in lines if ln["kind"] == "silent"] == [
        f.t for f in result.findings if f.kind == SILENT
    ]
    return [(f.t, f.reasons[0]) for f in result.findings if f.kind == SILENT and not f.defaced]


def test_three_seconds_of_silence_is_one_silent_finding_at_its_time(tmp_path: Path) -> None:
    found = _silent(tmp_path, audio=True, silence=SILENCE)
    assert len(found) == 1
    t, reason = found[0]
    min_s = WatchConfig().silent_min_s
    assert SILENCE[0] + min_s - 0.3 <= t <= SILENCE[0] + min_s + 0.3
    assert "-60 dB" in reason


def test_a_video_without_audio_is_never_silent(tmp_path: Path) -> None:
    assert _silent(tmp_path, audio=False, silence=None) == []


def test_a_continuous_tone_is_not_silent(tmp_path: Path) -> None:
    assert _silent(tmp_path, audio=True, silence=None) == []


def test_a_live_stream_reports_silence_through_the_same_watcher(tmp_path: Path) -> None:
    video = tmp_path / "channel.mp4"
    _make(video, audio=True, silence=SILENCE)
    found: list[Finding] = []
    watch_live(
        str(video),
        load_library(_library(tmp_path)),
        WatchConfig(ocr=False),
        UrlPolicy(),
        found.append,
        sample_fps=1.0,
        work_width=WIDTH,
        stop=threading.Event(),
        max_reconnects=0,
    )
    silent = [f for f in found if f.kind == SILENT]
    assert len(silent) == 1 and not silent[0].defaced
    assert (
        SILENCE[0] + WatchConfig().silent_min_s - 0.3
        <= silent[0].t
        <= SILENCE[0] + WatchConfig().silent_min_s + 0.3
    )
