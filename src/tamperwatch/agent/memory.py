"""Hands freed heap back to the system after a big transient allocation (loading a baseline,
a full rescan): glibc keeps freed small blocks in its arenas, so the resident size of a
long-running agent would otherwise stay at the peak of its last full check."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import cache


@cache
def _trim() -> object | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    libc = ctypes.CDLL(name)
    return getattr(libc, "malloc_trim", None)  # glibc only (musl has none)


def release() -> None:
    gc.collect()
    trim = _trim()
    if callable(trim):
        trim(0)
