"""MPEG-TS over plain HTTP (not HLS) is read by tamperwatch, not by ffmpeg's HTTP client: the address
and every redirect hop pass the URL policy, a silent or dripping server is a stall, garbage is a clean
error, and the bytes reach PyAV through a bounded file object. Real servers on 127.0.0.1 only."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import numpy as np
import pytest

from tamperwatch.policy import UrlPolicy
from tamperwatch.streams.access import StreamAccess
from tamperwatch.streams.library import load_library
from tamperwatch.streams.live import watch_live
from tamperwatch.streams.progressive import PROGRESSIVE_READ_BYTES, ProgressiveLimits
from tamperwatch.streams.replay import replay
from tamperwatch.streams.segments import HlsLimits
from tamperwatch.streams.source import FrameSource, Sample, StreamError
from tamperwatch.streams.watch import STALL, Finding, WatchConfig
from tests.support import stream_media as sm
from tests.support.stream_watch import first_finding, watch_once

pytest.importorskip("av")

APPROVED = [sm.picture(1, "City museum open daily"), sm.picture(2), sm.picture(3, "Spring festival")]
SEND_BYTES = 8 * 1024  # the server writes the stream in pieces this big
DRIP_BYTES = 16  # a dripping server sends this much at a time
QUICK = ProgressiveLimits(answer_timeout_s=10.0, stall_s=0.5)


class StreamHandler(BaseHTTPRequestHandler):
    """`/live.ts`: the channel, close-delimited like a live stream (no Content-Length);
    `/endless.ts`: the same, and the connection then held open with no end of the body; `/moved`:
    a redirect to the address in `redirect`; `/drip`: a few bytes now and then, forever; `/silent`:
    headers, then nothing; `/garbage`: bytes that are no stream."""

    protocol_version = "HTTP/1.0"
    ts: bytes
    redirect: list[str]
    seen: list[str]
    gone: threading.Event

    def do_GET(self) -> None:
        self.seen.append(self.path)
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", self.redirect[0])
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "video/mp2t")
        self.end_headers()
        try:
            if self.path in ("/live.ts", "/endless.ts"):
                for i in range(0, len(self.ts), SEND_BYTES):
                    self.wfile.write(self.ts[i : i + SEND_BYTES])
                if self.path == "/endless.ts":
                    self.wfile.flush()
                    self.gone.wait(30)  # the body never ends (as long as the test runs)
            elif self.path == "/garbage":
                self.wfile.write(np.random.default_rng(7).integers(0, 256, 512 * 1024, np.uint8).tobytes())
            elif self.path == "/drip":
                while not self.gone.wait(0.05):
                    self.wfile.write(b"\x47" * DRIP_BYTES)
                    self.wfile.flush()
            elif self.path == "/silent":
                self.gone.wait(30)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the reader hung up: what a stall ends in

    def log_message(self, format: str, *args: object) -> None:
        pass


Server = tuple[str, int, list[str], list[str]]  # base URL, port, paths asked for, redirect target


def serve(ts: bytes) -> Iterator[Server]:
    seen: list[str] = []
    redirect = [""]
    gone = threading.Event()
    attrs = {"ts": ts, "seen": seen, "redirect": redirect, "gone": gone}
    with sm.loopback(type("H", (StreamHandler,), attrs)) as server:
        try:
            yield f"http://127.0.0.1:{server.server_port}", server.server_port, seen, redirect
        finally:
            gone.set()  # handlers still holding a connection end


@pytest.fixture(scope="module")
def channel_ts(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return sm.ts_channel(tmp_path_factory.mktemp("ts"), APPROVED, 12, 6.0)


@pytest.fixture
def server(channel_ts: bytes) -> Iterator[Server]:
    yield from serve(channel_ts)


@pytest.fixture
def other_server(channel_ts: bytes) -> Iterator[Server]:
    yield from serve(channel_ts)


def watch(
    url: str, ports: list[int], lib: Path, limits: HlsLimits | None = None
) -> tuple[list[Finding], str, int]:
    found, stats = watch_once(url, lib, ports, limits)
    return found, stats.last_error, stats.samples


def test_mpegts_over_http_is_read_by_tamperwatch_and_watched(tmp_path: Path, server: Server) -> None:
    base, port, seen, _ = server
    lib = sm.library(tmp_path / "library", APPROVED)
    found, error, samples = watch(f"{base}/live.ts", [port], lib)
    assert error == ""
    assert samples >= 10  # 12 s of stream, one sample a second
    assert [f for f in found if f.defaced] == []
    assert seen == ["/live.ts"]  # one connection, by tamperwatch


def test_a_body_that_never_ends_is_watched_as_it_comes(tmp_path: Path, server: Server) -> None:
    base, port, _, _ = server
    stop = threading.Event()
    times: list[float] = []

    def on_sample(sample: Sample) -> None:
        times.append(sample.t)
        if len(times) == 5:
            stop.set()  # the server is still holding the body open: nothing waited for its end

    watch_live(
        f"{base}/endless.ts",
        load_library(sm.library(tmp_path / "library", APPROVED)),
        WatchConfig(),
        UrlPolicy([f"127.0.0.1/32:{port}"]),
        lambda f: None,
        sample_fps=1.0,
        work_width=480,
        stop=stop,
        on_sample=on_sample,
    )
    assert times == [0.0, 1.0, 2.0, 3.0, 4.0]


def test_frames_come_through_a_bounded_reader(server: Server) -> None:
    base, port, _, _ = server
    access = StreamAccess(UrlPolicy([f"127.0.0.1/32:{port}"]), QUICK)
    chunks = access.http(f"{base}/live.ts")
    sizes = [len(c) for c in chunks]
    assert sum(sizes) > PROGRESSIVE_READ_BYTES and max(sizes) <= PROGRESSIVE_READ_BYTES
    src = FrameSource(f"{base}/live.ts", sample_fps=1.0, work_width=160, access=access)
    times = [s.t for s in src]
    assert times[:3] == [0.0, 1.0, 2.0] and len(times) >= 10


def test_a_redirect_to_an_address_the_policy_refuses_is_recorded_with_its_reason(
    tmp_path: Path, server: Server, other_server: Server
) -> None:
    base, port, _, redirect = server
    other, other_port, other_seen, _ = other_server
    redirect[0] = f"{other}/live.ts"  # loopback too, but at a port the allowlist does not open
    lib = sm.library(tmp_path / "library", APPROVED)
    _, error, samples = watch(f"{base}/moved", [port], lib)
    assert samples == 0 and other_seen == []  # nothing was sent to the refused address
    assert f"redirected to {other}/live.ts): refused (policy)" in error and "loopback" in error
    assert f"only at port {port}, not {other_port}" in error


def test_a_refused_redirect_becomes_the_reason_of_the_stall_finding(
    tmp_path: Path, server: Server, other_server: Server
) -> None:
    base, port, _, redirect = server
    redirect[0] = f"{other_server[0]}/live.ts"
    found = first_finding(f"{base}/moved", sm.library(tmp_path / "library", APPROVED), [port])
    assert [f.kind for f in found] == [STALL] and not found[0].defaced
    assert "refused (policy)" in found[0].reasons[0]


@pytest.mark.parametrize("path", ["/drip", "/silent"])
def test_a_silent_or_dripping_server_hits_the_stall_limit(tmp_path: Path, server: Server, path: str) -> None:
    base, port, _, _ = server
    limits = HlsLimits(http_stall_s=QUICK.stall_s)
    found, error, samples = watch(f"{base}{path}", [port], sm.library(tmp_path / "library", APPROVED), limits)
    assert samples == 0 and found == []
    assert "stalled" in error and f"in {QUICK.stall_s:g} s" in error


def test_garbage_ends_in_a_clean_stream_error(server: Server) -> None:
    base, port, _, _ = server
    access = StreamAccess(UrlPolicy([f"127.0.0.1/32:{port}"]), QUICK)
    with pytest.raises(StreamError, match=r"cannot open .*/garbage: .*Invalid data"):
        list(FrameSource(f"{base}/garbage", sample_fps=1.0, work_width=160, access=access))


def test_replay_never_fetches_a_remote_stream(tmp_path: Path, server: Server) -> None:
    base, _, seen, _ = server
    lib = sm.library(tmp_path / "library", APPROVED)
    result = replay(f"{base}/live.ts", lib, None, config=WatchConfig(), sample_fps=1.0, work_width=480)
    assert "remote streams are not read here" in result.error
    assert seen == []
