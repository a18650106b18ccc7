"""PolicyProxy: a forward proxy on 127.0.0.1 through which a browser context sends ALL its traffic.

Request interception cannot see redirect hops, and Chromium would resolve host names itself after
a check; so each rendered check's context uses its own PolicyProxy. Every request (each redirect
hop, sub-resource, WebSocket and HTTPS ``CONNECT``) is checked with ``UrlPolicy.check`` and the
connection goes to exactly the address that was checked (no DNS rebinding window). Refused
requests get a 403 and are reported through ``on_blocked``. One request per client connection
(``Connection: close``), so a kept-alive connection cannot carry a second, unchecked request.
HTTPS is tunnelled: the check covers host and port; the browser verifies the certificate.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from tamperwatch.capture.errors import FetchError
from tamperwatch.policy import UrlPolicy

MAX_HEAD_BYTES = 64 * 1024
PIPE_CHUNK = 64 * 1024
_HOP_HEADERS = frozenset({"connection", "keep-alive", "proxy-connection", "proxy-authorization", "te"})


class PolicyProxy:
    def __init__(
        self, policy: UrlPolicy, on_blocked: Callable[[str, str], None], connect_timeout_s: float = 10.0
    ) -> None:
        self.policy = policy
        self.on_blocked = on_blocked
        self.connect_timeout_s = connect_timeout_s
        self._server: asyncio.Server | None = None
        self._handlers: set[asyncio.Task[None]] = set()

    async def start(self) -> str:
        """Listen on an ephemeral loopback port; returns the proxy's URL."""
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=MAX_HEAD_BYTES)
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def aclose(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._handlers):
            task.cancel()
        if self._handlers:
            await asyncio.gather(*self._handlers, return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        try:
            await self._one_request(reader, writer)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            pass
        except asyncio.CancelledError:
            # aclose() ends handlers still open; a handler task that ends cancelled makes asyncio's
            # stream callback log a traceback (Python 3.11), so this one ends normally instead.
            pass
        finally:
            self._handlers.discard(task)
            writer.close()

    async def _one_request(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
        request_line, *header_lines = head.split("\r\n")[:-2]
        method, target, version = request_line.split(" ", 2)
        tunnel = method.upper() == "CONNECT"
        url = f"https://{target}/" if tunnel else target
        try:
            addresses = await self.policy.check(url)
        except FetchError as exc:
            await self._refuse(writer, url, exc.message)
            return
        except Exception as exc:  # a resolver failure is a refusal, never a crash
            await self._refuse(writer, url, f"blocked: {exc.__class__.__name__}: {exc}")
            return
        port = int(target.rsplit(":", 1)[1]) if tunnel else _port_of(url)
        try:
            upstream_reader, upstream = await asyncio.wait_for(
                asyncio.open_connection(addresses[0].compressed, port, limit=MAX_HEAD_BYTES),
                self.connect_timeout_s,
            )
        except (OSError, TimeoutError):
            writer.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        try:
            if tunnel:
                writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
                await writer.drain()
                await asyncio.gather(_pipe(reader, upstream), _pipe(upstream_reader, writer))
            else:
                await self._forward(
                    method, url, version, header_lines, reader, upstream, upstream_reader, writer
                )
        finally:
            upstream.close()

    async def _forward(
        self,
        method: str,
        url: str,
        version: str,
        header_lines: list[str],
        reader: asyncio.StreamReader,
        upstream: asyncio.StreamWriter,
        upstream_reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        path = url.split("://", 1)[1]
        path = path[path.find("/") :] if "/" in path else "/"
        headers = [h for h in header_lines if h.split(":", 1)[0].strip().lower() not in _HOP_HEADERS]
        upstream.write(f"{method} {path} {version}\r\n".encode("latin-1"))
        upstream.write(("\r\n".join([*headers, "Connection: close"]) + "\r\n\r\n").encode("latin-1"))
        length = next((h.split(":", 1)[1] for h in headers if h.lower().startswith("content-length:")), "0")
        if int(length.strip() or 0) > 0:
            upstream.write(await reader.readexactly(int(length)))
        await upstream.drain()
        response_head = (await upstream_reader.readuntil(b"\r\n\r\n")).decode("latin-1")
        status_line, *response_headers = response_head.split("\r\n")[:-2]
        kept = [h for h in response_headers if h.split(":", 1)[0].strip().lower() not in _HOP_HEADERS]
        writer.write(("\r\n".join([status_line, *kept, "Connection: close"]) + "\r\n\r\n").encode("latin-1"))
        await _pipe(upstream_reader, writer)

    async def _refuse(self, writer: asyncio.StreamWriter, url: str, why: str) -> None:
        self.on_blocked(url, why)
        body = why.encode("utf-8", "replace")
        writer.write(
            b"HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        with contextlib.suppress(OSError):
            await writer.drain()


def _port_of(url: str) -> int:
    from yarl import URL

    parsed = URL(url)
    return parsed.port or (443 if parsed.scheme == "https" else 80)


async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    try:
        while chunk := await source.read(PIPE_CHUNK):
            sink.write(chunk)
            await sink.drain()
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError, RuntimeError):
            if sink.can_write_eof():
                sink.write_eof()
