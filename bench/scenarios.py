"""Real-change targets: each one served as the next real capture of a legit dev scenario's history.

A target's check ``k`` is served snapshot ``k`` of its scenario, so every change a tool sees is one a
real site made between two captures (a publish, a redesign, an ad rotation). Only legit snapshots
are used: the scenario's known-good history (index < ``learn``) and the checked snapshots that
``labels.json`` calls ``legit`` or ``legit-redesign``, up to the first one that is not (a defaced
scenario's last snapshot is never served).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

LEGIT_LABELS = frozenset({"legit", "legit-redesign"})
BASE_TIME = datetime(2026, 2, 1, 8, 0, tzinfo=UTC)


def legit_snapshot_files(meta: Mapping[str, Any], labels: Mapping[str, Any]) -> list[str]:
    """The snapshot files of one scenario that are legit, in capture order, up to the first that is
    not: index < ``learn`` is known-good history; a later index needs a legit label (a missing label
    stops the history too)."""
    learn = int(meta.get("learn", 0))
    files: list[str] = []
    for index, snapshot in enumerate(meta.get("snapshots", [])):
        label = labels.get(str(index), {}).get("label")
        if index >= learn and label not in LEGIT_LABELS:
            break
        files.append(str(snapshot["file"]))
    return files


@dataclass(frozen=True)
class History:
    """One real-change target: a scenario and the paths of its legit snapshots, in order."""

    scenario_id: str
    snapshots: tuple[Path, ...]

    @property
    def file_name(self) -> str:
        return f"{self.scenario_id}.html"

    @property
    def url_path(self) -> str:
        return f"/s/{self.file_name}"


def pick_histories(dev_dir: Path, labels: Mapping[str, Any], need: int, limit: int | None) -> list[History]:
    """Scenarios (sorted by id) with at least ``need`` legit snapshots, at most ``limit`` of them."""
    scenario_labels = labels.get("scenarios", {})
    chosen: list[History] = []
    root = dev_dir / "scenarios"
    for scenario_id in sorted(p.name for p in root.iterdir() if (p / "meta.json").is_file()):
        meta = json.loads((root / scenario_id / "meta.json").read_text(encoding="utf-8"))
        files = legit_snapshot_files(meta, scenario_labels.get(scenario_id, {}))
        if len(files) >= need:
            chosen.append(History(scenario_id, tuple(root / scenario_id / f for f in files)))
        if limit is not None and len(chosen) >= limit:
            break
    return chosen


def snapshot_index(check_no: int, available: int) -> int:
    """The snapshot served for a target's check ``check_no`` (0-based): the next capture each time,
    the last one again once the history is used up."""
    return min(check_no, available - 1)


def serve_snapshot(history: History, webroot: Path, check_no: int) -> Path:
    """Write the snapshot for check ``check_no`` under ``webroot/s/`` with a modification time of its
    own (so nginx's ETag and Last-Modified change with it, even within one second)."""
    target = webroot / "s" / history.file_name
    target.write_bytes(history.snapshots[snapshot_index(check_no, len(history.snapshots))].read_bytes())
    stamp = (BASE_TIME + timedelta(hours=check_no)).timestamp()
    os.utime(target, (stamp, stamp))
    return target


def prepare_webroot(histories: Sequence[History], webroot: Path) -> None:
    """``webroot/s/`` world-readable, every target at its first snapshot."""
    folder = webroot / "s"
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)
    for history in histories:
        serve_snapshot(history, webroot, 0).chmod(0o644)


def real_checks_between(
    before: Mapping[str, int], after: Mapping[str, int], first: int, available: Mapping[str, int]
) -> int:
    """How many checks made between two per-target check counts were of a real change after
    learning: check ``k`` of a target counts when ``first <= k < available`` (it saw snapshot ``k``,
    a new one)."""
    total = 0
    for target, end in after.items():
        start = before.get(target, 0)
        low, high = max(start, first), min(end, available.get(target, 0))
        total += max(0, high - low)
    return total
