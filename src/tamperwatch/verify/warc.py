"""Evidence from WARC and WACZ files the analyst supplies (read with ``warcio``).

Reads ``response`` records (and ``resource``/``revisit`` records are skipped) of any URL, in any
order, gzip or not; HTTP payloads with ``Content-Encoding`` (gzip, deflate, br) are decoded by
warcio. A WACZ is a zip whose ``archive/*.warc(.gz)`` members are read the same way. Files are
limited in size per record (``max_record_bytes``) so a hostile archive cannot exhaust memory.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from tamperwatch.errors import ConfigError
from tamperwatch.verify.evidence import ArchivedCapture, url_key

MAX_RECORD_BYTES = 20 * 1024 * 1024  # one archived page's HTML, decoded
HTML_TYPES = ("text/html", "application/xhtml")


class WarcSource:
    """Captures held in WARC (.warc, .warc.gz) and WACZ (.wacz) files."""

    def __init__(self, paths: list[Path], max_record_bytes: int = MAX_RECORD_BYTES) -> None:
        self.paths = list(paths)
        self.max_record_bytes = max_record_bytes
        self.name = "files:" + ",".join(p.name for p in self.paths)

    async def captures(self, url: str, around: datetime) -> list[ArchivedCapture]:
        key = url_key(url)
        out: list[ArchivedCapture] = []
        for path in self.paths:
            out.extend(c for c in read_archive_file(path, self.max_record_bytes) if url_key(c.url) == key)
        return out


def read_archive_file(path: Path, max_record_bytes: int = MAX_RECORD_BYTES) -> list[ArchivedCapture]:
    """Every HTML response in one WARC or WACZ file; a file that is not one raises ConfigError."""
    if not path.is_file():
        raise ConfigError(f"{path}: no such evidence file")
    try:
        if zipfile.is_zipfile(path):
            return list(_read_wacz(path, max_record_bytes))
        with path.open("rb") as handle:
            return list(_read_warc(handle, f"warc:{path.name}", max_record_bytes))
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        raise ConfigError(f"{path}: not a readable WARC or WACZ file ({exc})") from exc


def _read_wacz(path: Path, max_record_bytes: int) -> Iterator[ArchivedCapture]:
    with zipfile.ZipFile(path) as wacz:
        members = [n for n in wacz.namelist() if n.startswith("archive/") and ".warc" in n]
        if not members:
            raise ConfigError(f"{path}: a zip without archive/*.warc.gz (not a WACZ)")
        for member in members:
            with wacz.open(member) as handle:
                yield from _read_warc(handle, f"wacz:{path.name}", max_record_bytes)


def _read_warc(handle: IO[bytes], source: str, max_record_bytes: int) -> Iterator[ArchivedCapture]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in ArchiveIterator(handle):
            if not str(record.format).startswith("warc"):
                raise ValueError("no WARC record header (ARC and other formats are not read)")
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = record.http_headers.get_statuscode()
            content_type = record.http_headers.get_header("Content-Type") or "text/html"
            if status != "200" or not content_type.lower().startswith(HTML_TYPES):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            when = _warc_date(record.rec_headers.get_header("WARC-Date") or "")
            body = record.content_stream().read(max_record_bytes + 1)
            if not url or when is None or len(body) > max_record_bytes:
                continue
            yield ArchivedCapture(url=url, time=when, html=body, source=source, content_type=content_type)
    except ArchiveLoadFailed as exc:
        raise ValueError(str(exc).splitlines()[0] if str(exc) else "unknown format") from exc


def _warc_date(text: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
