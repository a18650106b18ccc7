"""A raw HTTP/1.1 server on 127.0.0.1 (ephemeral port) that answers like a hostile or broken site.

Raw asyncio, so it can lie: wrong Content-Length, endless chunked bodies, one byte every two
seconds, decompression bombs, redirect loops and chains, charset lies, oversized headers. It counts
accepted connections so tests can show that a refused URL never reached it.

Paths:
  /ok                      small HTML page with ETag and Last-Modified; 304 on a matching validator
  /redirect/N              N redirects, then 200
  /loop/a, /loop/b         a -> b -> a ...
  /to?url=U                one redirect to U
  /bomb/CODEC              a decompression bomb (gzip, deflate, br, zstd) from the ``bombs`` table
  /endless                 a chunked body that never ends
  /length/long             says Content-Length 1000, sends 100 bytes and closes
  /length/short            says Content-Length 10, sends more (a smuggled second response) and stays open
  /length/huge             says Content-Length 1 TB
  /drip                    one byte every ``drip_interval_s`` seconds
  /header/huge             one 100 KB header line
  /charset/CASE            invalid UTF-8 and charset lies (see CHARSET_CASES)
  /corrupt/CODEC           says Content-Encoding CODEC, sends bytes that are not
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

OK_BODY = b"<!doctype html><html><head><title>ok</title></head><body><p>hello</p></body></html>"
OK_ETAG = '"ok-v1"'
OK_LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT"

CHARSET_CASES: dict[str, tuple[str, bytes]] = {
    "invalid-utf8": ("text/html; charset=utf-8", b"<p>caf\xe9 \xff\xfe broken \xc3\x28 utf-8</p>"),
    "unknown-charset": ("text/html; charset=x-no-such-charset", b"<p>caf\xc3\xa9 plain</p>"),
    "meta-lie": (
        "text/html",
        b'<meta charset="shift_jis"><p>caf\xc3\xa9 \xff\xff\xff</p>',
    ),
    "utf16-lie": ("text/html; charset=utf-16", b"<p>odd length \xff</p>"),
    "empty-charset": ('text/html; charset=";;', b"<p>\x00\x01 binary \x80\x81</p>"),
}

Handler = Callable[[asyncio.StreamWriter, str, dict[str, str]], Awaitable[bool]]


def _head(status: str, headers: list[tuple[str, str]]) -> bytes:
    lines = [f"HTTP/1.1 {status}"] + [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class HostileServer:
    """Start with ``await server.start()``; ``server.url(path)``; ``await server.close()``."""

    def __init__(self, bombs: Mapping[str, bytes] | None = None, drip_interval_s: float = 2.0) -> None:
        self.bombs = dict(bombs or {})
        self.drip_interval_s = drip_interval_s
        self.connections = 0
        self.paths: list[str] = []
        self.requests: list[tuple[str, str, str]] = []  # (method, path, Host header) of each request
        self.port = 0
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(BaseException):
                await task
        if self._server is not None:
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            keep_open = True
            while keep_open:
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, *header_lines = head.decode("latin-1").split("\r\n")
                method, path = request_line.split(" ")[:2]
                headers = {}
                for line in header_lines:
                    name, _, value = line.partition(":")
                    if name:
                        headers[name.strip().lower()] = value.strip()
                self.paths.append(path)
                self.requests.append((method, path, headers.get("host", "")))
                keep_open = await self._route(path)(writer, path, headers)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            pass  # close() ends slow handlers; the connection task just finishes
        finally:
            self._tasks.discard(task)
            writer.close()

    def _route(self, path: str) -> Handler:
        route = urlsplit(path).path
        table: dict[str, Handler] = {
            "/ok": self._ok,
            "/to": self._to,
            "/endless": self._endless,
            "/length/long": self._length_long,
            "/length/short": self._length_short,
            "/length/huge": self._length_huge,
            "/drip": self._drip,
            "/header/huge": self._header_huge,
        }
        if route in table:
            return table[route]
        prefixes: dict[str, Handler] = {
            "/redirect/": self._redirect_chain,
            "/loop/": self._loop,
            "/bomb/": self._bomb,
            "/charset/": self._charset,
            "/corrupt/": self._corrupt,
        }
        for prefix, handler in prefixes.items():
            if route.startswith(prefix):
                return handler
        return self._not_found

    @staticmethod
    def _send(writer: asyncio.StreamWriter, status: str, body: bytes, extra: list[tuple[str, str]]) -> bool:
        headers = [("Content-Length", str(len(body))), *extra]
        writer.write(_head(status, headers) + body)
        return True

    async def _ok(self, writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
        validators = [("ETag", OK_ETAG), ("Last-Modified", OK_LAST_MODIFIED)]
        if headers.get("if-none-match") == OK_ETAG or headers.get("if-modified-since") == OK_LAST_MODIFIED:
            writer.write(_head("304 Not Modified", validators))
            return True
        return self._send(
            writer, "200 OK", OK_BODY, [("Content-Type", "text/html; charset=utf-8"), *validators]
        )

    async def _not_found(self, writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
        return self._send(writer, "404 Not Found", b"not found", [])

    def _redirect(self, writer: asyncio.StreamWriter, location: str) -> bool:
        return self._send(writer, "302 Found", b"moved", [("Location", location)])

    async def _redirect_chain(self, writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
        left = int(path.rsplit("/", 1)[1])
        if left <= 0:
            return self._send(writer, "200 OK", b"<p>arrived</p>", [("Content-Type", "text/html")])
        return self._redirect(writer, f"/redirect/{left - 1}")

    async def _loop(self, writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
        return self._redirect(writer, "/loop/b" if path.endswith("/a") else "/loop/a")

    async def _to(self, writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
        return self._redirect(writer, parse_qs(urlsplit(path).query)["url"][0])

    async def _bomb(self, writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
        codec = path.rsplit("/", 1)[1]
        body = self.bombs[codec]
        head = [
            ("Content-Type", "text/html"),
            ("Content-Encoding", codec),
            ("Content-Length", str(len(body))),
        ]
        writer.write(_head("200 OK", head))
        view = memoryview(body)
        for start in range(0, len(body), 64 * 1024):
            writer.write(view[start : start + 64 * 1024])
            await writer.drain()
        return True

    async def _endless(self, writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
        writer.write(_head("200 OK", [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")]))
        chunk = b"%x\r\n%s\r\n" % (64 * 1024, b"A" * 64 * 1024)
        while True:
            writer.write(chunk)
            await writer.drain()

    async def _length_long(self, writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
        writer.write(_head("200 OK", [("Content-Length", "1000")]) + b"x" * 100)
        return False

    async def _length_short(self, writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
        smuggled = _head("200 OK", [("Content-Length", "8")]) + b"SMUGGLED"
        writer.write(_head("200 OK", [("Content-Length", "10")]) + b"0123456789" + smuggled)
        return True

    async def _length_huge(self, writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
        writer.write(_head("200 OK", [("Content-Length", str(10**12))]) + b"x" * 1000)
        return False

    async def _drip(self, writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
        writer.write(_head("200 OK", [("Content-Length", "100"), ("Content-Type", "text/plain")]))
        for _ in range(100):
            writer.write(b"x")
            await writer.drain()
            await asyncio.sleep(self.drip_interval_s)  # the server's behaviour under test, not a wait
        return True

    async def _header_huge(self, writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
        return self._send(writer, "200 OK", b"ok", [("X-Huge", "h" * 100_000)])

    async def _charset(self, writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
        content_type, body = CHARSET_CASES[path.rsplit("/", 1)[1]]
        return self._send(writer, "200 OK", body, [("Content-Type", content_type)])

    async def _corrupt(self, writer: asyncio.StreamWriter, path: str, headers: dict[str, str]) -> bool:
        codec = path.rsplit("/", 1)[1]
        garbage = bytes(range(256)) * 8
        return self._send(
            writer, "200 OK", garbage, [("Content-Type", "text/html"), ("Content-Encoding", codec)]
        )
