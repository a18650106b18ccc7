"""The baseline of one root: every protected path with its kind, mode, owner, size and content hash.

On disk a manifest is canonical JSON lines (a header, then one sorted line per entry), zstd
compressed; its SHA-256 is what the installation key signs (``baseline.py``).
"""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import zstandard

MANIFEST_VERSION = 1
ZSTD_LEVEL = 3


class Kind(StrEnum):
    FILE = "f"
    DIR = "d"
    LINK = "l"


@dataclass(frozen=True, slots=True)
class Entry:
    """One path's golden state. ``digest``: SHA-256 hex of a file's bytes; ``link``: a symlink's
    target text (never followed). ``stored``: the golden bytes are in the store (False for a file
    over the size limit: watched and alerted on, not restored)."""

    kind: Kind
    mode: int
    uid: int
    gid: int
    size: int = 0
    digest: str = ""
    link: str = ""
    stored: bool = True

    @property
    def unprotected(self) -> bool:
        """A file the include rules leave alone, listed only so that it is known (a file outside
        the rules that is not listed is new: an attack); its bytes, mode and owner are not kept."""
        return self.kind is Kind.FILE and not self.digest

    def same_content(self, other: Entry) -> bool:
        return (self.kind, self.digest, self.link) == (other.kind, other.digest, other.link)

    def same_meta(self, other: Entry) -> bool:
        return (self.mode, self.uid, self.gid) == (other.mode, other.uid, other.gid)

    def describe(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind.name.lower(), "mode": oct(self.mode)}
        data |= {"uid": self.uid, "gid": self.gid}
        if self.kind is Kind.FILE:
            data |= {"size": self.size, "sha256": self.digest}
        if self.kind is Kind.LINK:
            data["link"] = self.link
        return data


@dataclass(frozen=True, slots=True)
class Manifest:
    root: str
    generation: int
    created_at: str  # ISO 8601 UTC
    actor: str
    reason: str
    entries: Mapping[str, Entry] = field(default_factory=dict)
    # the files outside the include rules are listed (``Entry.unprotected``); False in a baseline
    # made before they were: a file outside the rules is then left alone, not taken for new
    lists_unprotected: bool = True

    def header(self) -> dict[str, Any]:
        head: dict[str, Any] = {"lists_unprotected": True} if self.lists_unprotected else {}
        return head | {
            "version": MANIFEST_VERSION,
            "root": self.root,
            "generation": self.generation,
            "created_at": self.created_at,
            "actor": self.actor,
            "reason": self.reason,
            "entries": len(self.entries),
        }

    def lines(self) -> Iterator[bytes]:
        yield _dump(self.header())
        for path in sorted(self.entries):
            e = self.entries[path]
            yield _dump([path, e.kind.value, e.mode, e.uid, e.gid, e.size, e.digest, e.link, e.stored])

    def encode(self) -> bytes:
        """The canonical bytes (zstd-compressed JSON lines)."""
        return zstandard.compress(b"".join(self.lines()), ZSTD_LEVEL)

    def files(self) -> Iterator[tuple[str, Entry]]:
        return ((p, e) for p, e in self.entries.items() if e.kind is Kind.FILE)


def _dump(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode() + b"\n"


def digest_of(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


# One entry packed in one bytes object: kind, stored flag, mode, uid, gid, size, then the raw
# 32-byte digest (files) or the symlink target (UTF-8). About 90 bytes an entry in memory instead
# of about 320 as objects: 100,000 files watched cost about 9 MB of baseline, not 32.
_PACK = struct.Struct("<cBIIIQ")
_KINDS = {k.value.encode(): k for k in Kind}


def pack_entry(entry: Entry) -> bytes:
    head = _PACK.pack(entry.kind.value.encode(), entry.stored, entry.mode, entry.uid, entry.gid, entry.size)
    if entry.kind is Kind.FILE:
        return head + (bytes.fromhex(entry.digest) if entry.digest else b"")
    return head + entry.link.encode("utf-8", "surrogateescape")


def unpack_entry(raw: bytes) -> Entry:
    kind_b, stored, mode, uid, gid, size = _PACK.unpack_from(raw)
    kind = _KINDS[kind_b]
    rest = raw[_PACK.size :]
    if kind is Kind.FILE:
        return Entry(kind, mode, uid, gid, size, rest.hex(), "", bool(stored))
    return Entry(kind, mode, uid, gid, size, "", rest.decode("utf-8", "surrogateescape"), bool(stored))


class PackedEntries(Mapping[str, Entry]):
    """A read-only path -> Entry mapping kept packed (a loaded baseline of many files)."""

    def __init__(self, entries: Iterable[tuple[str, Entry]] = ()) -> None:
        self._packed = {path: pack_entry(entry) for path, entry in entries}

    def __getitem__(self, path: str) -> Entry:
        return unpack_entry(self._packed[path])

    def __contains__(self, path: object) -> bool:
        return path in self._packed

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def packed_items(self) -> Iterator[tuple[str, bytes]]:
        return iter(self._packed.items())


class ManifestError(ValueError):
    """A manifest that cannot be read back."""


def decode(blob: bytes) -> Manifest:
    try:
        text = zstandard.ZstdDecompressor().decompress(blob).decode()
        lines = text.splitlines()
        head = json.loads(lines[0])
        if head.get("version") != MANIFEST_VERSION:
            raise ManifestError(f"unknown manifest version {head.get('version')!r}")
        del text

        def parsed() -> Iterator[tuple[str, Entry]]:
            for line in lines[1:]:
                path, kind, mode, uid, gid, size, digest, link, stored = json.loads(line)
                yield path, Entry(Kind(kind), mode, uid, gid, size, digest, link, stored)

        entries = PackedEntries(parsed())
    except (ValueError, IndexError, TypeError, zstandard.ZstdError) as exc:
        raise ManifestError(f"unreadable manifest: {exc}") from None
    return Manifest(
        head["root"],
        head["generation"],
        head["created_at"],
        head["actor"],
        head["reason"],
        entries,
        bool(head.get("lists_unprotected", False)),
    )
