"""Walking a root (never through a symlink, never into an excluded folder) and making its
baseline: every protected path's entry, and each file's golden copy in the store."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from dataclasses import replace

from tamperwatch.agent.manifest import Entry, Kind
from tamperwatch.agent.observe import observe
from tamperwatch.agent.rules import PathRules
from tamperwatch.agent.safefs import TEMP_PREFIX, NotUnderRoot, RootFs, join
from tamperwatch.archive.blobs import FileBlobStore


def walk(fs: RootFs, rules: PathRules, top: str = "") -> Iterator[str]:
    """Every path under ``top`` the rules do not exclude, parents before children."""
    try:
        names = sorted(fs.names(top))
    except (FileNotFoundError, NotADirectoryError, NotUnderRoot):
        return
    for name in names:
        rel = join(top, name)
        if rules.excluded(rel):
            continue
        yield rel
        st = fs.lstat(rel)
        if st is not None and stat.S_ISDIR(st.st_mode):
            yield from walk(fs, rules, rel)


def tracked(rules: PathRules, rel: str, entry: Entry) -> bool:
    """Whether the baseline keeps ``rel``: folders and symlinks unless excluded, files the rules
    protect, never the agent's own temp files."""
    if rel.rpartition("/")[2].startswith(TEMP_PREFIX):
        return False
    return entry.kind is not Kind.FILE or rules.protects_file(rel)


UNPROTECTED = Entry(Kind.FILE, 0, 0, 0, stored=False)  # a file the include rules leave alone


def snapshot(fs: RootFs, rules: PathRules, golden: FileBlobStore, max_bytes: int) -> dict[str, Entry]:
    """The baseline entries of the root as it is now; each file's bytes go to ``golden`` (files
    over ``max_bytes`` are entered with ``stored=False``). FIFOs, sockets and devices are left out;
    files the include rules leave alone are listed as ``UNPROTECTED`` (known, not kept)."""
    entries: dict[str, Entry] = {}
    for rel in walk(fs, rules):
        st = fs.lstat(rel)
        name = rel.rpartition("/")[2]
        regular = st is not None and stat.S_ISREG(st.st_mode) and not name.startswith(TEMP_PREFIX)
        if regular and not rules.protects_file(rel):
            entries[rel] = UNPROTECTED
            continue
        seen = observe(fs, rel, max_bytes)
        entry = seen.entry
        if entry is None or seen.special or not tracked(rules, rel, entry):
            continue
        if entry.kind is Kind.FILE:
            if seen.data is None:
                entry = replace(entry, stored=False)
            else:
                golden.put_sync(seen.data, entry.digest)
        entries[rel] = entry
    return entries
