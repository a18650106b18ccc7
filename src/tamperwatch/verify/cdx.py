"""Evidence from a web archive with a Wayback-compatible CDX API (the Wayback Machine, pywb, ...).

``{cdx_url}?url=URL&output=json&from=...&to=...`` lists the captures of a URL; each chosen one is
fetched raw, as archived, from the replay endpoint (``{timestamp}id_/URL``: no rewriting, no
banner). Every request goes through the HTTP fetcher, so through ``UrlPolicy`` with its size,
time and redirect limits; a loopback archive is reachable only when ``url_allowlist`` opens it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

from tamperwatch.capture.base import Fetcher, FetchRequest
from tamperwatch.errors import ConfigError
from tamperwatch.verify.evidence import ArchivedCapture

HISTORY = timedelta(days=30)  # captures this long before the claimed time are the page's history
AFTER = timedelta(days=2)  # and this long after it
MAX_ROWS = 200  # CDX rows asked for
MAX_REPLAYS = 8  # captures fetched per claim, nearest to the claimed time first
TIMESTAMP = "%Y%m%d%H%M%S"


def replay_template(cdx_url: str) -> str:
    """The raw replay URL template of a CDX endpoint: Wayback's ``/cdx/search/cdx`` ->
    ``/web/{timestamp}id_/{url}``; pywb's ``/COLLECTION/cdx`` -> ``/COLLECTION/{timestamp}id_/{url}``."""
    base = cdx_url.split("?", 1)[0].rstrip("/")
    if base.endswith("/cdx/search/cdx"):
        return base.removesuffix("/cdx/search/cdx") + "/web/{timestamp}id_/{url}"
    if base.endswith("/cdx"):
        return base.removesuffix("/cdx") + "/{timestamp}id_/{url}"
    raise ConfigError(f"{cdx_url}: not a CDX endpoint (expected a URL ending in /cdx or /cdx/search/cdx)")


class CdxSource:
    def __init__(self, cdx_url: str, fetcher: Fetcher, max_replays: int = MAX_REPLAYS) -> None:
        self.cdx_url = cdx_url.split("?", 1)[0]
        self.replay = replay_template(cdx_url)
        self.fetcher = fetcher
        self.max_replays = max_replays
        self.name = f"cdx:{self.cdx_url}"

    async def captures(self, url: str, around: datetime) -> list[ArchivedCapture]:
        rows = await self._rows(url, around)
        rows.sort(key=lambda r: abs(r[0] - around))
        out = []
        for when, original in rows[: self.max_replays]:
            stamp = when.strftime(TIMESTAMP)
            capture = await self.fetcher.fetch(
                FetchRequest(self.replay.format(timestamp=stamp, url=original))
            )
            if capture.error or capture.status != 200 or not capture.body:
                continue
            out.append(
                ArchivedCapture(
                    url=original,
                    time=when,
                    html=capture.body,
                    source=self.name,
                    content_type=capture.header("content-type", "text/html"),
                )
            )
        return out

    async def _rows(self, url: str, around: datetime) -> list[tuple[datetime, str]]:
        query = {
            "url": url,
            "output": "json",
            "from": (around - HISTORY).strftime(TIMESTAMP),
            "to": (around + AFTER).strftime(TIMESTAMP),
            "limit": str(MAX_ROWS),
        }
        capture = await self.fetcher.fetch(FetchRequest(f"{self.cdx_url}?{urlencode(query)}"))
        if capture.error:
            raise ConfigError(f"{self.cdx_url}: the CDX query failed: {capture.error}")
        if capture.status != 200:
            return (
                []
                if capture.status == 404
                else _raise(f"{self.cdx_url}: the CDX query answered HTTP {capture.status}")
            )
        return parse_cdx_json(capture.body)


def _raise(message: str) -> list[tuple[datetime, str]]:
    raise ConfigError(message)


def parse_cdx_json(body: bytes) -> list[tuple[datetime, str]]:
    """``(time, original URL)`` of each HTML 200 row of a CDX JSON answer (a list of lists with a
    header row, Wayback's; or one JSON object a line, pywb's ``output=json``)."""
    text = body.decode("utf-8", "replace").strip()
    if not text:
        return []
    records: list[dict[str, str]] = []
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, list) and data and isinstance(data[0], list):
        header = [str(h) for h in data[0]]
        records = [
            dict(zip(header, (str(v) for v in row), strict=False))
            for row in data[1:]
            if isinstance(row, list)
        ]
    else:
        for line in text.splitlines():
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if isinstance(obj, dict):
                records.append({str(k): str(v) for k, v in obj.items()})
    out = []
    for rec in records:
        status = rec.get("statuscode", rec.get("status", "200"))
        mime = rec.get("mimetype", rec.get("mime", "text/html"))
        stamp, original = rec.get("timestamp", ""), rec.get("original", rec.get("url", ""))
        if status not in ("200", "-") or "html" not in mime or not original or len(stamp) < 8:
            continue
        try:
            when = datetime.strptime(stamp[:14].ljust(14, "0"), TIMESTAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        out.append((when, original))
    return out
