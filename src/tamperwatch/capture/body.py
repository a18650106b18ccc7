"""Reading a response body under the size limits: counted on the wire and after decompression.

The body is read raw (aiohttp's own decompression is off) and decoded here in bounded pieces;
a declared Content-Length over the limit is refused before reading anything.
"""

from __future__ import annotations

from dataclasses import dataclass

import aiohttp

from tamperwatch.capture.decoders import BodyDecoder, BodyTooLarge

_DRAIN_REDIRECT_BODY = 64 * 1024


@dataclass(slots=True)
class BodyCounts:
    """Bytes of one body: as received, and after decoding (at most the limit plus one chunk)."""

    raw_bytes: int = 0
    decoded_bytes: int = 0


async def read_body(
    resp: aiohttp.ClientResponse, counts: BodyCounts, max_body_bytes: int, max_raw_bytes: int
) -> bytes:
    """The decoded body; raises ``BodyTooLarge`` (or a decode ``FetchError``) and closes the connection."""
    declared = resp.content_length
    if declared is not None and declared > max_raw_bytes:
        resp.close()
        raise BodyTooLarge(f"declared Content-Length {declared} exceeds the {max_body_bytes}-byte limit")
    decoder = BodyDecoder(resp.headers.get("Content-Encoding", ""), max_body_bytes)
    feed = decoder.feed
    read = resp.content.readany
    raw = 0
    try:
        while chunk := await read():
            raw += len(chunk)
            if raw > max_raw_bytes:
                raise BodyTooLarge(f"body exceeds {max_raw_bytes} bytes on the wire")
            feed(chunk)
    except BaseException:
        resp.close()  # never put a half-read (hostile) connection back in the pool
        raise
    finally:
        counts.raw_bytes = raw
        counts.decoded_bytes = decoder.decoded_bytes
    return decoder.finish()


async def discard_body(resp: aiohttp.ClientResponse) -> None:
    """Read a small redirect body so the connection can be reused; close on anything else."""
    declared = resp.content_length
    if declared is not None and declared <= _DRAIN_REDIRECT_BODY:
        await resp.read()
        resp.release()
    else:
        resp.close()
