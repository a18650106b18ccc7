"""Streaming, bounded content decoding (gzip, deflate, br, zstd) that stops decompression bombs early.

Each stage turns compressed input into output pieces of at most ``DECODE_CHUNK`` bytes and counts
them against a limit; the piece that crosses the limit raises ``BodyTooLarge`` at once, so no
more than ``limit + DECODE_CHUNK`` bytes are ever decoded, whatever the compression ratio.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any

import brotli
import zstandard

from tamperwatch.capture.errors import FetchError, FetchErrorKind

DECODE_CHUNK = 64 * 1024
Sink = Callable[[bytes], None]
# brotli grows its output buffer in blocks (32 KiB, then 64 KiB more) until it reaches the limit;
# a 16 KiB limit keeps every piece within 32 KiB, under DECODE_CHUNK.
_BROTLI_OUTPUT_LIMIT = DECODE_CHUNK // 4


class BodyTooLarge(FetchError):
    kind = FetchErrorKind.TOO_LARGE


class Stage:
    """One decoding step: ``feed`` compressed bytes, decoded pieces go to ``sink``."""

    name = "identity"

    def __init__(self, sink: Sink, limit: int) -> None:
        self._sink = sink
        self.limit = limit
        self.produced = 0

    def emit(self, piece: bytes) -> None:
        if piece:
            self.produced += len(piece)
            if self.produced > self.limit:
                raise BodyTooLarge(
                    f"body exceeds {self.limit} bytes after decompression "
                    f"(stopped after {self.produced} decoded bytes)"
                )
            self._sink(piece)

    def feed(self, data: bytes) -> None:
        if len(data) <= DECODE_CHUNK:
            self.emit(data)
            return
        for start in range(0, len(data), DECODE_CHUNK):
            self.emit(data[start : start + DECODE_CHUNK])

    def finish(self) -> None:
        return None

    def _failed(self, exc: Exception) -> FetchError:
        return FetchError(f"invalid {self.name} data: {exc}", FetchErrorKind.DECODE)


class ZlibStage(Stage):
    """gzip (multi-member) or deflate (zlib-wrapped or raw, detected from the first bytes)."""

    def __init__(self, sink: Sink, limit: int, gzip: bool) -> None:
        super().__init__(sink, limit)
        self.name = "gzip" if gzip else "deflate"
        self._gzip = gzip
        self._inflater: zlib._Decompress | None = zlib.decompressobj(31) if gzip else None
        self._head = b""
        self._done = False

    def _start_deflate(self, data: bytes) -> bytes:
        data = self._head + data
        if len(data) < 2:
            self._head = data
            return b""
        zlib_header = data[0] & 0x0F == 8 and data[0] >> 4 <= 7 and (data[0] << 8 | data[1]) % 31 == 0
        self._inflater = zlib.decompressobj(15 if zlib_header else -15)
        return data

    def feed(self, data: bytes) -> None:
        if self._inflater is None:
            data = self._start_deflate(data)
        inflater = self._inflater
        if inflater is None or self._done:
            return
        try:
            while True:
                piece = inflater.decompress(data, DECODE_CHUNK)
                self.emit(piece)
                data = inflater.unconsumed_tail
                if inflater.eof:
                    rest = inflater.unused_data
                    if self._gzip and rest.lstrip(b"\0"):
                        inflater = self._inflater = zlib.decompressobj(31)
                        data = rest.lstrip(b"\0")
                        continue
                    self._done = True
                    return
                if not data and len(piece) < DECODE_CHUNK:
                    return
        except zlib.error as exc:
            raise self._failed(exc) from exc


class BrotliStage(Stage):
    name = "br"

    def __init__(self, sink: Sink, limit: int) -> None:
        super().__init__(sink, limit)
        self._decoder = brotli.Decompressor()

    def feed(self, data: bytes) -> None:
        decoder = self._decoder
        if decoder.is_finished():
            return
        try:
            piece = decoder.process(data, output_buffer_limit=_BROTLI_OUTPUT_LIMIT)
            self.emit(piece)
            # A piece that reached the limit may leave output pending: drain it with empty input.
            while len(piece) >= _BROTLI_OUTPUT_LIMIT or not decoder.can_accept_more_data():
                piece = decoder.process(b"", output_buffer_limit=_BROTLI_OUTPUT_LIMIT)
                self.emit(piece)
                if not piece and decoder.can_accept_more_data():
                    break
        except brotli.error as exc:
            raise self._failed(exc) from exc


class _SinkWriter:
    """The file-like target zstandard's stream writer pushes its output pieces into."""

    def __init__(self, emit: Sink) -> None:
        self._emit = emit

    def write(self, piece: bytes) -> int:
        self._emit(piece)
        return len(piece)


class ZstdStage(Stage):
    name = "zstd"

    def __init__(self, sink: Sink, limit: int) -> None:
        super().__init__(sink, limit)
        # RFC 9659: HTTP decoders need windows of at most 8 MiB; allow up to the body limit.
        window = min(max(1 << 23, 1 << (limit - 1).bit_length()), 1 << 27)
        decompressor = zstandard.ZstdDecompressor(max_window_size=window)
        target: Any = _SinkWriter(self.emit)  # duck-typed: zstandard only calls write()
        self._writer = decompressor.stream_writer(target, write_size=DECODE_CHUNK, closefd=False)

    def feed(self, data: bytes) -> None:
        try:
            self._writer.write(data)
        except zstandard.ZstdError as exc:
            raise self._failed(exc) from exc


_STAGES: dict[str, Callable[[Sink, int], Stage]] = {
    "gzip": lambda sink, limit: ZlibStage(sink, limit, gzip=True),
    "x-gzip": lambda sink, limit: ZlibStage(sink, limit, gzip=True),
    "deflate": lambda sink, limit: ZlibStage(sink, limit, gzip=False),
    "br": BrotliStage,
    "zstd": ZstdStage,
}


class BodyDecoder:
    """Decodes a body through the codecs named by a Content-Encoding header, within ``limit`` bytes.

    Unknown codings are passed through unchanged (the body stays bounded either way).
    """

    def __init__(self, content_encoding: str, limit: int) -> None:
        self._pieces: list[bytes] = []
        self._output = Stage(self._pieces.append, limit)
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        sink: Sink = self._output.feed
        self.stages: list[Stage] = []
        for coding in codings:  # applied in order, so the last one listed is undone first
            factory = _STAGES.get(coding)
            if factory is not None:
                stage = factory(sink, limit)
                self.stages.append(stage)
                sink = stage.feed
        self.stages.reverse()
        self.feed: Sink = sink

    @property
    def decoded_bytes(self) -> int:
        """Most bytes any stage has decoded so far (at most limit + one DECODE_CHUNK)."""
        return max([self._output.produced, *(stage.produced for stage in self.stages)])

    def finish(self) -> bytes:
        """The whole decoded body, joined once."""
        for stage in self.stages:
            stage.finish()
        return b"".join(self._pieces)
