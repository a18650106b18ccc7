"""Putting a root back to its baseline, one path at a time: golden bytes written atomically with
their mode and owner, symlinks and folders recreated, whatever the baseline does not hold
removed, and every attacker-written file kept in the quarantine first."""

from __future__ import annotations

import bisect
from collections.abc import Mapping

from tamperwatch.agent.changes import GOLDEN_BAD, Change, What
from tamperwatch.agent.config import QUARANTINE_MAX_BYTES
from tamperwatch.agent.index import IndexedEntries
from tamperwatch.agent.manifest import Entry, Kind
from tamperwatch.agent.observe import Seen, observe
from tamperwatch.agent.quarantine import Quarantine
from tamperwatch.agent.safefs import RootFs, join, temp_tag
from tamperwatch.archive.blobs import FileBlobStore

DIGEST_CHARS = 64  # a SHA-256 in hex


class GoldenBad(Exception):
    """The golden copy is missing or its bytes no longer hash to the baseline's digest."""


class Restorer:
    def __init__(self, fs: RootFs, golden: FileBlobStore, quarantine: Quarantine, max_bytes: int) -> None:
        self.fs = fs
        self.golden = golden
        self.quarantine = quarantine
        self.max_bytes = max_bytes
        self.entries: Mapping[str, Entry] = {}
        self._sorted: list[str] = []

    def use(self, entries: Mapping[str, Entry]) -> None:
        self.entries = entries
        self._sorted = [] if isinstance(entries, IndexedEntries) else sorted(entries)

    def keep(self, seen: Seen) -> str:
        """Quarantine a found file's bytes; the digest it is kept under ("" for no file, or one
        too big to read). A file over ``QUARANTINE_MAX_BYTES`` is kept cut to that size (its
        full hash is the change's ``found`` entry): a flood of big files cannot fill the disk
        as fast as it is written."""
        if seen.entry is None or seen.entry.kind is not Kind.FILE or seen.data is None:
            return ""
        if len(seen.data) > QUARANTINE_MAX_BYTES:
            return self.quarantine.keep(seen.data[:QUARANTINE_MAX_BYTES])
        return self.quarantine.keep(seen.data, seen.entry.digest)

    def own_leftover(self, name: str, seen: Seen) -> bool:
        """``name`` is one of the agent's temp files, left by a kill mid-write: its bytes are the
        start of the golden copy its name was tagged with (a planted file is not)."""
        digest = temp_tag(name)
        if not digest or seen.entry is None or seen.entry.kind is not Kind.FILE or seen.data is None:
            return False
        golden = self.golden.get_sync(digest) if len(digest) == DIGEST_CHARS else None
        return golden is not None and golden.startswith(seen.data)

    def golden_bytes(self, entry: Entry) -> bytes:
        data = self.golden.get_sync(entry.digest) if entry.stored else None
        if data is None:
            raise GoldenBad(GOLDEN_BAD if entry.stored else "file over the size limit: no golden copy")
        return data

    def remove(self, rel: str, seen: Seen, out: list[Change]) -> None:
        """Remove what is at ``rel`` (a folder with everything in it), each file quarantined first
        and every path under a removed folder recorded as added."""
        if seen.entry is not None and seen.entry.kind is Kind.DIR and not seen.special:
            for name in sorted(self.fs.names(rel)):
                child = join(rel, name)
                found = observe(self.fs, child, self.max_bytes)
                if found.entry is None:
                    continue
                change = Change(child, What.ADDED, None, found.entry, self.keep(found))
                self.remove(child, found, out)
                change.restored = True
                out.append(change)
            self.fs.rmdir(rel)
        elif seen.entry is not None:
            self.fs.unlink(rel)

    def put(self, rel: str, entry: Entry, found: Seen, out: list[Change]) -> None:
        """Make ``rel`` hold its golden ``entry``; ``found`` is what is there now (already
        quarantined), removed first when it is another kind of thing (what a removed folder held
        goes to ``out`` as added)."""
        current = found.entry
        wrong_kind = current is not None and (found.special or current.kind is not entry.kind)
        if entry.kind is Kind.FILE:
            data = self.golden_bytes(entry)  # before anything is removed
            if wrong_kind and current is not None and current.kind is Kind.DIR:
                self.remove(rel, found, out)
            self.fs.write(rel, data, entry.mode, entry.uid, entry.gid, entry.digest)  # over a file or link
        elif entry.kind is Kind.LINK:
            if wrong_kind and current is not None and current.kind is Kind.DIR:
                self.remove(rel, found, out)
            self.fs.symlink(rel, entry.link, entry.uid, entry.gid)
        else:
            if wrong_kind:
                self.remove(rel, found, out)
            if current is None or wrong_kind:
                self.fs.mkdir(rel, entry.mode, entry.uid, entry.gid)
            else:
                self.fs.set_dir_meta(rel, entry.mode, entry.uid, entry.gid)

    def children(self, rel: str) -> list[str]:
        """Baseline paths under the folder ``rel``, parents first."""
        if isinstance(self.entries, IndexedEntries):
            return self.entries.children(rel)
        prefix = rel + "/"
        start = bisect.bisect_left(self._sorted, prefix)
        end = bisect.bisect_left(self._sorted, rel + "0")  # '0' sorts right after '/'
        return self._sorted[start:end]
