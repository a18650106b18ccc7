"""A small real web root for the agent's tests, its golden state, and a deadline wait."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable
from pathlib import Path

SITE: dict[str, bytes] = {
    "index.html": b"<html><body><h1>City portal</h1><p>Opening hours</p></body></html>\n",
    "about.html": b"<html><body><h1>About us</h1></body></html>\n",
    "css/site.css": b"body { font-family: sans-serif; }\n",
    "js/app.js": b"console.log('portal');\n",
    "img/logo.png": bytes(range(256)) * 8,
    "news/2026/item.html": b"<p>News item</p>\n",
}
PRIVATE = "config.inc"  # a file with a restrictive mode
PRIVATE_BYTES = b"<?php $db = 'secret'; ?>\n"
PRIVATE_MODE = 0o640
DEFAULT_TIMEOUT_S = 30.0
POLL_S = 0.02


def make_site(root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for rel, data in SITE.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        path.chmod(0o644)
    (root / PRIVATE).write_bytes(PRIVATE_BYTES)
    (root / PRIVATE).chmod(PRIVATE_MODE)


State = dict[str, tuple[str, bytes, int]]


def state(root: Path) -> State:
    """Every path under ``root``: kind, bytes (a symlink's target), permission bits; never follows."""
    out: State = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            try:
                out[str(path.relative_to(root))] = _one(path)
            except FileNotFoundError:
                continue  # gone while listed (the agent's own temp file): the next look settles it
    return out


def _one(path: Path) -> tuple[str, bytes, int]:
    st = path.lstat()
    if stat.S_ISLNK(st.st_mode):
        return ("link", os.readlink(path).encode(), 0)
    if stat.S_ISDIR(st.st_mode):
        return ("dir", b"", stat.S_IMODE(st.st_mode))
    return ("file", path.read_bytes(), stat.S_IMODE(st.st_mode))


def wait_until(check: Callable[[], bool], what: str, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
    """Poll ``check`` until it holds; fail naming ``what`` at the deadline."""
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s:g} s waiting for {what}")
        time.sleep(POLL_S)


def trusted_writer(folder: Path) -> str:
    """`tee`, the program writer-whitelist tests trust, once fanotify is known to work on
    ``folder`` (the test is skipped with the reason otherwise)."""
    import shutil

    import pytest

    from tamperwatch.agent.fanotify import probe

    why = probe([folder])
    if why:
        pytest.skip(f"fanotify unavailable here: {why}")
    tee = shutil.which("tee")
    assert tee is not None
    return tee
