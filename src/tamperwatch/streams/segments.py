"""Where an HLS stream's playlists and segments come from, under our limits.

`SegmentSource` (the interface `hls.HlsSegments` reads through) answers `playlist(url)`,
`segment(url)` and `join(base, reference)`:

- remote addresses (http, https) go through a `RemoteFetch`: in service, `HttpRemote`, the project's
  `HttpFetcher` (every address and redirect hop checked by the one `UrlPolicy`, the body capped at
  `HlsLimits.playlist_max_bytes` / `segment_max_bytes`, one deadline per fetch, at most
  `max_redirects` hops); in tests, any function of (url, max_bytes) (`FunctionRemote`);
- a playlist on disk reads its relative segments from its own folder and nowhere above it.

Every failure is a `SegmentError` (a `StreamError`) whose `kind` is the fetcher's error kind
(policy, timeout, too_large, too_many_redirects, ...) and whose message says which address and why.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urljoin, urlsplit

from tamperwatch.streams.source import StreamError

if TYPE_CHECKING:
    from tamperwatch.capture.http import HttpFetcher
    from tamperwatch.policy import UrlPolicy
    from tamperwatch.settings import Settings

REMOTE_SCHEMES = ("http", "https")
POLICY = "policy"
TOO_LARGE = "too_large"
HTTP_STATUS = "status"
LOCAL = "local"
HTTP_STALL_S = 10.0  # an http(s) stream must bring bytes in every window this long (progressive.py)


class SegmentError(StreamError):
    """A playlist or segment that could not be had; `kind` says why (the fetcher's error kind)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class HlsLimits:
    """The network limits of one stream: its HLS fetches, and (`http_stall_s`) an http(s) stream
    that is not HLS, read by `progressive.py` under the same connect, deadline and redirect limits."""

    playlist_max_bytes: int = 1024 * 1024
    segment_max_bytes: int = 32 * 1024 * 1024
    timeout_s: float = 20.0
    connect_timeout_s: float = 5.0
    max_redirects: int = 5
    http_stall_s: float = HTTP_STALL_S

    @classmethod
    def from_settings(cls, settings: Settings) -> HlsLimits:
        return cls(
            playlist_max_bytes=settings.stream_playlist_max_bytes,
            segment_max_bytes=settings.stream_segment_max_bytes,
            timeout_s=settings.stream_segment_timeout_s,
            connect_timeout_s=settings.connect_timeout_s,
            max_redirects=settings.max_redirects,
            http_stall_s=settings.stream_http_stall_s,
        )


class RemoteFetch(Protocol):
    """The bytes at a remote `url` (at most `max_bytes` of them), or a `SegmentError`."""

    def __call__(self, url: str, max_bytes: int) -> bytes: ...

    def close(self) -> None: ...


class SegmentSource(Protocol):
    def playlist(self, url: str) -> bytes: ...

    def segment(self, url: str) -> bytes: ...

    def join(self, base: str, reference: str) -> str: ...


def is_remote(url: str) -> bool:
    return urlsplit(url).scheme.lower() in REMOTE_SCHEMES


class HlsSource:
    """Remote addresses through `remote`; local ones from the first playlist's folder only."""

    def __init__(self, remote: RemoteFetch | None, limits: HlsLimits) -> None:
        self.remote = remote
        self.limits = limits
        self.root: Path | None = None  # the folder of the first local playlist read

    def join(self, base: str, reference: str) -> str:
        if is_remote(base) or urlsplit(reference).scheme:
            return urljoin(base, reference)
        return str(Path(base).parent / reference)

    def playlist(self, url: str) -> bytes:
        return self._get(url, self.limits.playlist_max_bytes, "playlist")

    def segment(self, url: str) -> bytes:
        return self._get(url, self.limits.segment_max_bytes, "segment")

    def _get(self, url: str, max_bytes: int, what: str) -> bytes:
        scheme = urlsplit(url).scheme.lower()
        if scheme in REMOTE_SCHEMES:
            if self.remote is None:
                raise SegmentError(f"HLS {what} {url}: remote addresses are not read here", POLICY)
            return self.remote(url, max_bytes)
        if len(scheme) > 1:
            raise SegmentError(f"HLS {what} {url}: refused: scheme {scheme!r} is not http or https", POLICY)
        return self._local(Path(url), max_bytes, what)

    def _local(self, path: Path, max_bytes: int, what: str) -> bytes:
        resolved = path.resolve()
        if self.root is None:
            self.root = resolved.parent
        elif not resolved.is_relative_to(self.root):
            raise SegmentError(f"HLS {what} {path}: refused: outside the playlist's folder", POLICY)
        try:
            with resolved.open("rb") as f:
                data = f.read(max_bytes + 1)
        except OSError as exc:
            raise SegmentError(f"HLS {what} {path}: cannot read ({exc.strerror or exc})", LOCAL) from None
        if len(data) > max_bytes:
            raise SegmentError(f"HLS {what} {path}: refused: larger than {max_bytes} bytes", TOO_LARGE)
        return data

    def close(self) -> None:
        if self.remote is not None:
            self.remote.close()


class FunctionRemote:
    """A `RemoteFetch` backed by a plain function (tests, or a store of recorded segments)."""

    def __init__(self, get: Callable[[str, int], bytes]) -> None:
        self.get = get

    def __call__(self, url: str, max_bytes: int) -> bytes:
        data = self.get(url, max_bytes)
        if len(data) > max_bytes:
            raise SegmentError(f"{url}: refused: larger than {max_bytes} bytes", TOO_LARGE)
        return data

    def close(self) -> None:
        pass


class HttpRemote:
    """`RemoteFetch` through the project's `HttpFetcher` (policy, size, deadline, redirects), on an
    event loop of its own: stream reading runs in a thread of its own, never on serve's loop."""

    def __init__(self, policy: UrlPolicy, limits: HlsLimits, user_agent: str = "tamperwatch/0.1") -> None:
        self.policy = policy
        self.limits = limits
        self.user_agent = user_agent
        self._fetchers: dict[int, HttpFetcher] = {}
        self._loop: asyncio.AbstractEventLoop | None = None

    def _fetcher(self, max_bytes: int) -> HttpFetcher:
        from tamperwatch.capture.http import HttpFetcher

        if max_bytes not in self._fetchers:
            self._fetchers[max_bytes] = HttpFetcher(
                self.policy,
                max_body_bytes=max_bytes,
                timeout_s=self.limits.timeout_s,
                connect_timeout_s=self.limits.connect_timeout_s,
                max_redirects=self.limits.max_redirects,
                user_agent=self.user_agent,
                max_connections=2,
            )
        return self._fetchers[max_bytes]

    def __call__(self, url: str, max_bytes: int) -> bytes:
        from tamperwatch.capture.base import FetchRequest

        if self._loop is None:
            self._loop = asyncio.new_event_loop()
        capture = self._loop.run_until_complete(self._fetcher(max_bytes).fetch(FetchRequest(url)))
        if capture.error:
            kind = capture.error_kind or "fetch"
            raise SegmentError(f"HLS {url}: refused ({kind}): {capture.error}", kind)
        if not 200 <= capture.status < 300:
            raise SegmentError(f"HLS {url}: HTTP {capture.status}", HTTP_STATUS)
        return capture.body

    def close(self) -> None:
        if self._loop is None:
            return
        for fetcher in self._fetchers.values():
            self._loop.run_until_complete(fetcher.aclose())
        self._fetchers.clear()
        self._loop.close()
        self._loop = None


def hls_source(policy: UrlPolicy | None, limits: HlsLimits, user_agent: str = "tamperwatch/0.1") -> HlsSource:
    """What `FrameSource` reads HLS through: remote addresses only when a policy is given."""
    return HlsSource(HttpRemote(policy, limits, user_agent) if policy is not None else None, limits)
