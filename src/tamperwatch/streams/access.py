"""How a live `FrameSource` reaches a network stream other than HLS, under the one `UrlPolicy`:
http(s) through tamperwatch's own reader (`progressive.py`), RTSP/UDP/RTP/SRT through ffmpeg held
to the checked address and its scheme's protocols (`pinning.py`). Each call is one connection, so
every reconnect is checked again. Without a `StreamAccess` (`stream replay`, library videos) no
remote stream is opened at all."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from tamperwatch.streams.pinning import FfmpegOpen, Resolve, pinned, system_resolve
from tamperwatch.streams.progressive import ProgressiveLimits, ProgressiveStream

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
        return pinned(url, self.policy, self.resolve)
