"""ffmpeg's RTSP connection, run through a loopback relay that holds it to the checked address.

ffmpeg's RTSP client follows a server's 3xx answer (`Location:`) to any address, and with RTP over
UDP sends packets to whatever address a SETUP answer names. So for `rtsp://` and `rtsps://`:

- ffmpeg is told to carry the media interleaved in the one RTSP connection (`rtsp_transport=tcp`,
  protocols `rtsp,tcp` only: no UDP socket is ever opened), and to connect to this relay on
  127.0.0.1, which accepts that one connection;
- the relay connects to the address the policy checked (pinned: no DNS of its own), with TLS for
  `rtsps` (verified against the URL's host name, as page fetches are), and copies bytes both ways;
- it reads the server's bytes as ffmpeg would (`rtsp_framing.py`) and never passes on a 3xx: the
  Location is checked against the `UrlPolicy` (a refusal names the policy's reason), and even an
  allowed one is not followed (a redirect would need a new pinned connection; the error says
  "RTSP redirects are not followed"). The connection is closed and the error recorded;
- ffmpeg's request lines name the relay; they are rewritten to the server's own origin before they
  are sent on, so the server sees the URL it was given.

The relay runs an event loop in a thread of its own for the life of one connection: ffmpeg blocks
the stream's thread inside its own socket calls, so the relay cannot share that thread's loop as
`progressive.py` does. Memory is bounded (one read of `RELAY_READ_BYTES` each way, a message head
at most `MAX_HEAD_BYTES`, writes wait for the reader: back-pressure); the server must send something
in every `stall_s` window."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit, urlunsplit

from tamperwatch.capture.errors import PolicyError
from tamperwatch.streams.pinning import DEFAULT_PORTS, Resolve, checked_addresses, scheme_of
from tamperwatch.streams.rtsp_framing import (
    MAX_BODY_BYTES,
    MAX_HEAD_BYTES,
    Head,
    RtspFramingError,
    RtspSplitter,
    rewrite_request,
)
from tamperwatch.streams.segments import HTTP_STALL_S, POLICY, SegmentError
from tamperwatch.streams.source import StreamError

if TYPE_CHECKING:
    from tamperwatch.capture.ip_ranges import IPAddress
    from tamperwatch.policy import UrlPolicy

RTSP_SCHEMES = ("rtsp", "rtsps")
RELAY_HOST = "127.0.0.1"
RELAY_READ_BYTES = 64 * 1024  # most bytes one read takes (and holds) in either direction
RELAY_JOIN_S = 5.0  # how long close() waits for the relay's thread
REDIRECT = "redirect"
PROTOCOL = "protocol"
CONNECT = "connect"
STALL = "stall"
NOT_FOLLOWED = "RTSP redirects are not followed"


@dataclass(frozen=True)
class RelayLimits:
    connect_timeout_s: float = 5.0  # the relay's connection to the server (TLS included)
    accept_timeout_s: float = 20.0  # ffmpeg must connect to the relay within this
    stall_s: float = HTTP_STALL_S  # the server must send something in every window this long
    max_head_bytes: int = MAX_HEAD_BYTES
    max_body_bytes: int = MAX_BODY_BYTES


def without_userinfo(url: str) -> str:
    """`url` as it may be shown and recorded: credentials removed."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


class RtspRelay:
    """One RTSP connection from ffmpeg to `address` (the checked address of `source`'s host).
    `start()` returns the URL to hand ffmpeg; `error` holds why the relay ended it (a refused
    redirect, a stall, a failed connection), None otherwise; `close()` always."""

    def __init__(
        self,
        source: str,
        address: IPAddress,
        policy: UrlPolicy,
        limits: RelayLimits,
        resolve: Resolve,
    ) -> None:
        parts = urlsplit(source)
        self.source = source
        self.shown = without_userinfo(source)
        self.scheme = scheme_of(source)
        self.host = parts.hostname or ""
        self.address = address
        self.port = parts.port or DEFAULT_PORTS[self.scheme]
        self.origin = f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}"
        self.policy = policy
        self.limits = limits
        self.resolve = resolve
        self.error: StreamError | None = None
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind((RELAY_HOST, 0))
        self._listener.listen(1)
        self._listener.setblocking(False)
        relay_port = self._listener.getsockname()[1]
        self.relay_origin = f"rtsp://{RELAY_HOST}:{relay_port}"
        userinfo = parts.netloc.rpartition("@")[0]
        netloc = (f"{userinfo}@" if userinfo else "") + f"{RELAY_HOST}:{relay_port}"
        self.url = urlunsplit(("rtsp", netloc, parts.path, parts.query, ""))
        self._loop = asyncio.new_event_loop()
        self._task: asyncio.Task[None] | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> str:
        self._task = self._loop.create_task(self._main())
        self._thread = threading.Thread(target=self._run, name="rtsp-relay", daemon=True)
        self._thread.start()
        return self.url

    def close(self) -> None:
        if self._thread is not None and self._task is not None:
            with contextlib.suppress(RuntimeError):  # the loop is already done
                self._loop.call_soon_threadsafe(self._task.cancel)
            self._thread.join(RELAY_JOIN_S)
        if not self._thread or not self._thread.is_alive():
            self._listener.close()
            if not self._loop.is_closed():
                self._loop.close()

    def _run(self) -> None:
        assert self._task is not None
        with contextlib.suppress(asyncio.CancelledError):
            self._loop.run_until_complete(self._task)

    async def _main(self) -> None:
        try:
            async with asyncio.timeout(self.limits.accept_timeout_s):
                client, _ = await self._loop.sock_accept(self._listener)
        except TimeoutError:
            return  # ffmpeg never came: it has failed on its own
        finally:
            self._listener.close()  # one connection only
        c_reader, c_writer = await asyncio.open_connection(sock=client, limit=RELAY_READ_BYTES)
        try:
            s_reader, s_writer = await self._connect()
        except StreamError as exc:
            self.error = exc
            c_writer.close()
            return
        try:
            await self._pump(c_reader, c_writer, s_reader, s_writer)
        finally:
            c_writer.close()  # after `error` is set: ffmpeg sees the end only then
            s_writer.close()

    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        tls = ssl.create_default_context() if self.scheme == "rtsps" else None
        try:
            async with asyncio.timeout(self.limits.connect_timeout_s):
                return await asyncio.open_connection(
                    self.address.compressed,
                    self.port,
                    ssl=tls,
                    server_hostname=self.host if tls is not None else None,
                    limit=RELAY_READ_BYTES,
                )
        except TimeoutError:
            why = f"no connection within {self.limits.connect_timeout_s:g} s"
        except (OSError, ssl.SSLError) as exc:
            why = str(exc) or type(exc).__name__
        raise SegmentError(f"RTSP stream {self.shown}: refused ({CONNECT}): {why}", CONNECT)

    async def _pump(
        self,
        c_reader: asyncio.StreamReader,
        c_writer: asyncio.StreamWriter,
        s_reader: asyncio.StreamReader,
        s_writer: asyncio.StreamWriter,
    ) -> None:
        """Both directions until either ends; a refusal or stall is kept in `error`."""
        tasks = {
            asyncio.create_task(self._up(c_reader, s_writer)),
            asyncio.create_task(self._down(s_reader, c_writer)),
        }
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)  # both ended before the loop closes
        for task in done:
            exc = None if task.cancelled() else task.exception()
            if isinstance(exc, StreamError):
                self.error = exc

    async def _up(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """ffmpeg to the server: request lines moved back to the server's origin."""
        await self._copy(lambda: reader.read(RELAY_READ_BYTES), writer, self._request)

    async def _down(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """The server to ffmpeg: never a redirect."""
        await self._copy(lambda: self._read(reader), writer, self._answer)

    async def _copy(
        self,
        read: Callable[[], Awaitable[bytes]],
        writer: asyncio.StreamWriter,
        judge: Callable[[Head], bytes],
    ) -> None:
        """Pieces of what `read` brings to `writer`, each message head through `judge` first."""
        splitter = self._splitter()
        with contextlib.suppress(ConnectionError):
            while data := await read():
                for piece in self._split(splitter, data):
                    writer.write(judge(piece) if isinstance(piece, Head) else piece)
                await writer.drain()

    def _request(self, head: Head) -> bytes:
        return rewrite_request(head, self.relay_origin, self.origin)

    def _answer(self, head: Head) -> bytes:
        if 300 <= head.status < 400:
            raise self._redirect(head)
        return head.raw

    async def _read(self, reader: asyncio.StreamReader) -> bytes:
        try:
            async with asyncio.timeout(self.limits.stall_s):
                return await reader.read(RELAY_READ_BYTES)
        except TimeoutError:
            raise SegmentError(
                f"RTSP stream {self.shown}: stalled: nothing from the server in {self.limits.stall_s:g} s",
                STALL,
            ) from None

    def _splitter(self) -> RtspSplitter:
        limits = self.limits
        return RtspSplitter(max_head_bytes=limits.max_head_bytes, max_body_bytes=limits.max_body_bytes)

    def _split(self, splitter: RtspSplitter, data: bytes) -> list[bytes | Head]:
        try:
            return splitter.feed(data)
        except RtspFramingError as exc:
            raise SegmentError(f"RTSP stream {self.shown}: refused ({PROTOCOL}): {exc}", PROTOCOL) from None

    def _redirect(self, head: Head) -> SegmentError:
        """The error for a 3xx answer: the policy's reason, or that redirects are not followed."""
        location = head.header("Location")
        if not location:
            why = f"an RTSP {head.status} answer without a Location"
            return SegmentError(f"RTSP stream {self.shown}: refused ({REDIRECT}): {why}", REDIRECT)
        target = urljoin(self.source, location)
        where = f"RTSP stream {self.shown} (redirected to {without_userinfo(target)})"
        try:
            if scheme_of(target) not in RTSP_SCHEMES:
                raise PolicyError(f"blocked: scheme {scheme_of(target)!r} is not RTSP")
            checked_addresses(target, self.policy, self.resolve)
        except PolicyError as exc:
            return SegmentError(f"{where}: refused ({POLICY}): {exc.message}", POLICY)
        except StreamError as exc:
            return SegmentError(f"{where}: refused ({POLICY}): {exc}", POLICY)
        return SegmentError(f"{where}: refused ({REDIRECT}): {NOT_FOLLOWED}", REDIRECT)
