"""`stream replay` on channels made here with PyAV: a clock and a ticker on top of approved pictures,
and a hijack, new text, black or a frozen stretch in the middle. Small pictures keep encoding and
decoding cheap; the same sampling, matching, OCR and persistence run as on a live stream."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tamperwatch.streams.replay import ReplayResult, replay
from tamperwatch.streams.watch import WatchConfig
from tests.support import stream_media as sm

pytest.importorskip("av")

PERSIST = WatchConfig().persistence_s
DETECT_WITHIN = PERSIST + 2.0  # the goal: within 2 s of stream time after the persistence window
APPROVED = [sm.picture(1, "City museum open daily"), sm.picture(2), sm.picture(3, "Spring festival")]


def run(tmp_path: Path, seconds: float, script: sm.Script, **kw: object) -> ReplayResult:
    video = sm.encode(tmp_path / "stream.mp4", seconds, script, **kw)  # type: ignore[arg-type]
    lib = sm.library(tmp_path / "library", APPROVED)
    return replay(video, lib, None, config=WatchConfig(), sample_fps=1.0, work_width=480)


def with_trouble(start: float, end: float, trouble: sm.Script) -> sm.Script:
    normal = sm.playlist(APPROVED, 6.0)
    return lambda t: trouble(t) if start <= t < end else normal(t)


def defaced(r: ReplayResult) -> list[float]:
    return [f.t for f in r.findings if f.defaced]


def test_clean_channel_with_clock_and_ticker_is_quiet(tmp_path: Path) -> None:
    r = run(tmp_path, 40, sm.playlist(APPROVED, 6.0))
    assert r.error == ""
    assert r.keyframes_only  # a 1 s GOP sampled at 1 fps decodes keyframes only
    assert [f for f in r.findings if f.kind not in ("frozen",)] == []


def test_foreign_picture_for_5s_is_caught_after_the_persistence_window(tmp_path: Path) -> None:
    foreign = sm.banner(sm.picture(99), "HACKED BY NOBODY")
    r = run(tmp_path, 30, with_trouble(12.0, 17.0, lambda t: foreign))
    hits = defaced(r)
    assert hits and 12.0 <= hits[0] <= 12.0 + DETECT_WITHIN
    assert all(12.0 <= t <= 17.0 + 5 for t in hits)
    assert r.findings[[f.t for f in r.findings].index(hits[0])].kind == "unknown-content"


def test_flash_shorter_than_the_persistence_window_stays_quiet(tmp_path: Path) -> None:
    foreign = sm.picture(77)
    r = run(tmp_path, 30, with_trouble(12.0, 13.5, lambda t: foreign))
    assert defaced(r) == []


@pytest.mark.parametrize(
    ("text", "cjk"),
    [("Your screens are ours now", False), ("分裂势力自取灭亡", True)],
)
def test_new_text_on_the_approved_background_is_caught(tmp_path: Path, text: str, cjk: bool) -> None:
    if cjk and not sm.CJK_FONT.exists():
        pytest.skip("fonts-noto-cjk is not installed")
    hijacked = sm.banner(APPROVED[1], text, cjk)
    start = 13.0
    r = run(tmp_path, 30, with_trouble(start, start + 6.0, lambda t: hijacked))
    hits = [f for f in r.findings if f.defaced]
    assert hits, r.findings
    assert start <= hits[0].t <= start + DETECT_WITHIN
    assert hits[0].kind in ("text-policy", "unknown-content")


def test_black_stretch_is_black_never_defaced(tmp_path: Path) -> None:
    black = Image.new("RGB", (sm.W, sm.H), (0, 0, 0))
    r = run(tmp_path, 30, with_trouble(10.0, 16.0, lambda t: black))
    assert defaced(r) == []
    assert any(f.kind == "black" and 10.0 <= f.t <= 19.0 for f in r.findings)


def test_frozen_stretch_is_frozen_never_defaced(tmp_path: Path) -> None:
    normal = sm.playlist(APPROVED, 6.0)
    held = sm.overlays(normal(10.0), 10.0)

    def script(t: float) -> Image.Image:
        return held if 10.0 <= t < 16.0 else sm.overlays(normal(t), t)

    r = run(tmp_path, 30, script, clock=False)
    assert defaced(r) == []
    assert any(f.kind == "frozen" and 10.0 <= f.t <= 19.0 for f in r.findings)


def test_truncated_recording_ends_in_a_clean_error(tmp_path: Path) -> None:
    video = sm.encode(tmp_path / "whole.mp4", 6, sm.playlist(APPROVED, 6.0))
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(video.read_bytes()[: video.stat().st_size // 2])
    lib = sm.library(tmp_path / "library", APPROVED)
    proc = subprocess.run(
        [sys.executable, "-m", "tamperwatch", "stream", "replay", str(cut), "--library", str(lib)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode in (1, 2)
    assert proc.stderr.startswith("error:") and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_garbage_is_not_a_stream(tmp_path: Path) -> None:
    bad = tmp_path / "noise.ts"
    bad.write_bytes(bytes(range(256)) * 64)
    lib = sm.library(tmp_path / "library", APPROVED)
    out = tmp_path / "events.jsonl"
    cmd = [sys.executable, "-m", "tamperwatch", "stream", "replay", str(bad), "--library", str(lib)]
    proc = subprocess.run(
        [*cmd, "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode in (1, 2)
    assert proc.stderr.startswith("error:") and "Traceback" not in proc.stderr
    assert all(json.loads(line) for line in out.read_text().splitlines()) if out.exists() else True


def test_hls_folder_is_a_source(tmp_path: Path) -> None:
    import av

    video = sm.encode(tmp_path / "src.mp4", 12, sm.playlist(APPROVED, 6.0))
    hls = tmp_path / "hls"
    hls.mkdir()
    with av.open(str(video)) as inp:
        vin = inp.streams.video[0]
        out = av.open(
            str(hls / "index.m3u8"), "w", format="hls", options={"hls_time": "2", "hls_playlist_type": "vod"}
        )
        vout = out.add_stream_from_template(vin)
        for packet in inp.demux(vin):
            if packet.dts is None:
                continue
            packet.stream = vout
            out.mux(packet)
        out.close()
    lib = sm.library(tmp_path / "library", APPROVED)
    r = replay(hls, lib, None, config=WatchConfig(), sample_fps=1.0, work_width=480)
    assert r.error == "" and r.samples >= 10
    assert defaced(r) == []
