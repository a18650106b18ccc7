"""Decompression bombs: small bodies that expand to at least 1 GiB of zeros, built cheaply.

gzip and deflate repeat one byte-aligned deflate segment (a full flush resets the compressor, so
the segment for 1 MiB of zeros is the same every time); br and zstd stream-compress zeros at a
fast level. Each is a complete, valid stream with a correct trailer.
"""

from __future__ import annotations

import struct
import zlib

import brotli
import zstandard

MIB = 1 << 20
BOMB_EXPANDED_BYTES = 1024 * MIB
CODECS = ("gzip", "deflate", "br", "zstd")


def _raw_deflate_zeros(total: int) -> bytes:
    zeros = bytes(MIB)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    compressor.compress(zeros)
    compressor.flush(zlib.Z_FULL_FLUSH)  # discard the first segment: it differs in its history
    segment = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    return segment * (total // MIB) + compressor.flush(zlib.Z_FINISH)


def gzip_bomb(total: int = BOMB_EXPANDED_BYTES) -> bytes:
    crc = 0
    zeros = bytes(MIB)
    for _ in range(total // MIB):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + _raw_deflate_zeros(total) + struct.pack("<II", crc, total & 0xFFFFFFFF)


def deflate_bomb(total: int = BOMB_EXPANDED_BYTES) -> bytes:
    adler = ((total % 65521) << 16) | 1  # Adler-32 of zeros: a stays 1, b grows by 1 per byte
    return b"\x78\xda" + _raw_deflate_zeros(total) + struct.pack(">I", adler)


def br_bomb(total: int = BOMB_EXPANDED_BYTES) -> bytes:
    compressor = brotli.Compressor(quality=1, lgwin=24)
    zeros = bytes(MIB)
    parts = [compressor.process(zeros) for _ in range(total // MIB)]
    return b"".join(parts) + compressor.finish()


def zstd_bomb(total: int = BOMB_EXPANDED_BYTES) -> bytes:
    compressor = zstandard.ZstdCompressor(level=1).compressobj()
    zeros = bytes(MIB)
    parts = [compressor.compress(zeros) for _ in range(total // MIB)]
    return b"".join(parts) + compressor.flush()


def build_bomb(codec: str, total: int = BOMB_EXPANDED_BYTES) -> bytes:
    builders = {"gzip": gzip_bomb, "deflate": deflate_bomb, "br": br_bomb, "zstd": zstd_bomb}
    return builders[codec](total)
