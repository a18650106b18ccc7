"""File operations confined to one root: every path is walked from the root's folder with
``O_NOFOLLOW``/``O_DIRECTORY`` directory descriptors, so a symlink (or a folder swapped for one)
can never take a read, a write or a delete outside the root.

Writes are atomic (a temp file in the same folder, then a rename over the path): a killed process
leaves the old file or the new one, never half of one. They are not fsynced by default (``sync``):
the web root is not the source of truth, the golden store is (made durable before a baseline
names it), and the check at every start hashes every file, so a restore that a power loss undid
is found and made again; an fsync per file would make a 10,000-file restore take many seconds.
Nothing is ever opened for writing in place, so a hard link to a file elsewhere is replaced, not
written through.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
READ_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
TEMP_PREFIX = ".tamperwatch-restore-"  # the agent's own temp files (a leftover after a crash is removed)
TEMP_TOKEN_BYTES = 6


class PathRefused(ValueError):
    """A path that does not name something strictly under the root."""


class NotUnderRoot(OSError):
    """A folder on the way to a path is not a real folder (missing, a file, a symlink)."""

    def __init__(self, depth: int, code: int) -> None:
        super().__init__(code, os.strerror(code))
        self.depth = depth  # index of the path part that is not a real folder


def temp_name(tag: str = "") -> str:
    return f"{TEMP_PREFIX}{tag}{'-' if tag else ''}{secrets.token_hex(TEMP_TOKEN_BYTES)}"


def temp_tag(name: str) -> str:
    """The tag of one of the agent's temp file names ("" for any other name)."""
    if not name.startswith(TEMP_PREFIX):
        return ""
    tag, dash, _ = name[len(TEMP_PREFIX) :].rpartition("-")
    return tag if dash else ""


def split(rel: str) -> list[str]:
    parts = rel.split("/") if rel else []
    if any(part in ("", ".", "..") or "\0" in part for part in parts):
        raise PathRefused(f"refused path {rel!r}")
    return parts


def join(parent: str, name: str) -> str:
    return f"{parent}/{name}" if parent else name


def parent_of(rel: str) -> str:
    return rel.rpartition("/")[0]


class RootFs:
    """Reads and writes under ``root`` (an absolute path without symlinks in it)."""

    def __init__(self, root: Path, sync: bool = False) -> None:
        self.root = root
        self.sync = sync
        self._prefix = str(root) + os.sep

    def rel_of(self, absolute: str) -> str | None:
        """``absolute`` relative to the root; None when it is the root itself or outside it."""
        if not absolute.startswith(self._prefix):
            return None
        rel = absolute[len(self._prefix) :].strip("/")
        try:
            split(rel)
        except PathRefused:
            return None
        return rel or None

    @contextlib.contextmanager
    def folder(self, parts: list[str]) -> Iterator[int]:
        """A descriptor of the folder ``parts`` (each part a real folder, never a symlink)."""
        fd = os.open(self.root, DIR_FLAGS)
        try:
            for depth, part in enumerate(parts):
                try:
                    child = os.open(part, DIR_FLAGS, dir_fd=fd)
                except OSError as exc:
                    raise NotUnderRoot(depth, exc.errno or errno.ENOTDIR) from None
                os.close(fd)
                fd = child
            yield fd
        finally:
            os.close(fd)

    @contextlib.contextmanager
    def parent(self, rel: str) -> Iterator[tuple[int, str]]:
        parts = split(rel)
        if not parts:
            raise PathRefused("the root itself")
        with self.folder(parts[:-1]) as fd:
            yield fd, parts[-1]

    def blocked_at(self, rel: str) -> str | None:
        """The first ancestor of ``rel`` that is not a real folder, or None when all are."""
        parts = split(rel)
        try:
            with self.folder(parts[:-1]):
                return None
        except NotUnderRoot as exc:
            return "/".join(parts[: exc.depth + 1])

    def lstat(self, rel: str) -> os.stat_result | None:
        try:
            with self.parent(rel) as (fd, name):
                return os.stat(name, dir_fd=fd, follow_symlinks=False)
        except (FileNotFoundError, NotUnderRoot):
            return None

    def readlink(self, rel: str) -> str:
        with self.parent(rel) as (fd, name):
            return os.readlink(name, dir_fd=fd)

    @contextlib.contextmanager
    def opened(self, rel: str) -> Iterator[tuple[int, os.stat_result]]:
        """A read descriptor of the regular file at ``rel`` (never through a symlink, never
        blocking on a FIFO) and its status."""
        with self.parent(rel) as (dir_fd, name):
            fd = os.open(name, READ_FLAGS, dir_fd=dir_fd)
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise IsADirectoryError(errno.EISDIR, "not a regular file", rel)
            yield fd, st
        finally:
            os.close(fd)

    def names(self, rel: str) -> list[str]:
        """Names in the folder ``rel`` ("" for the root)."""
        with self.folder(split(rel)) as fd:
            return os.listdir(fd)

    @contextlib.contextmanager
    def _swap(self, rel: str, tag: str = "") -> Iterator[tuple[int, str]]:
        """A fresh temp name beside ``rel`` (``tag`` in it); the caller makes it, and on success
        it is renamed over ``rel`` (atomic) and the folder synced; on failure it is removed."""
        with self.parent(rel) as (dir_fd, name):
            tmp = temp_name(tag)
            try:
                yield dir_fd, tmp
                os.rename(tmp, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp, dir_fd=dir_fd)
                raise
            if self.sync:
                os.fsync(dir_fd)

    def write(self, rel: str, data: bytes, mode: int, uid: int, gid: int, tag: str = "") -> None:
        """Replace whatever file or symlink is at ``rel`` with ``data`` atomically; ``tag`` goes
        in the temp file's name (the golden digest: a leftover can be told from a planted file)."""
        self.write_chunks(rel, (data,), mode, uid, gid, tag)

    def write_chunks(
        self, rel: str, chunks: Iterable[bytes], mode: int, uid: int, gid: int, tag: str = ""
    ) -> None:
        """``write`` of bytes that come in ``chunks`` (a file too big to hold in memory)."""
        with self._swap(rel, tag) as (dir_fd, tmp):
            fd = os.open(tmp, TEMP_FLAGS, 0o600, dir_fd=dir_fd)
            try:
                for data in chunks:
                    view = memoryview(data)
                    while view:
                        view = view[os.write(fd, view) :]
                _chown(fd, uid, gid)
                os.fchmod(fd, mode)
                if self.sync:
                    os.fsync(fd)
            finally:
                os.close(fd)

    def symlink(self, rel: str, target: str, uid: int, gid: int) -> None:
        """Replace whatever file or symlink is at ``rel`` with a symlink to ``target`` owned by
        ``uid``/``gid`` (where this process may), atomically."""
        with self._swap(rel) as (dir_fd, tmp):
            os.symlink(target, tmp, dir_fd=dir_fd)
            if (os.geteuid(), os.getegid()) != (uid, gid):
                with contextlib.suppress(PermissionError):
                    os.chown(tmp, uid, gid, dir_fd=dir_fd, follow_symlinks=False)

    def mkdir(self, rel: str, mode: int, uid: int, gid: int) -> None:
        with self.parent(rel) as (dir_fd, name):
            os.mkdir(name, 0o700, dir_fd=dir_fd)
            self._set_dir_meta(dir_fd, name, mode, uid, gid)
            if self.sync:
                os.fsync(dir_fd)

    def set_dir_meta(self, rel: str, mode: int, uid: int, gid: int) -> None:
        with self.parent(rel) as (dir_fd, name):
            self._set_dir_meta(dir_fd, name, mode, uid, gid)

    @staticmethod
    def _set_dir_meta(dir_fd: int, name: str, mode: int, uid: int, gid: int) -> None:
        fd = os.open(name, DIR_FLAGS, dir_fd=dir_fd)
        try:
            _chown(fd, uid, gid)
            os.fchmod(fd, mode)
        finally:
            os.close(fd)

    def unlink(self, rel: str) -> None:
        """Remove the file, symlink or special file at ``rel`` (a folder: ``rmtree``)."""
        with self.parent(rel) as (dir_fd, name):
            os.unlink(name, dir_fd=dir_fd)
            if self.sync:
                os.fsync(dir_fd)

    def rmdir(self, rel: str) -> None:
        with self.parent(rel) as (dir_fd, name):
            os.rmdir(name, dir_fd=dir_fd)


def _chown(fd: int, uid: int, gid: int) -> None:
    """Give ``fd`` the golden owner where this process may (root, or it is already ours)."""
    st = os.fstat(fd)
    if (st.st_uid, st.st_gid) == (uid, gid):
        return
    with contextlib.suppress(PermissionError):
        os.fchown(fd, uid, gid)
