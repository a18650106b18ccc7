"""PolicyProxy: the browser's only way out checks every request and connects to the checked address."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import pytest_asyncio
from support.browser_pages import PageServer

from tamperwatch.capture.policy_proxy import PolicyProxy
from tamperwatch.policy import UrlPolicy


@pytest_asyncio.fixture
async def allowed() -> AsyncIterator[PageServer]:
    server = await PageServer().start()
    yield server
    await server.close()


@pytest_asyncio.fixture
async def forbidden() -> AsyncIterator[PageServer]:
    server = await PageServer().start()
    yield server
    await server.close()


async def _proxy(allowed: PageServer, blocked: list[tuple[str, str]]) -> tuple[PolicyProxy, int]:
    proxy = PolicyProxy(
        UrlPolicy([f"127.0.0.1/32:{allowed.port}"]), lambda url, why: blocked.append((url, why))
    )
    url = await proxy.start()
    return proxy, int(url.rsplit(":", 1)[1])


async def _exchange(port: int, request: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(request)
    await writer.drain()
    answer = await reader.read()  # the proxy closes after one request
    writer.close()
    return answer


async def test_an_allowed_request_is_forwarded(allowed: PageServer) -> None:
    blocked: list[tuple[str, str]] = []
    proxy, port = await _proxy(allowed, blocked)
    try:
        answer = await _exchange(port, f"GET {allowed.url('/ok')} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    finally:
        await proxy.aclose()
    assert answer.startswith(b"HTTP/1.1 200")
    assert b"Connection: close" in answer and b"Welcome." in answer
    assert blocked == [] and allowed.counts["/ok"] == 1


async def test_a_refused_address_gets_403_and_no_connection(
    allowed: PageServer, forbidden: PageServer
) -> None:
    blocked: list[tuple[str, str]] = []
    proxy, port = await _proxy(allowed, blocked)
    try:
        plain = await _exchange(port, f"GET {forbidden.url('/ok')} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        tunnel = await _exchange(port, f"CONNECT 127.0.0.1:{forbidden.port} HTTP/1.1\r\n\r\n".encode())
        metadata = await _exchange(port, b"CONNECT 169.254.169.254:443 HTTP/1.1\r\n\r\n")
    finally:
        await proxy.aclose()
    assert plain.startswith(b"HTTP/1.1 403") and tunnel.startswith(b"HTTP/1.1 403")
    assert metadata.startswith(b"HTTP/1.1 403") and b"metadata" in metadata
    assert forbidden.counts["/ok"] == 0
    assert [url for url, _ in blocked] == [
        forbidden.url("/ok"),
        f"https://127.0.0.1:{forbidden.port}/",
        "https://169.254.169.254:443/",
    ]


async def test_a_kept_alive_connection_cannot_carry_a_second_unchecked_request(
    allowed: PageServer, forbidden: PageServer
) -> None:
    proxy, port = await _proxy(allowed, [])
    smuggled = (
        f"GET {allowed.url('/ok')} HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n"
        f"GET {forbidden.url('/ok')} HTTP/1.1\r\nHost: x\r\n\r\n"
    ).encode()
    try:
        answer = await _exchange(port, smuggled)
    finally:
        await proxy.aclose()
    assert answer.count(b"HTTP/1.1 200") == 1
    assert forbidden.counts["/ok"] == 0


async def test_closing_with_a_request_in_flight_logs_no_error() -> None:
    """A render that ends while the browser still has a request open closes quietly (no traceback)."""
    loop = asyncio.get_running_loop()
    errors: list[dict[str, object]] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    proxy = PolicyProxy(UrlPolicy([]), lambda url, why: None)
    port = int((await proxy.start()).rsplit(":", 1)[1])
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET http://127.0.0.1:9/ HTTP/1.1\r\n")  # head never finished: the handler waits
    await writer.drain()
    while not proxy._handlers:  # the handler task has started
        await asyncio.sleep(0)
    await proxy.aclose()
    with contextlib.suppress(ConnectionResetError):  # closed or reset: either way, ended
        assert await reader.read() == b""
    writer.close()
    for _ in range(5):  # let done-callbacks of the cancelled handler run
        await asyncio.sleep(0)
    loop.set_exception_handler(None)
    assert errors == []
