"""Hostile sites against the real HttpFetcher: every case ends in a recorded fetch error, never a crash.

The hostile server runs on 127.0.0.1 at an ephemeral port; the fetcher's allowlist opens exactly
that port. Bombs are fetched in a child process whose peak RSS growth is measured.
"""

from __future__ import annotations

import asyncio
import json
import sys
import zlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import brotli
import pytest
import zstandard
from support.bombs import BOMB_EXPANDED_BYTES, CODECS, build_bomb
from support.hostile_server import CHARSET_CASES, HostileServer
from support.socket_spy import SocketSpy

from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.decoders import DECODE_CHUNK
from tamperwatch.capture.http import HttpFetcher
from tamperwatch.policy import UrlPolicy
from tamperwatch.settings import Settings

FETCH_CHILD = Path(__file__).parents[1] / "support" / "fetch_child.py"
MB = 1_000_000


@pytest.fixture(scope="module")
def bombs() -> dict[str, bytes]:
    return {codec: build_bomb(codec) for codec in CODECS}


@pytest.fixture
async def server(bombs: dict[str, bytes]) -> AsyncIterator[HostileServer]:
    hostile = HostileServer(bombs)
    await hostile.start()
    yield hostile
    await hostile.close()


@pytest.fixture
def spy() -> SocketSpy:
    return SocketSpy()


@pytest.fixture
async def make_fetcher(
    settings: Settings, server: HostileServer, spy: SocketSpy
) -> AsyncIterator[Callable[..., HttpFetcher]]:
    made: list[HttpFetcher] = []

    def make(allowlist: list[str] | None = None, **options: object) -> HttpFetcher:
        rules = [f"127.0.0.1/32:{server.port}"] if allowlist is None else allowlist
        policy = UrlPolicy(rules)
        fetcher = HttpFetcher.from_settings(settings, policy=policy, socket_factory=spy, **options)
        made.append(fetcher)
        return fetcher

    yield make
    for fetcher in made:
        await fetcher.aclose()


async def fetch_in_child(server: HostileServer, path: str) -> dict[str, object]:
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        str(FETCH_CHILD),
        server.url("/ok"),
        server.url(path),
        f"127.0.0.1/32:{server.port}",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await child.communicate()
    assert child.returncode == 0, err.decode()
    result: dict[str, object] = json.loads(out)
    return result


@pytest.mark.parametrize("codec", CODECS)
async def test_decompression_bomb_is_stopped_at_the_limit_with_bounded_memory(
    server: HostileServer, codec: str
) -> None:
    result = await fetch_in_child(server, f"/bomb/{codec}")

    assert result["error_kind"] == "too_large"
    assert "after decompression" in str(result["error"])
    assert result["body_bytes"] == 0
    limit = int(str(result["limit"]))
    decoded = int(str(result["decoded_bytes"]))
    assert limit <= decoded <= limit + DECODE_CHUNK
    assert int(str(result["rss_growth"])) < 50 * MB


@pytest.mark.slow
@pytest.mark.parametrize("codec", CODECS)
def test_bomb_really_expands_to_a_gigabyte(bombs: dict[str, bytes], codec: str) -> None:
    total = 0
    data = bombs[codec]
    if codec == "br":
        decoder = brotli.Decompressor()
        total += len(decoder.process(data, output_buffer_limit=1 << 24))
        while not decoder.is_finished():
            total += len(decoder.process(b"", output_buffer_limit=1 << 24))
    elif codec == "zstd":
        with zstandard.ZstdDecompressor().stream_reader(data) as reader:
            while piece := reader.read(1 << 24):
                total += len(piece)
    else:
        inflater = zlib.decompressobj(31 if codec == "gzip" else 15)
        while data:
            total += len(inflater.decompress(data, 1 << 24))
            data = inflater.unconsumed_tail
        assert inflater.eof
    assert total >= BOMB_EXPANDED_BYTES


async def test_endless_chunked_body_is_cut_at_the_limit(
    make_fetcher: Callable[..., HttpFetcher], server: HostileServer
) -> None:
    fetcher = make_fetcher()
    capture, stats = await fetcher.fetch_with_stats(FetchRequest(server.url("/endless")))

    assert capture.error_kind == "too_large"
    assert capture.body == b""
    assert fetcher.max_body_bytes < stats.decoded_bytes <= fetcher.max_body_bytes + DECODE_CHUNK


async def test_content_length_longer_than_the_body_is_a_protocol_error(
    make_fetcher: Callable[..., HttpFetcher], server: HostileServer
) -> None:
    capture = await make_fetcher().fetch(FetchRequest(server.url("/length/long")))

    assert capture.error_kind == "protocol"
    assert "content length" in capture.error.lower()
    assert capture.body == b""


async def test_content_length_shorter_than_the_body_keeps_the_declared_bytes_and_nothing_smuggled(
    make_fetcher: Callable[..., HttpFetcher], server: HostileServer
) -> None:
    fetcher = make_fetcher()
    lying = await fetcher.fetch(FetchRequest(server.url("/length/short")))
    following = await fetcher.fetch(FetchRequest(server.url("/ok")))

    assert lying.ok and lying.body == b"0123456789"
    assert following.ok and b"hello" in following.body
    assert b"SMUGGLED" not in following.body


async def test_huge_declared_content_length_is_refused_before_reading(
    make_fetcher: Callable[..., HttpFetcher], server: HostileServer
) -> None:
    capture, stats = await make_fetcher().fetch_with_stats(FetchRequest(server.url("/length/huge")))

    assert capture.error_kind == "too_large"
    assert "Content-Length" in capture.error
    assert stats.raw_bytes == 0


async def test_slow_drip_is_cut_by_the_total_deadline(
    make_fetcher: Callable[..., HttpFetcher], server: HostileServer
) -> None:
    capture = await make_fetcher(timeout_s=2.5).fetch(FetchRequest(server.url("/drip")))

    assert capture.error_kind == "timeout"
    assert "2.5 s deadline" in capture.error
    assert capture.body == b""


async def test_redirect_loop_is_detected(
    make_fetcher: Callable[..., HttpFetcher], server: HostileServer
) -> None:
    capture = await make_fetcher().fetch(FetchRequest(server.url("/loop/a")))

    assert capture.error_kind == "redirect_loop"
    assert "redirect loop" in capture.error
    assert capture.redirect_chain == (server.url("/loop/a"), server.url("/loop/b"))


async def test_eleven_redirects_are_too_many_but_ten_are_followed(
    make_fetcher: Callable[..., HttpFetcher], server: HostileServer
) -> None:
    fetcher = make_fetcher()
    too_many = await fetcher.fetch(FetchRequest(server.url("/redirect/11")))
    ten = await fetcher.fetch(FetchRequest(server.url("/redirect/10")))

    assert too_many.error_kind == "too_many_redirects"
    assert "more than 10" in too_many.error
    assert ten.ok and ten.status == 200
    assert len(ten.redirect_chain) == 10
    assert ten.final_url == server.url("/redirect/0")


@pytest.mark.parametrize("codec", CODECS)
async def test_corrupt_compressed_body_is_a_decode_error(
    make_fetcher: Callable[..., HttpFetcher], server: HostileServer, codec: str
) -> None:
    capture = await make_fetcher().fetch(FetchRequest(server.url(f"/corrupt/{codec}")))

    assert capture.error_kind == "decode"
    assert f"invalid {codec} data" in capture.error
    assert capture.body == b""


async def test_oversized_header_is_a_protocol_error(
    make_fetcher: Callable[..., HttpFetcher], server: HostileServer
) -> None:
    capture = await make_fetcher().fetch(FetchRequest(server.url("/header/huge")))

    assert capture.error_kind == "protocol"
    assert str(make_fetcher().max_header_bytes) in capture.error


@pytest.mark.parametrize("case", sorted(CHARSET_CASES))
async def test_invalid_utf8_and_charset_lies_decode_without_raising(
    make_fetcher: Callable[..., HttpFetcher], server: HostileServer, case: str
) -> None:
    capture = await make_fetcher().fetch(FetchRequest(server.url(f"/charset/{case}")))

    assert capture.ok
    assert capture.body == CHARSET_CASES[case][1]
    text = capture.text
    assert "<p>" in text  # the ASCII markup survives whatever the charset claims


SSRF_URLS = [
    ("http://127.0.0.1:{port}/ok", "loopback"),
    ("http://10.0.0.1/", "private"),
    ("http://169.254.169.254/latest/meta-data/", "cloud metadata"),
    ("http://100.64.0.1/", "carrier-grade NAT"),
    ("http://[::1]:{port}/ok", "loopback"),
    ("http://[::ffff:127.0.0.1]:{port}/ok", "loopback"),
    ("http://2130706433:{port}/ok", "loopback"),
    ("http://0177.0.0.1:{port}/ok", "loopback"),
    ("http://0x7f.1:{port}/ok", "loopback"),
    ("http://rebound.example:{port}/ok", "loopback"),
]


@pytest.mark.parametrize(("template", "reason"), SSRF_URLS)
async def test_default_policy_refuses_the_ssrf_set_without_connecting(
    settings: Settings, server: HostileServer, spy: SocketSpy, template: str, reason: str
) -> None:
    from tamperwatch.capture.resolver import StaticResolver

    policy = UrlPolicy.from_settings(settings, resolver=StaticResolver({"rebound.example": ["127.0.0.1"]}))
    fetcher = HttpFetcher.from_settings(settings, policy=policy, socket_factory=spy)
    try:
        capture = await fetcher.fetch(FetchRequest(template.format(port=server.port)))
    finally:
        await fetcher.aclose()

    assert capture.error_kind == "policy"
    assert capture.error.startswith("blocked: ")
    assert reason in capture.error
    assert spy.addresses == []
    assert server.connections == 0


async def test_redirect_from_an_allowed_server_to_a_blocked_address_is_refused(
    make_fetcher: Callable[..., HttpFetcher], server: HostileServer, spy: SocketSpy
) -> None:
    other = HostileServer()
    await other.start()
    try:
        fetcher = make_fetcher()
        to_other_port = await fetcher.fetch(FetchRequest(server.url(f"/to?url={other.url('/ok')}")))
        to_metadata = await fetcher.fetch(FetchRequest(server.url("/to?url=http://169.254.169.254/")))
    finally:
        await other.close()

    assert to_other_port.error_kind == "policy"
    assert f"only at port {server.port}, not {other.port}" in to_other_port.error
    assert to_other_port.redirect_chain == (server.url(f"/to?url={other.url('/ok')}"),)
    assert to_metadata.error_kind == "policy"
    assert "169.254.169.254 is a cloud metadata address" in to_metadata.error
    assert other.connections == 0
    assert set(spy.addresses) == {"127.0.0.1"}


async def test_localhost_through_the_system_resolver_is_refused_without_connecting(
    settings: Settings, server: HostileServer, spy: SocketSpy
) -> None:
    fetcher = HttpFetcher.from_settings(settings, socket_factory=spy)
    try:
        capture = await fetcher.fetch(FetchRequest(f"http://localhost:{server.port}/ok"))
    finally:
        await fetcher.aclose()

    assert capture.error_kind == "policy"
    assert "localhost resolves to" in capture.error
    assert "loopback address" in capture.error
    assert spy.addresses == []
    assert server.connections == 0
