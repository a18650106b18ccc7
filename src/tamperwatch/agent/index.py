"""A verified baseline as the resident agent holds it: an SQLite file of path -> packed entry,
queried path by path, instead of one Python object per path in memory.

The file is written by the child that verified the manifest's hash and signature
(``agent/keys.py``), next to the manifest, and replaced (temp file + rename) at every load, so it
only ever holds what was just verified. Reading it costs the resident process a page cache of
``INDEX_CACHE_KIB`` whatever the number of files; the kernel keeps the rest of the file cached
outside the process. Paths are stored as their file-system bytes (``surrogateescape``), so that
SQLite's byte order is the order of ``sorted()`` and a folder's descendants are one range.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path

from tamperwatch.agent.manifest import Entry, Manifest, PackedEntries, pack_entry, unpack_entry

INDEX_CACHE_KIB = 512  # SQLite's page cache in the resident process
INDEX_BATCH_ROWS = 10_000  # rows inserted per executemany while writing an index


def _key(path: str) -> bytes:
    return path.encode("utf-8", "surrogateescape")


def _path(key: bytes) -> str:
    return key.decode("utf-8", "surrogateescape")


def write_index(target: Path, manifest: Manifest) -> None:
    """Write ``manifest`` (already verified) as the index file ``target``, atomically."""
    temp = target.with_name(target.name + ".tmp")
    temp.unlink(missing_ok=True)
    con = sqlite3.connect(temp)
    try:
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("CREATE TABLE head (doc TEXT NOT NULL)")
        con.execute("CREATE TABLE entries (path BLOB PRIMARY KEY, packed BLOB NOT NULL) WITHOUT ROWID")
        con.execute("INSERT INTO head VALUES (?)", (json.dumps(manifest.header(), sort_keys=True),))
        entries = manifest.entries
        if isinstance(entries, PackedEntries):
            rows: Iterator[tuple[str, bytes]] = entries.packed_items()
        else:
            rows = ((p, pack_entry(e)) for p, e in entries.items())
        chunk: list[tuple[bytes, bytes]] = []
        for path, packed in rows:
            chunk.append((_key(path), packed))
            if len(chunk) >= INDEX_BATCH_ROWS:
                con.executemany("INSERT INTO entries VALUES (?, ?)", chunk)
                chunk = []
        con.executemany("INSERT INTO entries VALUES (?, ?)", chunk)
        con.commit()
    finally:
        con.close()
    os.chmod(temp, 0o600)
    os.replace(temp, target)


class IndexedEntries(Mapping[str, Entry]):
    """A read-only path -> Entry mapping backed by an index file (one query a lookup)."""

    def __init__(self, path: Path) -> None:
        uri = path.resolve().as_uri() + "?mode=ro"
        self._con = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._con.execute(f"PRAGMA cache_size=-{INDEX_CACHE_KIB}")
        self._len = int(self._con.execute("SELECT count(*) FROM entries").fetchone()[0])

    def header(self) -> dict[str, object]:
        doc: dict[str, object] = json.loads(self._con.execute("SELECT doc FROM head").fetchone()[0])
        return doc

    def __getitem__(self, path: str) -> Entry:
        row = self._con.execute("SELECT packed FROM entries WHERE path = ?", (_key(path),)).fetchone()
        if row is None:
            raise KeyError(path)
        return unpack_entry(row[0])

    def __contains__(self, path: object) -> bool:
        if not isinstance(path, str):
            return False
        query = "SELECT 1 FROM entries WHERE path = ?"
        return self._con.execute(query, (_key(path),)).fetchone() is not None

    def __iter__(self) -> Iterator[str]:
        for (key,) in self._con.execute("SELECT path FROM entries ORDER BY path"):
            yield _path(key)

    def __len__(self) -> int:
        return self._len

    def children(self, rel: str) -> list[str]:
        """Paths under the folder ``rel``, parents first (sorted)."""
        low, high = _key(rel + "/"), _key(rel + "0")  # '0' sorts right after '/'
        query = "SELECT path FROM entries WHERE path >= ? AND path < ? ORDER BY path"
        return [_path(k) for (k,) in self._con.execute(query, (low, high))]

    def close(self) -> None:
        self._con.close()


def open_index(path: Path) -> Manifest:
    """The manifest an index file holds (its entries stay in the file)."""
    entries = IndexedEntries(path)
    head = entries.header()
    return Manifest(
        str(head["root"]),
        int(str(head["generation"])),
        str(head["created_at"]),
        str(head["actor"]),
        str(head["reason"]),
        entries,
        bool(head.get("lists_unprotected", False)),
    )
