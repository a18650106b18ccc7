"""Captures as a WACZ 1.1.1 file: ``archive/data.warc.gz`` (one gzipped WARC/1.1 response record per
capture, written with warcio), ``indexes/index.cdx`` (CDXJ), ``pages/pages.jsonl``,
``datapackage.json`` (the SHA-256 and size of each of those) and ``datapackage-digest.json`` (the
SHA-256 of datapackage.json). Any WACZ reader (ReplayWeb.page, pywb) can open it.

Each record's payload is the body exactly as captured, whose SHA-256 is the observation's signed
``content_hash``; ``WARC-Date`` is the observation's time and ``Tamperwatch-Observation`` names it
(``TARGET/SEQ``). Only bodies are stored by the archive, so the HTTP headers of a record are
rebuilt (the observed status, a sniffed Content-Type, Content-Length).
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from tamperwatch.evidence.layout import sha256_hex

WACZ_VERSION = "1.1.1"
WARC_VERSION = "1.1"
WARC_PATH = "archive/data.warc.gz"
INDEX_PATH = "indexes/index.cdx"
PAGES_PATH = "pages/pages.jsonl"
DATAPACKAGE = "datapackage.json"
DATAPACKAGE_DIGEST = "datapackage-digest.json"
OBSERVATION_HEADER = "Tamperwatch-Observation"
PAGES_HEADER = {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}
SNIFF_BYTES = 512  # how much of a body the Content-Type guess reads
NOT_MODIFIED = 304  # a 304 observation keeps the body last served: recorded as a 200
HTTP_REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 404: "Not Found", 500: "Server Error"}


@dataclass(frozen=True, slots=True)
class CaptureRecord:
    url: str
    at: datetime
    status: int
    body: bytes
    observation: str  # "TARGET/SEQ"


def warc_date(at: datetime) -> str:
    """WARC/1.1 date with microseconds, UTC."""
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def cdx_timestamp(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y%m%d%H%M%S")


def surt(url: str) -> str:
    """The SURT key CDXJ indexes sort by: ``com,example)/path?query`` (host reversed, no www)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    key = ",".join(reversed(host.split(".")))
    if parts.port:
        key += f":{parts.port}"
    path = parts.path or "/"
    return f"{key}){path.lower()}" + (f"?{parts.query.lower()}" if parts.query else "")


def sniff_type(body: bytes) -> str:
    head = body[:SNIFF_BYTES].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<head" in head or b"<body" in head:
        return "text/html"
    if head.startswith(b"\x89png"):
        return "image/png"
    if head.startswith((b"{", b"[")):
        return "application/json"
    return "application/octet-stream"


def _write_warc(records: Iterable[CaptureRecord], out: io.BufferedRandom) -> list[str]:
    """Write the records into ``out``; returns their CDXJ lines."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(out, gzip=True, warc_version=WARC_VERSION)
    lines: list[str] = []
    for rec in records:
        status = 200 if rec.status == NOT_MODIFIED else rec.status
        mime = sniff_type(rec.body)
        http = StatusAndHeaders(
            f"{status} {HTTP_REASONS.get(status, 'Status')}",
            [("Content-Type", mime), ("Content-Length", str(len(rec.body)))],
            protocol="HTTP/1.1",
        )
        warc = writer.create_warc_record(
            rec.url,
            "response",
            payload=io.BytesIO(rec.body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": warc_date(rec.at), OBSERVATION_HEADER: rec.observation},
        )
        offset = out.tell()
        writer.write_record(warc)
        entry = {
            "url": rec.url,
            "mime": mime,
            "status": str(status),
            "digest": "sha256:" + sha256_hex(rec.body),
            "length": str(out.tell() - offset),
            "offset": str(offset),
            "filename": Path(WARC_PATH).name,
        }
        lines.append(f"{surt(rec.url)} {cdx_timestamp(rec.at)} {json.dumps(entry, sort_keys=True)}")
    return lines


def _pages(records: list[CaptureRecord]) -> bytes:
    rows = [PAGES_HEADER] + [
        {"id": rec.observation, "url": rec.url, "ts": warc_date(rec.at), "title": rec.url} for rec in records
    ]
    return b"".join(json.dumps(row, sort_keys=True).encode() + b"\n" for row in rows)


def _resource(path: str, data_hash: str, size: int) -> dict[str, object]:
    return {"name": Path(path).name, "path": path, "hash": f"sha256:{data_hash}", "bytes": size}


def write_wacz(
    records: list[CaptureRecord], path: Path, created: datetime, software: str, title: str
) -> None:
    """Write the WACZ file at ``path`` (the caller writes into a temporary folder and renames)."""
    with tempfile.TemporaryFile() as warc:
        lines = _write_warc(records, warc)
        warc.seek(0)
        warc_hash, warc_size = _hash_file(warc)
        warc.seek(0)
        index = "".join(line + "\n" for line in sorted(lines)).encode()
        pages = _pages(records)
        package = {
            "profile": "data-package",
            "wacz_version": WACZ_VERSION,
            "title": title,
            "software": software,
            "created": created.astimezone(UTC).isoformat().replace("+00:00", "Z"),
            "mainPageURL": records[0].url if records else "",
            "mainPageDate": warc_date(records[0].at) if records else "",
            "resources": [
                _resource(WARC_PATH, warc_hash, warc_size),
                _resource(INDEX_PATH, sha256_hex(index), len(index)),
                _resource(PAGES_PATH, sha256_hex(pages), len(pages)),
            ],
        }
        package_bytes = json.dumps(package, indent=1).encode()
        digest = {"path": DATAPACKAGE, "hash": "sha256:" + sha256_hex(package_bytes)}
        stamp = created.astimezone(UTC).timetuple()[:6]
        with zipfile.ZipFile(path, "w") as zf:
            info = zipfile.ZipInfo(WARC_PATH, stamp)  # stored: the WARC is gzipped already
            with zf.open(info, "w", force_zip64=True) as dest:
                while chunk := warc.read(1 << 20):
                    dest.write(chunk)
            for name, data in (
                (INDEX_PATH, index),
                (PAGES_PATH, pages),
                (DATAPACKAGE, package_bytes),
                (DATAPACKAGE_DIGEST, json.dumps(digest, indent=1).encode()),
            ):
                zf.writestr(zipfile.ZipInfo(name, stamp), data, compress_type=zipfile.ZIP_DEFLATED)


def _hash_file(handle: io.BufferedRandom) -> tuple[str, int]:
    import hashlib

    digest, size = hashlib.sha256(), 0
    while chunk := handle.read(1 << 20):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size
