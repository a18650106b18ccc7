"""The batch formats (``../shared/claims/README.md``): one claim a line in, one verdict a line out.

In: ``{"id", "url", "time", "screenshot", "sources": [...]}``; paths relative to the claims file;
``time`` ISO 8601 (UTC when no offset is given). Out: ``{"id", "verdict", "confidence", "reasons"}``.
A line that cannot be used raises ConfigError naming the file and line, before anything runs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tamperwatch.errors import ConfigError

MAX_CLAIMS = 100_000
MAX_SCREENSHOT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ClaimLine:
    id: str
    url: str
    time: datetime
    screenshot: Path
    sources: tuple[Path, ...]


def parse_time(text: str) -> datetime:
    """ISO 8601 to an aware UTC datetime; raises ValueError with the text."""
    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"not an ISO 8601 time: {text!r} (e.g. 2025-03-01T05:12:09Z)") from None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def read_claims(path: Path) -> list[ClaimLine]:
    if not path.is_file():
        raise ConfigError(f"{path}: no such claims file")
    base = path.parent
    out: list[ClaimLine] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                obj = json.loads(raw)
            except ValueError as exc:
                raise ConfigError(f"{where}: not a JSON object ({exc})") from None
            out.append(_claim(obj, base, where))
            if out[-1].id in seen:
                raise ConfigError(f"{where}: claim id {out[-1].id!r} appears twice")
            seen.add(out[-1].id)
            if len(out) > MAX_CLAIMS:
                raise ConfigError(f"{path}: more than {MAX_CLAIMS} claims")
    return out


def _claim(obj: object, base: Path, where: str) -> ClaimLine:
    if not isinstance(obj, dict):
        raise ConfigError(f"{where}: not a JSON object")
    for key in ("id", "url", "time", "screenshot"):
        if not isinstance(obj.get(key), str) or not obj[key]:
            raise ConfigError(f"{where}: {key!r} must be a non-empty string")
    sources = obj.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise ConfigError(f"{where}: 'sources' must be a list of paths")
    try:
        when = parse_time(obj["time"])
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    shot = base / obj["screenshot"]
    if not shot.is_file():
        raise ConfigError(f"{where}: screenshot {shot} does not exist")
    paths = tuple(base / s for s in sources)
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise ConfigError(f"{where}: evidence file {missing[0]} does not exist")
    return ClaimLine(obj["id"], obj["url"], when, shot, paths)


def read_screenshot(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_SCREENSHOT_BYTES:
        raise ConfigError(f"{path}: {size} bytes exceeds the screenshot limit of {MAX_SCREENSHOT_BYTES}")
    return path.read_bytes()
