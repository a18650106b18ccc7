"""HttpFetcher: fetch a URL with aiohttp under hard limits, every hop passing the URL policy.

One long-lived ``ClientSession``; redirects are followed by hand so each hop is checked; host names
resolve through the policy and connections go to exactly the checked addresses; the body is
decoded here, in bounded chunks, and counted after decompression; one deadline covers the whole
fetch. Failures never raise: they come back as a ``Capture`` with ``error`` and ``error_kind``
(a ``FetchErrorKind``: policy, timeout, too_large, too_many_redirects, redirect_loop, connect, tls,
protocol, decode).

What a Capture records: ``final_url`` (the URL that gave the final answer), ``redirect_chain``
(the URLs that answered with a redirect, in order; empty without redirects), ``status``,
``headers``, ``body`` (decoded), ``resolved_ip`` (the peer connected to), ``tls`` (for https) and
``timings`` in seconds: ``dns`` and ``connect`` (new connections only), ``ttfb`` (start to the final
response's headers) and ``fetch`` (the whole fetch). A 304 answer to a conditional GET (from
``FetchRequest.etag`` / ``last_modified``) gives ``not_modified=True`` and an empty body.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohappyeyeballs import SocketFactoryType
from yarl import URL

from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.body import BodyCounts, discard_body, read_body
from tamperwatch.capture.decoders import DECODE_CHUNK
from tamperwatch.capture.errors import FetchError, FetchErrorKind
from tamperwatch.capture.failures import describe_failure
from tamperwatch.capture.http_timings import FETCH_TIMINGS, TimedConnector
from tamperwatch.capture.pinning import PolicyResolver
from tamperwatch.capture.tls import TlsSummarizer
from tamperwatch.models import Capture, TlsSummary
from tamperwatch.policy import UrlPolicy

if TYPE_CHECKING:
    from tamperwatch.settings import Settings

ACCEPT_ENCODING = "gzip, deflate, br, zstd"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(slots=True)
class FetchStats(BodyCounts):
    """What one fetch did besides its Capture: body bytes on the wire and decoded, and its timings."""

    timings: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class _Progress:
    """How far a fetch got, so a failure still records the chain, the status and the peer."""

    url: str
    chain: list[str] = field(default_factory=list)
    status: int = 0
    headers: tuple[tuple[str, str], ...] = ()
    resolved_ip: str = ""
    tls: TlsSummary | None = None


class HttpFetcher:
    """The HTTP tier's ``Fetcher``. Create once, share, ``await aclose()`` at the end."""

    def __init__(
        self,
        policy: UrlPolicy,
        *,
        max_body_bytes: int = 10 * 1024 * 1024,
        timeout_s: float = 20.0,
        connect_timeout_s: float = 5.0,
        max_redirects: int = 10,
        max_header_bytes: int = 32 * 1024,
        user_agent: str = "tamperwatch/0.1",
        max_connections: int = 100,
        ssl_context: ssl.SSLContext | None = None,
        socket_factory: SocketFactoryType | None = None,
    ) -> None:
        self.policy = policy
        self.max_body_bytes = max_body_bytes
        self.max_raw_bytes = max_body_bytes + max_body_bytes // 8 + DECODE_CHUNK
        self.timeout_s = timeout_s
        self.connect_timeout_s = connect_timeout_s
        self.max_redirects = max_redirects
        self.max_header_bytes = max_header_bytes
        self.user_agent = user_agent
        self.max_connections = max_connections
        self.ssl_context = ssl_context
        self.socket_factory = socket_factory
        self._tls = TlsSummarizer()
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @classmethod
    def from_settings(
        cls, settings: Settings, policy: UrlPolicy | None = None, **overrides: Any
    ) -> HttpFetcher:
        """A fetcher with the settings' limits; ``overrides`` replace or add constructor options."""
        options: dict[str, Any] = {
            "max_body_bytes": settings.max_body_bytes,
            "timeout_s": settings.fetch_timeout_s,
            "connect_timeout_s": settings.connect_timeout_s,
            "max_redirects": settings.max_redirects,
            "max_header_bytes": settings.max_header_bytes,
            "user_agent": settings.user_agent,
        }
        options.update(overrides)
        return cls(policy if policy is not None else UrlPolicy.from_settings(settings), **options)

    def _session_for_loop(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is None or self._session.closed or self._loop is not loop:
            self._loop = loop
            connector = TimedConnector(
                resolver=PolicyResolver(self.policy),
                limit=self.max_connections,
                ssl=self.ssl_context if self.ssl_context is not None else True,
                socket_factory=self.socket_factory,
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=self.connect_timeout_s),
                auto_decompress=False,
                max_line_size=self.max_header_bytes,
                max_field_size=self.max_header_bytes,
                cookie_jar=aiohttp.DummyCookieJar(),
                trust_env=False,
            )
        return self._session

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def fetch(self, request: FetchRequest) -> Capture:
        capture, _stats = await self.fetch_with_stats(request)
        return capture

    async def fetch_with_stats(self, request: FetchRequest) -> tuple[Capture, FetchStats]:
        """Fetch ``request``; the Capture records the result or the failure, never raising for either."""
        fetched_at = datetime.now(UTC)
        stats = FetchStats()
        progress = _Progress(request.url)
        started = time.perf_counter()
        token = FETCH_TIMINGS.set(stats.timings)
        try:
            async with asyncio.timeout(self.timeout_s):
                capture = await self._fetch(request, stats, progress, fetched_at, started)
        except TimeoutError:
            failure = FetchError(
                f"no complete answer from {progress.url} within the {self.timeout_s:g} s deadline",
                FetchErrorKind.TIMEOUT,
            )
            capture = self._failed(request, progress, failure, fetched_at, stats)
        except Exception as exc:  # a fetch must never raise on a hostile peer
            failure = describe_failure(exc, progress.url, self.connect_timeout_s)
            capture = self._failed(request, progress, failure, fetched_at, stats)
        finally:
            FETCH_TIMINGS.reset(token)
        stats.timings["fetch"] = time.perf_counter() - started
        return capture, stats

    def _failed(
        self, request: FetchRequest, progress: _Progress, failure: FetchError, at: datetime, stats: FetchStats
    ) -> Capture:
        return Capture(
            url=request.url,
            fetched_at=at,
            final_url=progress.url,
            status=progress.status,
            headers=progress.headers,
            redirect_chain=tuple(progress.chain),
            tls=progress.tls,
            resolved_ip=progress.resolved_ip,
            timings=stats.timings,
            error=failure.message,
            error_kind=str(failure.kind),
        )

    def _request_headers(self, request: FetchRequest) -> dict[str, str]:
        headers = {"User-Agent": request.user_agent or self.user_agent, "Accept-Encoding": ACCEPT_ENCODING}
        headers.update(request.headers)
        if request.referer:
            headers["Referer"] = request.referer
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        return headers

    async def _fetch(
        self, request: FetchRequest, stats: FetchStats, progress: _Progress, at: datetime, started: float
    ) -> Capture:
        session = self._session_for_loop()
        headers = self._request_headers(request)
        url = request.url
        visited: set[str] = set()
        while True:
            checked = self.policy.check_url(url)
            target = checked.url
            progress.url = str(target)
            progress.resolved_ip = checked.address.compressed if checked.address is not None else ""
            if progress.url in visited:
                raise FetchError(
                    f"redirect loop: {progress.url} was already visited", FetchErrorKind.REDIRECT_LOOP
                )
            visited.add(progress.url)
            async with session.get(target, headers=headers, allow_redirects=False) as resp:
                stats.timings["ttfb"] = time.perf_counter() - started
                self._record_peer(resp, progress)
                location = resp.headers.get("Location") if resp.status in REDIRECT_STATUSES else None
                if location is None:
                    body = (
                        b""
                        if resp.status == 304
                        else await read_body(resp, stats, self.max_body_bytes, self.max_raw_bytes)
                    )
                    return Capture(
                        url=request.url,
                        fetched_at=at,
                        final_url=progress.url,
                        status=resp.status,
                        headers=progress.headers,
                        body=body,
                        redirect_chain=tuple(progress.chain),
                        tls=progress.tls,
                        resolved_ip=progress.resolved_ip,
                        timings=stats.timings,
                        not_modified=resp.status == 304,
                    )
                await discard_body(resp)
            if len(progress.chain) >= self.max_redirects:
                raise FetchError(
                    f"too many redirects: more than {self.max_redirects} (last: {progress.url})",
                    FetchErrorKind.TOO_MANY_REDIRECTS,
                )
            progress.chain.append(progress.url)
            try:
                url = str(target.join(URL(location)).with_fragment(None))
            except ValueError as exc:
                raise FetchError(f"invalid redirect target {location!r}", FetchErrorKind.PROTOCOL) from exc

    def _record_peer(self, resp: aiohttp.ClientResponse, progress: _Progress) -> None:
        progress.status = resp.status
        progress.headers = tuple(resp.headers.items())
        # A small body may be complete already, and its connection back in the pool: ask the protocol.
        protocol = getattr(resp, "_protocol", None)
        transport = getattr(protocol, "transport", None)
        if transport is None and resp.connection is not None:
            transport = resp.connection.transport
        if transport is not None:
            peer = transport.get_extra_info("peername")
            if peer:
                progress.resolved_ip = str(peer[0])
            progress.tls = self._tls.of_transport(transport) if resp.url.scheme == "https" else None
