"""The dev corpus's legit histories: scenarios whose every checked snapshot is labelled legit."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Snap:
    path: Path
    captured_at: str
    headers: dict[str, str]

    @property
    def when(self) -> datetime:
        return datetime.fromisoformat(self.captured_at.replace("Z", "+00:00"))

    def read(self) -> bytes:
        return self.path.read_bytes()


@dataclass(frozen=True)
class History:
    sid: str
    target_url: str
    snaps: tuple[Snap, ...]
    clean: int  # snaps[:clean] hold no redesign: windows are drawn from them only

    def content_type(self, index: int) -> str | None:
        return self.snaps[index].headers.get("content-type")


def _clean_prefix(labels: dict[str, Any], count: int) -> int:
    """Snapshots before the first one not labelled family ``legit`` (a real redesign)."""
    marked = sorted(int(i) for i, item in labels.items() if item.get("family") != "legit")
    return min(marked[0], count) if marked else count


def legit_histories(corpus: Path) -> list[History]:
    """Every scenario of ``corpus`` whose checked snapshots are all legit, sorted by id."""
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    found = []
    for sid in sorted(labels.get("scenarios", {})):
        checked = labels["scenarios"][sid]
        if not checked or any(item.get("label") != "legit" for item in checked.values()):
            continue
        folder = corpus / "scenarios" / sid
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        snaps = tuple(
            Snap(folder / s["file"], s["captured_at"], dict(s.get("headers", {}))) for s in meta["snapshots"]
        )
        found.append(History(sid, meta["target_url"], snaps, _clean_prefix(checked, len(snaps))))
    return found
