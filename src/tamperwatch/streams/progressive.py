"""An http(s) stream that is not HLS (MPEG-TS over HTTP, a progressive MP4 or TS file), read by
tamperwatch itself rather than by ffmpeg's own HTTP client, and handed to PyAV as a file object.

Every hop passes the one `UrlPolicy` before anything is sent to it (redirects are followed by hand,
at most `max_redirects`), and connections go to exactly the checked addresses (`PolicyResolver`: no
DNS rebinding between check and connect). Limits, per connection:

- `answer_timeout_s`: one deadline for connecting, every redirect hop and the final answer's headers;
- `stall_s` / `stall_min_bytes`: a live stream has no total deadline, so instead every `stall_s`
  window of reading must bring at least `stall_min_bytes` (a silent or slowly dripping server is a
  stall, ended with a recorded error and reconnected by the watch);
- header lines and fields at most `max_header_bytes`; no content coding is accepted (`identity`
  only: nothing is decompressed, so no decompression bomb); the body is pulled one read of at most
  `PROGRESSIVE_READ_BYTES` at a time as the decoder asks for it, so memory stays bounded however
  long the stream runs and a fast server is slowed by TCP itself (back-pressure).

Every failure is a `SegmentError` (a `StreamError`) whose `kind` is the fetcher's error kind
(policy, timeout, connect, protocol, status, ...) and whose message names the address and why."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tamperwatch.streams.segments import HTTP_STALL_S, HTTP_STATUS, SegmentError

if TYPE_CHECKING:
    import aiohttp

    from tamperwatch.policy import UrlPolicy
    from tamperwatch.streams.segments import HlsLimits

PROGRESSIVE_READ_BYTES = 64 * 1024  # most bytes one read takes from the socket (and holds)
STALL_MIN_BYTES = 4096  # 3.3 kbit/s: far below any picture stream, far above a drip
IDENTITY = ("", "identity")  # the only content codings accepted (nothing is decompressed)
REDIRECTS = frozenset({301, 302, 303, 307, 308})
STALL = "stall"


@dataclass(frozen=True)
class ProgressiveLimits:
    connect_timeout_s: float = 5.0
    answer_timeout_s: float = 20.0  # connect, every redirect hop and the final answer's headers
    stall_s: float = HTTP_STALL_S  # each window this long of reading must bring `stall_min_bytes`
    stall_min_bytes: int = STALL_MIN_BYTES
    max_redirects: int = 5
    max_header_bytes: int = 32 * 1024

    @classmethod
    def of(cls, limits: HlsLimits) -> ProgressiveLimits:
        """The same connect, answer and redirect limits as the stream's HLS fetches."""
        return cls(
            connect_timeout_s=limits.connect_timeout_s,
            answer_timeout_s=limits.timeout_s,
            stall_s=limits.http_stall_s,
            max_redirects=limits.max_redirects,
        )


class ProgressiveStream:
    """One connection to `url`: `open()` (policy, redirects, answer), then `chunks()` until the
    server ends the body; `close()` always. Runs an event loop of its own in the calling thread
    (the stream's own thread, never serve's loop)."""

    def __init__(
        self, url: str, policy: UrlPolicy, limits: ProgressiveLimits, user_agent: str = "tamperwatch/0.1"
    ) -> None:
        self.url = url
        self.policy = policy
        self.limits = limits
        self.user_agent = user_agent
        self.final_url = url
        self.redirects: list[str] = []
        self.received = 0
        self._loop = asyncio.new_event_loop()
        self._session: aiohttp.ClientSession | None = None
        self._response: aiohttp.ClientResponse | None = None
        self._window_end = 0.0
        self._window_bytes = 0

    def open(self) -> None:
        try:
            self._loop.run_until_complete(asyncio.wait_for(self._answer(), self.limits.answer_timeout_s))
        except TimeoutError:
            raise SegmentError(
                f"HTTP stream {self.final_url}: refused (timeout): no answer within "
                f"{self.limits.answer_timeout_s:g} s",
                "timeout",
            ) from None
        except SegmentError:
            raise
        except Exception as exc:
            raise self._failure(exc) from None
        self._window_end = self._loop.time() + self.limits.stall_s

    def chunks(self) -> Iterator[bytes]:
        while chunk := self._loop.run_until_complete(self._read()):
            yield chunk

    def close(self) -> None:
        if self._loop.is_closed():
            return
        if self._response is not None:
            self._response.close()  # never drain an endless body
        if self._session is not None:
            self._loop.run_until_complete(self._session.close())
        self._loop.close()

    def _failure(self, exc: BaseException) -> SegmentError:
        from tamperwatch.capture.failures import describe_failure

        failure = describe_failure(exc, self.final_url, self.limits.connect_timeout_s)
        where = f"{self.url} (redirected to {self.final_url})" if self.redirects else self.final_url
        return SegmentError(
            f"HTTP stream {where}: refused ({failure.kind}): {failure.message}", failure.kind
        )

    def _new_session(self) -> aiohttp.ClientSession:
        import aiohttp

        from tamperwatch.capture.pinning import PolicyResolver

        return aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(resolver=PolicyResolver(self.policy), limit=1, force_close=True),
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=self.limits.connect_timeout_s),
            auto_decompress=False,
            max_line_size=self.limits.max_header_bytes,
            max_field_size=self.limits.max_header_bytes,
            cookie_jar=aiohttp.DummyCookieJar(),
            trust_env=False,
        )

    async def _answer(self) -> None:
        from yarl import URL

        self._session = session = self._new_session()
        headers = {"User-Agent": self.user_agent, "Accept-Encoding": "identity"}
        url = self.url
        while True:
            self.final_url = url
            target = self.policy.check_url(url).url  # a PolicyError names the reason
            self.final_url = str(target)
            resp = await session.get(target, headers=headers, allow_redirects=False)
            location = resp.headers.get("Location") if resp.status in REDIRECTS else None
            if location is None:
                break
            resp.close()
            if len(self.redirects) >= self.limits.max_redirects:
                raise SegmentError(
                    f"HTTP stream {self.url}: refused (too_many_redirects): more than "
                    f"{self.limits.max_redirects} redirects (last: {self.final_url})",
                    "too_many_redirects",
                )
            self.redirects.append(self.final_url)
            url = str(target.join(URL(location)).with_fragment(None))
        self._response = resp
        if not 200 <= resp.status < 300:
            raise SegmentError(f"HTTP stream {self.final_url}: HTTP {resp.status}", HTTP_STATUS)
        coding = resp.headers.get("Content-Encoding", "").strip().lower()
        if coding not in IDENTITY:
            raise SegmentError(
                f"HTTP stream {self.final_url}: refused (decode): content coding {coding!r} "
                "(a stream is read as it is sent, never decompressed)",
                "decode",
            )

    async def _read(self) -> bytes:
        """The next bytes (b"" at the end of the body), or a stall once a window brings too few."""
        assert self._response is not None
        content = self._response.content
        while True:
            try:
                async with asyncio.timeout_at(self._window_end):
                    chunk: bytes | None = await content.read(PROGRESSIVE_READ_BYTES)
            except TimeoutError:
                chunk = None
            except Exception as exc:
                raise self._failure(exc) from None
            if chunk:
                self.received += len(chunk)
                self._window_bytes += len(chunk)
            now = self._loop.time()
            if now >= self._window_end:
                if self._window_bytes < self.limits.stall_min_bytes:
                    raise SegmentError(
                        f"HTTP stream {self.final_url}: stalled: {self._window_bytes} bytes in "
                        f"{self.limits.stall_s:g} s (at least {self.limits.stall_min_bytes} expected)",
                        STALL,
                    )
                self._window_end, self._window_bytes = now + self.limits.stall_s, 0
            if chunk is not None:
                return chunk
