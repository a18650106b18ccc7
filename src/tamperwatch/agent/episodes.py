"""Which incident a root's next batch joins: the incident of its episode and the time of its last
change. Kept in memory by a long-running recorder, in a small file by the recording children the
resident agent starts (each records a few batches and exits)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Protocol

from tamperwatch.archive.fsutil import atomic_write


class Episodes(Protocol):
    def get(self, root: str) -> tuple[int, float]:
        """(incident id, time of the episode's last change); (0, 0.0) for none."""
        ...

    def put(self, root: str, incident_id: int, at: float) -> None: ...


class MemoryEpisodes:
    def __init__(self) -> None:
        self._episodes: dict[str, tuple[int, float]] = {}

    def get(self, root: str) -> tuple[int, float]:
        return self._episodes.get(root, (0, 0.0))

    def put(self, root: str, incident_id: int, at: float) -> None:
        self._episodes[root] = (incident_id, at)


class FileEpisodes:
    """One JSON file (written atomically); times are wall-clock seconds."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _all(self) -> dict[str, list[float]]:
        try:
            data: dict[str, list[float]] = json.loads(self.path.read_bytes())
        except (OSError, ValueError):
            return {}
        return data

    def get(self, root: str) -> tuple[int, float]:
        found = self._all().get(root)
        if not isinstance(found, list) or len(found) != 2:
            return (0, 0.0)
        return (int(found[0]), float(found[1]))

    def put(self, root: str, incident_id: int, at: float) -> None:
        data = self._all() | {root: [incident_id, at]}
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write(self.path, json.dumps(data, sort_keys=True).encode(), mode=0o600)
