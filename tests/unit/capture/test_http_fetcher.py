"""HttpFetcher on a loopback server: what a capture records, conditional GET, TLS, address pinning."""

from __future__ import annotations

import hashlib
import socket
import ssl
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from cryptography.hazmat.primitives import serialization
from support.certificates import make_certificate
from support.hostile_server import OK_BODY, OK_ETAG, OK_LAST_MODIFIED, HostileServer
from support.socket_spy import SocketSpy

from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.http import HttpFetcher
from tamperwatch.capture.resolver import StaticResolver
from tamperwatch.policy import UrlPolicy
from tamperwatch.settings import Settings


@pytest.fixture
async def server() -> AsyncIterator[HostileServer]:
    hostile = HostileServer()
    await hostile.start()
    yield hostile
    await hostile.close()


async def test_a_capture_records_status_headers_body_peer_and_timings(
    settings: Settings, server: HostileServer
) -> None:
    fetcher = HttpFetcher.from_settings(settings, policy=UrlPolicy([f"127.0.0.1/32:{server.port}"]))
    try:
        capture = await fetcher.fetch(FetchRequest(server.url("/redirect/1")))
    finally:
        await fetcher.aclose()

    assert capture.ok and capture.status == 200
    assert capture.final_url == server.url("/redirect/0")
    assert capture.redirect_chain == (server.url("/redirect/1"),)
    assert capture.body == b"<p>arrived</p>"
    assert capture.header("content-type") == "text/html"
    assert capture.resolved_ip == "127.0.0.1"
    assert {"connect", "ttfb", "fetch"} <= set(capture.timings)
    assert capture.tls is None


async def test_conditional_get_sends_validators_and_a_304_is_not_modified(
    settings: Settings, server: HostileServer
) -> None:
    fetcher = HttpFetcher.from_settings(settings, policy=UrlPolicy([f"127.0.0.1/32:{server.port}"]))
    try:
        fresh = await fetcher.fetch(FetchRequest(server.url("/ok")))
        by_etag = await fetcher.fetch(FetchRequest(server.url("/ok"), etag=fresh.header("etag")))
        by_date = await fetcher.fetch(
            FetchRequest(server.url("/ok"), last_modified=fresh.header("last-modified"))
        )
        stale = await fetcher.fetch(FetchRequest(server.url("/ok"), etag='"old"'))
    finally:
        await fetcher.aclose()

    assert fresh.body == OK_BODY and fresh.header("etag") == OK_ETAG
    assert fresh.header("last-modified") == OK_LAST_MODIFIED
    for unchanged in (by_etag, by_date):
        assert unchanged.ok and unchanged.not_modified and unchanged.status == 304
        assert unchanged.body == b""
    assert not stale.not_modified and stale.body == OK_BODY


async def test_connections_are_kept_alive_between_fetches(settings: Settings, server: HostileServer) -> None:
    fetcher = HttpFetcher.from_settings(settings, policy=UrlPolicy([f"127.0.0.1/32:{server.port}"]))
    try:
        captures = [await fetcher.fetch(FetchRequest(server.url("/ok"))) for _ in range(5)]
    finally:
        await fetcher.aclose()

    assert all(c.ok for c in captures)
    assert server.connections == 1


async def test_a_name_connects_to_exactly_the_checked_address(
    settings: Settings, server: HostileServer
) -> None:
    spy = SocketSpy()
    policy = UrlPolicy(
        [f"127.0.0.1/32:{server.port}"], resolver=StaticResolver({"site.example": ["127.0.0.1"]})
    )
    fetcher = HttpFetcher.from_settings(settings, policy=policy, socket_factory=spy)
    try:
        capture = await fetcher.fetch(FetchRequest(f"http://site.example:{server.port}/ok"))
    finally:
        await fetcher.aclose()

    assert capture.ok and capture.body == OK_BODY
    assert capture.resolved_ip == "127.0.0.1"
    assert spy.addresses == ["127.0.0.1"]
    assert {"dns", "connect", "ttfb", "fetch"} <= set(capture.timings)


class RebindingResolver:
    """Answers an allowed address first, then an internal one (a DNS rebinding attack)."""

    def __init__(self, first: str, then: str) -> None:
        self.answers = [first, then]
        self.calls = 0

    async def resolve(self, host: str, port: int) -> list[str]:
        self.calls += 1
        return [self.answers[min(self.calls, 2) - 1]]


async def test_dns_rebinding_never_reaches_the_internal_address(
    settings: Settings, server: HostileServer
) -> None:
    spy = SocketSpy()
    resolver = RebindingResolver("127.0.0.1", "10.0.0.7")
    policy = UrlPolicy([f"127.0.0.1/32:{server.port}"], resolver=resolver)
    url = f"http://rebind.example:{server.port}/ok"
    first = HttpFetcher.from_settings(settings, policy=policy, socket_factory=spy)
    second = HttpFetcher.from_settings(settings, policy=policy, socket_factory=spy)
    try:
        allowed = await first.fetch(FetchRequest(url))
        rebound = await second.fetch(FetchRequest(url))
    finally:
        await first.aclose()
        await second.aclose()

    assert allowed.ok
    assert rebound.error_kind == "policy"
    assert "rebind.example resolves to 10.0.0.7, which is a private address" in rebound.error
    assert spy.addresses == ["127.0.0.1"]


async def test_an_unknown_name_is_a_connect_error(settings: Settings) -> None:
    fetcher = HttpFetcher.from_settings(settings, policy=UrlPolicy(resolver=StaticResolver({})))
    try:
        capture = await fetcher.fetch(FetchRequest("http://nowhere.example/"))
    finally:
        await fetcher.aclose()

    assert capture.error_kind == "connect"
    assert "cannot resolve host 'nowhere.example'" in capture.error


async def test_https_records_the_certificate_summary_and_untrusted_certificates_fail(
    settings: Settings, tmp_path: Path
) -> None:
    cert_path, key_path, cert = make_certificate(tmp_path)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert_path, key_path)

    async def secure(request: web.Request) -> web.Response:
        return web.Response(text="secure")

    app = web.Application()
    app.router.add_get("/", secure)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=server_context)
    await site.start()
    port = runner.addresses[0][1]
    policy = UrlPolicy([f"127.0.0.1/32:{port}"])
    trusting = HttpFetcher.from_settings(
        settings, policy=policy, ssl_context=ssl.create_default_context(cafile=str(cert_path))
    )
    default = HttpFetcher.from_settings(settings, policy=policy)
    try:
        trusted = await trusting.fetch(FetchRequest(f"https://127.0.0.1:{port}/"))
        untrusted = await default.fetch(FetchRequest(f"https://127.0.0.1:{port}/"))
    finally:
        await trusting.aclose()
        await default.aclose()
        await runner.cleanup()

    assert trusted.ok and trusted.body == b"secure"
    assert trusted.tls is not None
    assert trusted.tls.subject == "CN=tamperwatch test" == trusted.tls.issuer
    assert trusted.tls.not_after == cert.not_valid_after_utc.isoformat()
    der = cert.public_bytes(serialization.Encoding.DER)
    assert trusted.tls.fingerprint_sha256 == hashlib.sha256(der).hexdigest()
    assert untrusted.error_kind == "tls"
    assert "certificate" in untrusted.error.lower()


@pytest.mark.parametrize("url", ["", "ftp://example.com/", "http://[::1", "http://exa mple.com/"])
async def test_malformed_urls_become_policy_errors_not_exceptions(settings: Settings, url: str) -> None:
    spy = SocketSpy()
    fetcher = HttpFetcher.from_settings(settings, socket_factory=spy)
    try:
        capture = await fetcher.fetch(FetchRequest(url))
    finally:
        await fetcher.aclose()

    assert capture.error_kind == "policy"
    assert capture.error.startswith("blocked: ")
    assert spy.addresses == []


async def test_a_closed_port_is_a_connect_error(settings: Settings) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again when the block ends: nothing listens there
    fetcher = HttpFetcher.from_settings(settings, policy=UrlPolicy([f"127.0.0.1/32:{port}"]))
    try:
        capture = await fetcher.fetch(FetchRequest(f"http://127.0.0.1:{port}/"))
    finally:
        await fetcher.aclose()

    assert capture.error_kind == "connect"
    assert f"cannot connect to http://127.0.0.1:{port}/" in capture.error
