"""What is at a path now, as an ``Entry`` (a file's bytes hashed, a symlink's target read, never
followed), with the bytes when they are small enough to keep (golden copy, quarantine)."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass

from tamperwatch.agent.config import READ_CHUNK
from tamperwatch.agent.manifest import Entry, Kind
from tamperwatch.agent.safefs import NotUnderRoot, RootFs

SWAP_RETRIES = 3  # a path swapped while being read is looked at again this many times


@dataclass(frozen=True, slots=True)
class Seen:
    """A path's current state. ``entry`` None: nothing there. ``special``: a FIFO, socket or device
    (never part of a baseline). ``data``: a file's bytes when within the size limit. ``st``: its
    status (inode and change time identify the exact version seen)."""

    entry: Entry | None
    data: bytes | None = None
    special: bool = False
    st: os.stat_result | None = None


NOTHING = Seen(None)


def observe(fs: RootFs, rel: str, max_bytes: int) -> Seen:
    for _ in range(SWAP_RETRIES):
        try:
            return _observe_once(fs, rel, max_bytes)
        except _Swapped:
            continue  # replaced between the stat and the open: look again
    return _observe_once(fs, rel, max_bytes)


class _Swapped(Exception):
    pass


def _observe_once(fs: RootFs, rel: str, max_bytes: int) -> Seen:
    st = fs.lstat(rel)
    if st is None:
        return NOTHING
    meta = (stat.S_IMODE(st.st_mode), st.st_uid, st.st_gid)
    if stat.S_ISDIR(st.st_mode):
        return Seen(Entry(Kind.DIR, *meta), st=st)
    if stat.S_ISLNK(st.st_mode):
        try:
            return Seen(Entry(Kind.LINK, *meta, link=fs.readlink(rel)), st=st)
        except (FileNotFoundError, NotUnderRoot):
            return NOTHING
        except OSError as exc:
            if exc.errno == errno.EINVAL:  # no longer a symlink
                raise _Swapped from None
            raise
    if not stat.S_ISREG(st.st_mode):
        return Seen(Entry(Kind.FILE, *meta), special=True, st=st)
    try:
        return read_file(fs, rel, max_bytes)
    except (FileNotFoundError, NotUnderRoot):
        return NOTHING
    except IsADirectoryError:
        raise _Swapped from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # a symlink now
            raise _Swapped from None
        raise


def read_file(fs: RootFs, rel: str, max_bytes: int) -> Seen:
    with fs.opened(rel) as (fd, st):
        hasher = hashlib.sha256()
        kept: list[bytes] | None = [] if st.st_size <= max_bytes else None
        size = 0
        while True:
            chunk = os.read(fd, READ_CHUNK)
            if not chunk:
                break
            hasher.update(chunk)
            size += len(chunk)
            if kept is not None:
                kept.append(chunk)
                if size > max_bytes:
                    kept = None
    entry = Entry(Kind.FILE, stat.S_IMODE(st.st_mode), st.st_uid, st.st_gid, size, hasher.hexdigest())
    return Seen(entry, b"".join(kept) if kept is not None else None, st=st)
