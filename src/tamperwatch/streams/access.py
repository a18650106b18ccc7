"""How a live `FrameSource` reaches a network stream other than HLS, under the one `UrlPolicy`:
http(s) through tamperwatch's own reader (`progressive.py`), RTSP/UDP/RTP/SRT through ffmpeg held
to the checked address and its scheme's protocols (`pinning.py`), RTSP through a loopback relay that
refuses the server's redirects (`rtsp_relay.py`). Each call is one connection, so
every reconnect is checked again. Without a `StreamAccess` (`stream replay`, library videos) no
remote stream is opened at all."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from tamperwatch.streams.pinning import (
    FFMPEG_PROTOCOLS,
    SCHEME_OPTIONS,
    FfmpegOpen,
    Resolve,
    pinned,
    pinned_address,
    scheme_of,
    system_resolve,
)
from tamperwatch.streams.progressive import ProgressiveLimits, ProgressiveStream
from tamperwatch.streams.rtsp_relay import RTSP_SCHEMES, RelayLimits, RtspRelay

if TYPE_CHECKING:
    from tamperwatch.policy import UrlPolicy


class StreamAccess:
    def __init__(
        self,
        policy: UrlPolicy,
        limits: ProgressiveLimits,
        user_agent: str = "tamperwatch/0.1",
        resolve: Resolve = system_resolve,
    ) -> None:
        self.policy = policy
        self.limits = limits
        self.user_agent = user_agent
        self.resolve = resolve

    def http(self, url: str) -> Iterator[bytes]:
        """The body of `url`, read by tamperwatch (a refusal or failure is a `SegmentError`); the
        connection closes when the iterator is closed or ends."""
        stream = ProgressiveStream(url, self.policy, self.limits, self.user_agent)
        try:
            stream.open()
            yield from stream.chunks()
        finally:
            stream.close()

    def ffmpeg(self, url: str) -> FfmpegOpen:
        """What ffmpeg opens for `url`: the pinned address, or for RTSP a started relay to it (the
        caller closes `relay`)."""
        scheme = scheme_of(url)
        if scheme not in RTSP_SCHEMES:
            return pinned(url, self.policy, self.resolve)
        address = pinned_address(url, self.policy, self.resolve)
        relay = RtspRelay(url, address, self.policy, self.relay_limits(), self.resolve)
        options = {"protocol_whitelist": FFMPEG_PROTOCOLS[scheme], **SCHEME_OPTIONS[scheme]}
        return FfmpegOpen(relay.start(), options, relay)

    def relay_limits(self) -> RelayLimits:
        """The RTSP relay's limits: the same connect, answer and stall limits as http(s) streams."""
        return RelayLimits(
            connect_timeout_s=self.limits.connect_timeout_s,
            accept_timeout_s=self.limits.answer_timeout_s,
            stall_s=self.limits.stall_s,
        )
