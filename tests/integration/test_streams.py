"""`stream replay` on channels made here with PyAV: a clock and a ticker on top of approved pictures,
and a hijack, new text, black or a frozen stretch in the middle. Small pictures keep encoding and
decoding cheap; the same sampling, matching, OCR and persistence run as on a live stream."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from tamperwatch.capture.errors import PolicyError
from tamperwatch.policy import UrlPolicy
from tamperwatch.streams.library import load_library
from tamperwatch.streams.live import check_source, watch_live
from tamperwatch.streams.replay import ReplayResult, replay
from tamperwatch.streams.watch import Finding, WatchConfig
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
    video = sm.encode(tmp_path / "src.mp4", 12, sm.playlist(APPROVED, 6.0))
    hls = sm.to_hls(video, tmp_path / "hls")
    lib = sm.library(tmp_path / "library", APPROVED)
    r = replay(hls, lib, None, config=WatchConfig(), sample_fps=1.0, work_width=480)
    assert r.error == "" and r.samples >= 10
    assert defaced(r) == []


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def hls_server(tmp_path: Path) -> Iterator[tuple[str, int, Path]]:
    """A loopback HTTP server over tmp_path/site (an HLS folder goes there)."""
    site = tmp_path / "site"
    site.mkdir()
    handler = functools.partial(QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", server.server_port, site
    finally:
        server.shutdown()
        server.server_close()


def test_live_hls_over_loopback_http_catches_an_injected_segment(
    tmp_path: Path, hls_server: tuple[str, int, Path]
) -> None:
    base, port, site = hls_server
    foreign = sm.banner(sm.picture(99), "HACKED BY NOBODY")
    video = sm.encode(tmp_path / "src.mp4", 24, with_trouble(12.0, 17.0, lambda t: foreign))
    sm.to_hls(video, site / "live")
    lib = load_library(sm.library(tmp_path / "library", APPROVED))
    found: list[Finding] = []
    stats = watch_live(
        f"{base}/live/index.m3u8",
        lib,
        WatchConfig(),
        UrlPolicy([f"127.0.0.1/32:{port}"]),
        found.append,
        sample_fps=1.0,
        work_width=480,
        stop=threading.Event(),
        max_reconnects=0,
    )
    assert stats.samples >= 20
    hits = [f.t for f in found if f.defaced]
    assert hits and 12.0 <= hits[0] <= 12.0 + DETECT_WITHIN


@pytest.mark.parametrize("source", ["http://127.0.0.1:9/live.m3u8", "file:///etc/passwd", "rtsp://10.0.0.1/x"])
def test_stream_addresses_pass_the_url_policy(source: str) -> None:
    with pytest.raises(PolicyError):
        check_source(source, UrlPolicy())


def test_blinking_slogan_on_black_is_a_hijack_not_an_outage(tmp_path: Path) -> None:
    on = Image.new("RGB", (sm.W, sm.H), (0, 0, 0))
    ImageDraw.Draw(on).text((20, 70), "WE ARE EVERYWHERE", font=sm.font(26), fill=(255, 255, 255))
    off = Image.new("RGB", (sm.W, sm.H), (0, 0, 0))
    r = run(tmp_path, 30, with_trouble(10.0, 20.0, lambda t: on if int(t) % 2 == 0 else off))
    hits = defaced(r)
    assert hits and 10.0 <= hits[0] <= 10.0 + DETECT_WITHIN


@pytest.mark.slow
def test_clean_channel_stays_quiet_for_ten_minutes(tmp_path: Path) -> None:
    """10 minutes of stream time (5 fps keeps the encoding cheap; one keyframe a second as live)."""
    video = sm.encode(tmp_path / "long.mp4", 600, sm.playlist(APPROVED, 7.0), fps=5)
    lib = sm.library(tmp_path / "library", APPROVED)
    r = replay(video, lib, None, config=WatchConfig(), sample_fps=1.0, work_width=480)
    assert r.error == "" and r.samples >= 590
    assert [f for f in r.findings if f.defaced] == []
    assert [f for f in r.findings if f.kind in ("black", "stall")] == []
