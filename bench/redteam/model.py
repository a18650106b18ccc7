"""The generated items: scenarios (a snapshot list with labels) and single pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class OutSnap:
    captured_at: str
    headers: dict[str, str]
    source: Path  # the dev snapshot it was made from (copied as is when ``data`` is None)
    data: bytes | None = None
    label: str | None = None  # None for known-good history
    family: str | None = None


@dataclass
class Scenario:
    sid: str
    target_url: str
    learn: int
    snaps: list[OutSnap]
    info: dict[str, object] = field(default_factory=dict)


@dataclass
class PageItem:
    pid: str
    data: bytes
    label: str
    family: str
    info: dict[str, object] = field(default_factory=dict)
