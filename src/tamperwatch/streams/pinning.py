"""Streams ffmpeg still connects to itself (RTSP, UDP, RTP, SRT), held to the address the policy checked.

There is no Python client for these here, so ffmpeg's own is kept, but for each connection:

- the host is resolved once, every address it resolves to passes the one `UrlPolicy`, and ffmpeg is
  handed the first of them as an IP literal (credentials, port, path and query kept): ffmpeg does no
  DNS lookup of its own, so a name cannot be re-pointed (DNS rebinding) between the check and the
  connection;
- ffmpeg's `protocol_whitelist` is limited to what the scheme needs (UDP: udp alone; RTP: rtp and
  udp), so the stream cannot lead ffmpeg into http, file, tls or any other protocol;
- RTSP goes further (`rtsp_relay.py`): the media is carried in the RTSP connection itself
  (`rtsp_transport=tcp`, protocols `rtsp,tcp`: no UDP, so no packet to a SETUP answer's `source`),
  and that connection runs through a loopback relay that connects to the checked address and never
  passes a server's redirect on to ffmpeg.

Local files are opened with the `file` protocol only, and a file object (HLS segments, an HTTP
stream read by tamperwatch) with none: ffmpeg opens nothing by itself from what a stream contains."""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from ipaddress import ip_address
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from tamperwatch.capture.errors import PolicyError
from tamperwatch.capture.ip_ranges import IPAddress
from tamperwatch.policy import UrlPolicy
from tamperwatch.streams.segments import POLICY, SegmentError
from tamperwatch.streams.source import StreamError

if TYPE_CHECKING:
    from tamperwatch.streams.rtsp_relay import RtspRelay

DEFAULT_PORTS = {"http": 80, "https": 443, "rtsp": 554, "rtsps": 322, "udp": 0, "rtp": 0, "srt": 0}
FFMPEG_PROTOCOLS = {  # what ffmpeg may open for one stream of each scheme (protocol_whitelist)
    "rtsp": "rtsp,tcp",  # to the loopback relay, media interleaved (rtsp_relay.py)
    "rtsps": "rtsp,tcp",  # the relay does the TLS
    "udp": "udp",
    "rtp": "rtp,udp",
    "srt": "srt,udp",
}
SCHEME_OPTIONS = {"rtsp": {"rtsp_transport": "tcp"}, "rtsps": {"rtsp_transport": "tcp"}}
LOCAL_FILE_OPTIONS = {"protocol_whitelist": "file"}
FILE_OBJECT_OPTIONS = {"protocol_whitelist": "none"}  # no protocol has that name: ffmpeg opens nothing

Resolve = Callable[[str, int], set[IPAddress]]


@dataclass(frozen=True)
class FfmpegOpen:
    """What to hand `av.open`: the pinned URL and its options, and the relay it connects to (RTSP;
    closed when the container is)."""

    url: str
    options: dict[str, str] = field(default_factory=dict)
    relay: RtspRelay | None = field(default=None, compare=False)


def scheme_of(source: str) -> str:
    """The URL scheme of `source`, "" for a path (a Windows drive letter is no scheme)."""
    scheme = urlsplit(source).scheme.lower()
    return scheme if len(scheme) > 1 else ""


def system_resolve(host: str, port: int) -> set[IPAddress]:
    """Every address `host` names (an IP literal names itself); a `StreamError` when none."""
    try:
        return {ip_address(host)}
    except ValueError:
        pass
    try:
        return {
            ip_address(str(info[4][0]).split("%", 1)[0]) for info in socket.getaddrinfo(host, port or None)
        }
    except OSError as exc:
        raise StreamError(f"{host}: cannot resolve ({exc})") from exc


def checked_addresses(source: str, policy: UrlPolicy, resolve: Resolve = system_resolve) -> list[IPAddress]:
    """The addresses `source`'s host resolves to, each passed by `policy` (else `PolicyError`)."""
    parts = urlsplit(source)
    host = parts.hostname or ""
    if not host:
        raise PolicyError(f"blocked: {source!r} has no host")
    port = parts.port or DEFAULT_PORTS.get(scheme_of(source), 0)
    addresses = sorted(resolve(host, port), key=lambda a: (a.version, a.packed))
    for address in addresses:
        policy.check_address(address, port, host)
    return addresses


def pinned_address(source: str, policy: UrlPolicy, resolve: Resolve = system_resolve) -> IPAddress:
    """The address ffmpeg (or the RTSP relay) connects to for `source`: the first checked one; a
    refusal is a `SegmentError` (kind policy) naming the reason."""
    scheme = scheme_of(source)
    if scheme not in FFMPEG_PROTOCOLS:
        raise SegmentError(
            f"{source}: refused: ffmpeg does not connect to {scheme or 'a path'!r} here", POLICY
        )
    try:
        return checked_addresses(source, policy, resolve)[0]
    except PolicyError as exc:
        raise SegmentError(f"{source}: refused (policy): {exc.message}", POLICY) from None


def pinned(source: str, policy: UrlPolicy, resolve: Resolve = system_resolve) -> FfmpegOpen:
    """`source` with its host replaced by its first checked address, and ffmpeg's protocols limited
    to the scheme's own; a refusal is a `SegmentError` (kind policy) naming the reason."""
    scheme = scheme_of(source)
    address = pinned_address(source, policy, resolve)
    parts = urlsplit(source)
    literal = f"[{address.compressed}]" if address.version == 6 else address.compressed
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = (f"{userinfo}@" if userinfo else "") + literal + (f":{parts.port}" if parts.port else "")
    url = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return FfmpegOpen(url, {"protocol_whitelist": FFMPEG_PROTOCOLS[scheme], **SCHEME_OPTIONS.get(scheme, {})})
