"""FileFetcher: serves stored snapshots as Captures, so replay runs the live pipeline on files.

A scenario folder holds ``meta.json`` (``target_url``, ``learn``, ``snapshots``: file,
captured_at, status, headers) and the snapshot files. The fetcher serves the snapshot at its
cursor for the target URL; the replay driver moves the cursor. A confirming re-fetch sees the
same snapshot, as a live re-fetch seconds later would.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tamperwatch.capture.base import FetchRequest
from tamperwatch.models import Capture


class ScenarioError(ValueError):
    """A scenario folder that cannot be replayed (missing or malformed meta.json)."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    path: Path
    captured_at: datetime
    status: int
    headers: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Scenario:
    id: str
    target_url: str
    learn: int
    snapshots: tuple[Snapshot, ...]

    @classmethod
    def load(cls, folder: Path) -> Scenario:
        meta_path = folder / "meta.json"
        try:
            meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
            snaps = tuple(
                Snapshot(
                    path=folder / str(s["file"]),
                    captured_at=_parse_time(s.get("captured_at")),
                    status=int(s.get("status", 200)),
                    headers=tuple((str(k), str(v)) for k, v in (s.get("headers") or {}).items()),
                )
                for s in meta["snapshots"]
            )
            return cls(
                str(meta.get("id") or folder.name), str(meta["target_url"]), int(meta.get("learn", 0)), snaps
            )
        except FileNotFoundError as exc:
            raise ScenarioError(f"{folder}: no meta.json") from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise ScenarioError(f"{meta_path}: malformed ({exc})") from exc


def _parse_time(value: object) -> datetime:
    if isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        except ValueError:
            pass
    return datetime.fromtimestamp(0, UTC)


class FileFetcher:
    """Fetcher over stored files: ``load(url, snapshot)`` sets what a fetch of ``url`` returns."""

    live = False  # stored captures: another user agent or referrer gets the same file

    def __init__(self, max_body_bytes: int = 10 * 1024 * 1024) -> None:
        self.max_body_bytes = max_body_bytes
        self._current: dict[str, Snapshot] = {}

    def load(self, url: str, snapshot: Snapshot) -> None:
        self._current[url] = snapshot

    async def fetch(self, request: FetchRequest) -> Capture:
        snap = self._current.get(request.url)
        if snap is None:
            return Capture(
                url=request.url,
                fetched_at=datetime.now(UTC),
                error=f"no stored snapshot for {request.url}",
                error_kind="connect",
            )
        try:
            size = snap.path.stat().st_size
            if size > self.max_body_bytes:
                return Capture(
                    url=request.url,
                    fetched_at=snap.captured_at,
                    error_kind="too_large",
                    error=f"body of {size} bytes exceeds the limit of {self.max_body_bytes} bytes",
                )
            body = snap.path.read_bytes()
        except OSError as exc:
            return Capture(url=request.url, fetched_at=snap.captured_at, error=str(exc), error_kind="connect")
        return Capture(
            url=request.url,
            fetched_at=snap.captured_at,
            final_url=request.url,
            status=snap.status,
            headers=snap.headers,
            body=body,
        )

    async def aclose(self) -> None:
        self._current.clear()
