"""The write-ahead journal of one root: each change the guard is about to fix is appended before
the fix, then a short line with what the fix did (``fixed``), and the journal is emptied once the
batch is recorded in the signed log. An agent killed between the two leaves the journal behind;
the next start records it first, so no restore goes unrecorded. Appends are single ``write``
calls without fsync: they survive a killed process (the kernel holds them), which is the crash
this guards against."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

JOURNAL = "pending.jsonl"
FIXED = "fixed"  # marks a line that says how the change above it (same path) was fixed


def fixed(change: dict[str, Any]) -> dict[str, Any]:
    """The line appended after a fix: its path and outcome (restored, error)."""
    keep = {k: change[k] for k in ("path", "restored", "error") if k in change}
    return keep | {FIXED: True}


def settled(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The journal's changes with each one's outcome folded in (a change whose fix never ended,
    the process killed in between, keeps ``restored: false``)."""
    out: list[dict[str, Any]] = []
    last: dict[str, int] = {}
    for line in lines:
        path = str(line.get("path", ""))
        if not line.get(FIXED):
            last[path] = len(out)
            out.append(line)
        elif path in last:
            index = last[path]
            out[index] = out[index] | {k: v for k, v in line.items() if k not in ("path", FIXED)}
    return out


class Journal:
    def __init__(self, folder: Path) -> None:
        self.path = folder / JOURNAL
        self._fd = -1

    def append(self, change: dict[str, Any]) -> None:
        if self._fd < 0:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)
        os.write(self._fd, json.dumps(change, sort_keys=True).encode() + b"\n")

    def read(self) -> list[dict[str, Any]]:
        """The changes left by a run that stopped before recording them (a torn last line skipped)."""
        try:
            lines = self.path.read_bytes().splitlines()
        except FileNotFoundError:
            return []
        out = []
        for line in lines:
            try:
                out.append(json.loads(line))
            except ValueError:
                continue
        return out

    def clear(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        self.path.unlink(missing_ok=True)
