"""Who wrote a file: the kernel's fanotify, read through ctypes (Linux, root or CAP_SYS_ADMIN).

inotify says that a file changed, not which process changed it. fanotify's notification class
(``FAN_CLASS_NOTIF``) with ``FAN_MODIFY | FAN_CLOSE_WRITE`` on the mounts that hold the roots
gives, for each write, the writing process's pid, and ``/proc/PID/exe`` names its program. The
agent accepts a write by a program on its whitelist (``agent_writers``) instead of restoring it.

Before the guard judges a batch it reads every event the kernel has queued (``writers``): the
kernel queues the fanotify event in the same call as the inotify event that started the batch,
so the writers of a batch are known when it is judged. A thread also reads the queue when the
agent is idle, so events of other files on the same mount never pile up. A writer that exited
before its event was read has no program to name (a pid seen once is remembered): its write is
not accepted. An overflowing queue forgets who wrote: nothing is accepted for what it held."""

from __future__ import annotations

import ctypes
import os
import select
import struct
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

FAN_CLASS_NOTIF = 0x0
FAN_CLOEXEC = 0x1
FAN_NONBLOCK = 0x2
FAN_MARK_ADD = 0x1
FAN_MARK_MOUNT = 0x10
FAN_MODIFY = 0x2
FAN_CLOSE_WRITE = 0x8
FAN_Q_OVERFLOW = 0x4000
AT_FDCWD = -100
METADATA = struct.Struct("=IBBHQii")  # event_len, vers, reserved, metadata_len, mask, fd, pid
READ_BYTES = 64 * 1024
IDLE_READ_S = 1.0  # the reading thread's wake-up when nothing else wakes it
EXE_CACHE_MAX = 4096  # pid -> program remembered (a writer that exits right after writing)
SEEN_MAX = 100_000  # paths with writers not yet asked for; beyond, forgotten (nothing accepted)
UNKNOWN = ""  # the writer's program could not be read


class WriterCheck(Protocol):
    def writers(self, path: str) -> frozenset[str]:
        """The programs that wrote ``path`` (absolute) since it was last asked for."""
        ...


class FanotifyUnavailable(OSError):
    """fanotify cannot be used here (no CAP_SYS_ADMIN, a container, not Linux)."""


def _libc() -> ctypes.CDLL:
    libc = ctypes.CDLL(None, use_errno=True)
    if not hasattr(libc, "fanotify_init"):
        raise FanotifyUnavailable("this C library has no fanotify")
    libc.fanotify_init.argtypes = [ctypes.c_uint, ctypes.c_uint]
    libc.fanotify_mark.argtypes = (
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.c_uint64,
        ctypes.c_int,
        ctypes.c_char_p,
    )
    return libc


def open_fanotify(roots: Sequence[Path]) -> int:
    """A fanotify descriptor watching writes on the mounts of ``roots``."""
    libc = _libc()
    flags = FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK
    fd = int(libc.fanotify_init(flags, os.O_RDONLY | os.O_LARGEFILE | os.O_CLOEXEC))
    if fd < 0:
        err = ctypes.get_errno()
        raise FanotifyUnavailable(err, f"fanotify_init: {os.strerror(err)} (needs root or CAP_SYS_ADMIN)")
    for root in roots:
        mask = FAN_MODIFY | FAN_CLOSE_WRITE
        if libc.fanotify_mark(fd, FAN_MARK_ADD | FAN_MARK_MOUNT, mask, AT_FDCWD, os.fsencode(root)) < 0:
            err = ctypes.get_errno()
            os.close(fd)
            raise FanotifyUnavailable(err, f"fanotify_mark {root}: {os.strerror(err)}")
    return fd


def probe(roots: Sequence[Path]) -> str:
    """Why fanotify cannot watch ``roots`` here (one line); "" when it can."""
    try:
        os.close(open_fanotify(roots))
    except (FanotifyUnavailable, OSError) as exc:
        return str(exc.strerror or exc)
    return ""


class WriterWatch:
    """The programs that wrote each path under the roots since the guard last asked."""

    def __init__(self, roots: Sequence[Path]) -> None:
        self.roots = [str(r) for r in roots]
        self._fd = -1
        self._lock = threading.Lock()
        self._seen: dict[str, set[str]] = {}
        self._exes: dict[int, str] = {}
        self._wake_r, self._wake_w = -1, -1
        self._thread: threading.Thread | None = None
        self.overflows = 0

    def start(self) -> None:
        self._fd = open_fanotify([Path(r) for r in self.roots])
        self._wake_r, self._wake_w = os.pipe2(os.O_CLOEXEC)
        self._thread = threading.Thread(target=self._run, name="fanotify", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is None:
            return
        os.write(self._wake_w, b"x")
        self._thread.join()
        self._thread = None
        for fd in (self._fd, self._wake_r, self._wake_w):
            os.close(fd)

    def writers(self, path: str) -> frozenset[str]:
        """The programs that wrote ``path`` (absolute) since the last call for it; read after
        every event queued so far."""
        with self._lock:
            self._read()
            return frozenset(self._seen.pop(path, ()))

    def _run(self) -> None:
        while True:
            ready, _, _ = select.select([self._fd, self._wake_r], [], [], IDLE_READ_S)
            if self._wake_r in ready:
                return
            with self._lock:
                self._read()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self._fd, READ_BYTES)
            except BlockingIOError:
                return
            self._parse(data)

    def _parse(self, data: bytes) -> None:
        offset = 0
        while offset + METADATA.size <= len(data):
            length, _vers, _res, _meta, mask, fd, pid = METADATA.unpack_from(data, offset)
            offset += max(length, METADATA.size)
            if mask & FAN_Q_OVERFLOW:
                self.overflows += 1
                self._seen.clear()  # who wrote what is lost: accept nothing it held
                continue
            if fd < 0:
                continue
            try:
                path = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            finally:
                os.close(fd)
            if pid == os.getpid() or not any(path.startswith(r + "/") for r in self.roots):
                continue
            if len(self._seen) >= SEEN_MAX:
                self._seen.clear()
            self._seen.setdefault(path, set()).add(self._exe(pid))

    def _exe(self, pid: int) -> str:
        try:
            exe = os.readlink(f"/proc/{pid}/exe")
        except OSError:
            return self._exes.get(pid, UNKNOWN)  # exited: the program seen for it before, if any
        if len(self._exes) >= EXE_CACHE_MAX:
            self._exes.clear()
        self._exes[pid] = exe
        return exe
