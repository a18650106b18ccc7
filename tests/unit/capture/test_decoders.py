"""Bounded streaming decoding: every codec round-trips in any chunking, and bombs stop at the limit."""

from __future__ import annotations

import gzip
import zlib

import brotli
import pytest
import zstandard

from tamperwatch.capture.decoders import DECODE_CHUNK, BodyDecoder, BodyTooLarge
from tamperwatch.capture.errors import FetchError

PAGE = b"".join(b"<p>line %d of a page with some text</p>\n" % i for i in range(20_000))  # ~800 KB


def encode(codec: str, data: bytes) -> bytes:
    encoders = {
        "gzip": lambda d: gzip.compress(d, compresslevel=1),
        "deflate": lambda d: zlib.compress(d, 1),
        "raw-deflate": lambda d: zlib.compress(d, wbits=-15),
        "br": lambda d: brotli.compress(d, quality=4),
        "zstd": zstandard.ZstdCompressor().compress,
        "identity": bytes,
    }
    return encoders[codec](data)


def decode(content_encoding: str, body: bytes, limit: int, chunk: int = 16 * 1024) -> tuple[bytes, int]:
    decoder = BodyDecoder(content_encoding, limit)
    for start in range(0, len(body), chunk):
        decoder.feed(body[start : start + chunk])
    return decoder.finish(), decoder.decoded_bytes


@pytest.mark.parametrize("codec", ["gzip", "deflate", "raw-deflate", "br", "zstd", "identity"])
@pytest.mark.parametrize("chunk", [1, 7, 65_536])
def test_each_codec_round_trips_whatever_the_chunking(codec: str, chunk: int) -> None:
    body = encode(codec, PAGE[:50_000] if chunk == 1 else PAGE)
    header = "deflate" if codec == "raw-deflate" else codec

    decoded, count = decode(header, body, limit=10 * 1024 * 1024, chunk=chunk)

    assert decoded == (PAGE[:50_000] if chunk == 1 else PAGE)
    assert count == len(decoded)


def test_stacked_codings_are_undone_in_reverse_order() -> None:
    body = brotli.compress(gzip.compress(PAGE, compresslevel=1), quality=4)

    assert decode("gzip, br", body, limit=len(PAGE))[0] == PAGE


def test_concatenated_gzip_members_are_all_decoded() -> None:
    assert (
        decode("gzip", gzip.compress(b"first ") + gzip.compress(b"second"), limit=100)[0] == b"first second"
    )


def test_unknown_codings_pass_the_body_through() -> None:
    assert decode("x-unheard-of", b"plain", limit=100)[0] == b"plain"


@pytest.mark.parametrize("codec", ["gzip", "deflate", "br", "zstd", "identity"])
def test_output_over_the_limit_stops_within_one_chunk(codec: str) -> None:
    zeros = bytes(16 * 1024 * 1024)
    body = encode(codec, zeros) if codec != "identity" else zeros
    decoder = BodyDecoder(codec, limit=1024 * 1024)

    with pytest.raises(BodyTooLarge, match="after decompression") as stopped:
        for start in range(0, len(body), 256 * 1024):
            decoder.feed(body[start : start + 256 * 1024])

    assert stopped.value.kind == "too_large"
    assert 1024 * 1024 < decoder.decoded_bytes <= 1024 * 1024 + DECODE_CHUNK


@pytest.mark.parametrize("codec", ["gzip", "deflate", "br", "zstd"])
def test_corrupt_data_is_a_decode_error(codec: str) -> None:
    body = bytearray(encode(codec, PAGE))
    body[len(body) // 2 : len(body) // 2 + 64] = bytes(range(64))
    if codec == "deflate":
        body[:2] = b"\xff\xff"  # not a zlib header: read as raw deflate, whose first block is invalid

    with pytest.raises(FetchError, match=f"invalid {codec} data") as failed:
        decode(codec, bytes(body), limit=10 * 1024 * 1024)

    assert failed.value.kind == "decode"
