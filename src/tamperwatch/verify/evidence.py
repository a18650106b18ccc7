"""What a claim is checked against: archived captures of one URL, from any evidence source.

Every source (WARC/WACZ files, tamperwatch's own archive, a CDX web archive, the in-memory twin)
answers ``captures(url, around)`` with ``ArchivedCapture`` records: the HTML a crawler saw at a time.
``near(captures, time, window)`` keeps those within the window of the claimed time, nearest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit


@dataclass(frozen=True, slots=True)
class ArchivedCapture:
    """One archived copy of a page: its URL, when it was captured, its HTML and where it came from."""

    url: str
    time: datetime  # timezone-aware, UTC
    html: bytes
    source: str  # e.g. "warc:claims/x.warc.gz", "archive", "cdx:https://web.archive.org/cdx"
    content_type: str = "text/html"

    @property
    def label(self) -> str:
        return f"{self.time.strftime('%Y-%m-%dT%H:%M:%SZ')} ({self.source})"


class EvidenceSource(Protocol):
    """Archived captures of a URL. Raises ``ConfigError`` for unreadable input (a broken file, a
    refused URL); returns [] when the source simply has nothing for the URL."""

    name: str

    async def captures(self, url: str, around: datetime) -> list[ArchivedCapture]:
        """Captures of ``url``; a source that must choose (a web archive) takes those around
        ``around``, the claimed time, and the page's history before it."""
        ...


class MemorySource:
    """The in-memory twin: captures handed in by a test."""

    def __init__(self, captures: list[ArchivedCapture], name: str = "memory") -> None:
        self.name = name
        self._captures = list(captures)

    async def captures(self, url: str, around: datetime) -> list[ArchivedCapture]:
        key = url_key(url)
        return [c for c in self._captures if url_key(c.url) == key]


def url_key(url: str) -> str:
    """One spelling per page for matching archive records: lower-case host, no scheme, no default
    port, no fragment, no 'www.', trailing slash trimmed (archives differ on all of these)."""
    text = url.strip()
    parts = urlsplit(text if "://" in text else f"http://{text}")  # a bare host/path, as claims write them
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = parts.port
    if port and not (parts.scheme == "http" and port == 80) and not (parts.scheme == "https" and port == 443):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/") or ""
    return urlunsplit(("", host, path, parts.query, ""))


def near(captures: list[ArchivedCapture], time: datetime, window: timedelta) -> list[ArchivedCapture]:
    """The captures within ``window`` of ``time``, nearest first (duplicates of one moment once)."""
    seen: set[tuple[datetime, bytes]] = set()
    out: list[ArchivedCapture] = []
    for capture in sorted(captures, key=lambda c: abs(c.time - time)):
        if abs(capture.time - time) > window or (capture.time, capture.html) in seen:
            continue
        seen.add((capture.time, capture.html))
        out.append(capture)
    return out


def before(captures: list[ArchivedCapture], time: datetime) -> list[ArchivedCapture]:
    """The captures taken before ``time``, oldest first: the page's history."""
    return sorted((c for c in captures if c.time < time), key=lambda c: c.time)
