"""RTSP goes through tamperwatch's loopback relay: ffmpeg's real RTSP client reads a real (PyAV
encoded) channel from a small RTSP server, over TCP only; a server's redirect never reaches ffmpeg,
so the address it names is never connected to, and the refusal is recorded with the policy's
reason. Servers on 127.0.0.1 only."""

from __future__ import annotations

import contextlib
import socket
import ssl
from collections.abc import Iterator
from ipaddress import ip_address
from pathlib import Path

import pytest

from tamperwatch.capture.ip_ranges import IPAddress
from tamperwatch.policy import UrlPolicy
from tamperwatch.streams.access import StreamAccess
from tamperwatch.streams.progressive import ProgressiveLimits
from tamperwatch.streams.source import FrameSource, StreamError
from tamperwatch.streams.watch import STALL
from tests.support import stream_media as sm
from tests.support.certificates import make_certificate
from tests.support.rtsp_server import RtspServer, serving
from tests.support.stream_watch import first_finding, watch_once

av = pytest.importorskip("av")

APPROVED = [sm.picture(1, "City museum open daily"), sm.picture(2), sm.picture(3, "Spring festival")]
CAMERA = "camera.test"  # a name the test resolves to 127.0.0.1


@pytest.fixture(scope="module")
def channel_ts(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return sm.ts_channel(tmp_path_factory.mktemp("rtsp"), APPROVED, 9, 3.0)


@pytest.fixture
def bystander() -> Iterator[tuple[int, socket.socket]]:
    """A loopback port that must never be connected to (the redirect's target)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.setblocking(False)
        yield listener.getsockname()[1], listener


def connected(listener: socket.socket) -> bool:
    try:
        listener.accept()[0].close()
    except BlockingIOError:
        return False
    return True


def resolve(host: str, port: int) -> set[IPAddress]:
    return {ip_address("127.0.0.1")} if host == CAMERA else {ip_address(host)}


def access_for(*ports: int) -> StreamAccess:
    policy = UrlPolicy([f"127.0.0.1/32:{port}" for port in ports])
    return StreamAccess(policy, ProgressiveLimits(answer_timeout_s=10.0), resolve=resolve)


def test_an_rtsp_channel_is_watched_through_the_relay_over_tcp(tmp_path: Path, channel_ts: bytes) -> None:
    with serving(RtspServer(ts=channel_ts)) as server:
        found, stats = watch_once(server.url, sm.library(tmp_path / "library", APPROVED), [server.port])
    assert stats.last_error == "" and stats.samples >= 8  # 9 s of stream, one sample a second
    assert [f for f in found if f.defaced] == []
    assert server.connections == 1
    assert server.transports and all("RTP/AVP/TCP" in t for t in server.transports)  # never UDP


def test_the_server_sees_its_own_name_in_every_request(channel_ts: bytes) -> None:
    with serving(RtspServer(ts=channel_ts)) as server:
        source = FrameSource(
            server.url_as(CAMERA), sample_fps=1.0, work_width=160, access=access_for(server.port)
        )
        assert [s.t for s in source][:3] == [0.0, 1.0, 2.0]
    assert [r.split(" ")[0] for r in server.requests] == ["OPTIONS", "DESCRIBE", "SETUP", "PLAY"]
    assert all(f" rtsp://{CAMERA}:{server.port}/live" in r for r in server.requests)  # not the relay's port


def test_without_the_relay_ffmpeg_follows_the_redirect(
    channel_ts: bytes, bystander: tuple[int, socket.socket]
) -> None:
    """Why the relay exists: ffmpeg's own RTSP client goes wherever a 3xx says."""
    port, listener = bystander
    moved = RtspServer(ts=channel_ts, redirect=f"rtsp://127.0.0.1:{port}/elsewhere")
    with serving(moved) as server, contextlib.suppress(av.FFmpegError):
        av.open(server.url, options={"rtsp_transport": "tcp"}, timeout=2).close()
    assert connected(listener)


def test_a_redirect_the_policy_refuses_is_recorded_and_never_followed(
    tmp_path: Path, channel_ts: bytes, bystander: tuple[int, socket.socket]
) -> None:
    port, listener = bystander
    with serving(RtspServer(ts=channel_ts, redirect=f"rtsp://127.0.0.1:{port}/elsewhere")) as server:
        _, stats = watch_once(server.url, sm.library(tmp_path / "library", APPROVED), [server.port])
    assert stats.samples == 0 and not connected(listener)
    assert f"redirected to rtsp://127.0.0.1:{port}/elsewhere): refused (policy)" in stats.last_error
    assert f"only at port {server.port}, not {port}" in stats.last_error


@pytest.mark.parametrize("frames_first", [0, 3])
def test_an_allowed_redirect_is_not_followed_either(
    channel_ts: bytes, bystander: tuple[int, socket.socket], frames_first: int
) -> None:
    port, listener = bystander
    moved = RtspServer(
        ts=channel_ts,
        redirect=f"rtsp://viewer:pw@127.0.0.1:{port}/elsewhere",
        redirect_on="OPTIONS",
        redirect_status=301,
        frames_before_redirect=frames_first,  # a 3xx after interleaved frames is found too
    )
    with serving(moved) as server:
        source = FrameSource(server.url, sample_fps=1.0, work_width=160, access=access_for(server.port, port))
        with pytest.raises(
            StreamError, match="refused \\(redirect\\): RTSP redirects are not followed"
        ) as caught:
            list(source)
    assert not connected(listener)
    assert "pw@" not in str(caught.value)  # credentials are not recorded


def test_a_refused_redirect_becomes_the_reason_of_the_stall_finding(
    tmp_path: Path, channel_ts: bytes, bystander: tuple[int, socket.socket]
) -> None:
    port, _ = bystander
    with serving(RtspServer(ts=channel_ts, redirect=f"rtsp://127.0.0.1:{port}/x")) as server:
        found = first_finding(server.url, sm.library(tmp_path / "library", APPROVED), [server.port])
    assert [f.kind for f in found] == [STALL] and not found[0].defaced
    assert "refused (policy)" in found[0].reasons[0]


def test_rtsps_is_verified_by_the_relay(
    tmp_path: Path, channel_ts: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The relay does the TLS (ffmpeg talks plain RTSP to it on loopback) and verifies the
    certificate as page fetches do: refused until the test's certificate is trusted."""
    cert, key, _ = make_certificate(tmp_path)
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert, key)
    with serving(RtspServer(ts=channel_ts), tls) as server:
        secure = f"rtsps://127.0.0.1:{server.port}/live"
        with pytest.raises(StreamError, match=r"refused \(connect\).*CERTIFICATE_VERIFY_FAILED"):
            list(FrameSource(secure, sample_fps=1.0, work_width=160, access=access_for(server.port)))
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        source = FrameSource(secure, sample_fps=1.0, work_width=160, access=access_for(server.port))
        assert [s.t for s in source][:3] == [0.0, 1.0, 2.0]
    assert f"DESCRIBE {secure} RTSP/1.0" in server.requests


def test_a_silent_rtsp_server_is_a_recorded_stall(channel_ts: bytes) -> None:
    with serving(RtspServer(ts=channel_ts, hang_on="DESCRIBE")) as server:
        quick = ProgressiveLimits(stall_s=0.5)
        access = StreamAccess(UrlPolicy([f"127.0.0.1/32:{server.port}"]), quick)
        with pytest.raises(StreamError, match=r"stalled: nothing from the server in 0\.5 s"):
            list(FrameSource(server.url, sample_fps=1.0, work_width=160, access=access))
    assert server.requests[-1].startswith("DESCRIBE")  # it hung there, and the relay gave up
