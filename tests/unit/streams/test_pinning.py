"""RTSP/UDP stay with ffmpeg, but held to the address the policy checked and to their own protocols;
no remote stream is opened without the policy-checked access, and no file opens a network address."""

from __future__ import annotations

import contextlib
import io
from http.server import BaseHTTPRequestHandler
from ipaddress import ip_address

import pytest

from tamperwatch.capture.ip_ranges import IPAddress
from tamperwatch.policy import UrlPolicy
from tamperwatch.streams.pinning import FILE_OBJECT_OPTIONS, FfmpegOpen, pinned
from tamperwatch.streams.segments import POLICY, SegmentError
from tamperwatch.streams.source import FrameSource, StreamError
from tests.support import stream_media as sm

PUBLIC = "93.184.216.34"  # never connected to: these tests only build what ffmpeg would be handed
NAMES = {
    "cam.example": {ip_address(PUBLIC)},
    "cam6.example": {ip_address("2606:2800:220:1:248:1893:25c8:1946")},
    "rebind.example": {ip_address(PUBLIC), ip_address("10.0.0.7")},
}


def resolve(host: str, port: int) -> set[IPAddress]:
    return NAMES.get(host) or {ip_address(host)}


def test_rtsp_is_pinned_to_the_checked_address_over_tcp_only() -> None:
    opened = pinned("rtsp://cam.example:8554/live/main?channel=1", UrlPolicy(), resolve)
    assert opened == FfmpegOpen(
        f"rtsp://{PUBLIC}:8554/live/main?channel=1",
        {"protocol_whitelist": "rtsp,tcp", "rtsp_transport": "tcp"},  # no UDP socket at all
    )


def test_credentials_and_ipv6_survive_pinning() -> None:
    opened = pinned("rtsp://viewer:s3cret@cam6.example/stream", UrlPolicy(), resolve)
    assert opened.url == "rtsp://viewer:s3cret@[2606:2800:220:1:248:1893:25c8:1946]/stream"


def test_a_name_with_any_refused_address_is_refused_with_the_reason() -> None:
    with pytest.raises(SegmentError, match=r"refused \(policy\).*10\.0\.0\.7.*private") as caught:
        pinned("rtsp://rebind.example/live", UrlPolicy(), resolve)
    assert caught.value.kind == POLICY


def test_udp_multicast_needs_the_allowlist_and_gets_udp_alone() -> None:
    with pytest.raises(SegmentError, match="multicast"):
        pinned("udp://@239.1.1.1:5000", UrlPolicy(), resolve)
    opened = pinned("udp://@239.1.1.1:5000", UrlPolicy(["239.1.1.0/24:5000"]), resolve)
    assert opened == FfmpegOpen("udp://239.1.1.1:5000", {"protocol_whitelist": "udp"})


@pytest.mark.parametrize("url", ["http://cam.example/live.ts", "file:///etc/passwd", "concat:a.ts|b.ts"])
def test_ffmpeg_is_never_handed_http_or_files_by_url(url: str) -> None:
    with pytest.raises(SegmentError, match="ffmpeg does not connect"):
        pinned(url, UrlPolicy(), resolve)


def test_the_whitelist_is_what_ffmpeg_enforces() -> None:
    av = pytest.importorskip("av")
    rtsp_only = pinned("rtsp://127.0.0.1:9/live", UrlPolicy(["127.0.0.1/32:9"]), resolve).options
    with pytest.raises(av.FFmpegError):  # refused by ffmpeg before any connection
        av.open("http://127.0.0.1:9/live.ts", options=rtsp_only, timeout=1)


@pytest.mark.parametrize("url", ["rtsp://127.0.0.1:9/live", "http://127.0.0.1:9/live.ts", "udp://127.0.0.1:9"])
def test_without_access_no_remote_stream_is_opened(url: str) -> None:
    pytest.importorskip("av")
    with pytest.raises(StreamError, match="remote streams are not read here"):
        list(FrameSource(url, sample_fps=1.0, work_width=160))


def test_bytes_tamperwatch_fetched_cannot_lead_ffmpeg_to_the_network() -> None:
    """A stream's bytes are opened with no protocol allowed: even forced to read them as an HLS
    playlist, ffmpeg fetches nothing it names (without the option, it does)."""
    av = pytest.importorskip("av")
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    with sm.loopback(Handler) as server:
        playlist = (
            "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\n"
            f"http://127.0.0.1:{server.server_port}/seg.ts\n#EXT-X-ENDLIST\n"
        ).encode()
        for options in (FILE_OBJECT_OPTIONS, {}):
            with contextlib.suppress(av.FFmpegError):
                av.open(io.BytesIO(playlist), format="hls", options=options).close()
    assert asked == ["/seg.ts"]  # only the open without the option reached the server
