"""Checking a WACZ file offline: datapackage-digest.json against datapackage.json, each resource's
SHA-256 and size, no file outside the package, every WARC record readable, every CDXJ line pointing
at the record it names. Returns the captures found, for the bundle check to match against the
signed observations.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any

from tamperwatch.evidence.layout import MAX_WARC_BYTES, check_size, sha256_hex
from tamperwatch.evidence.wacz import (
    DATAPACKAGE,
    DATAPACKAGE_DIGEST,
    INDEX_PATH,
    OBSERVATION_HEADER,
    WARC_PATH,
    cdx_timestamp,
)

CHUNK_BYTES = 1 << 20  # payloads are hashed in pieces of this size


@dataclass(frozen=True, slots=True)
class FoundCapture:
    url: str
    warc_date: str
    observation: str
    payload_sha256: str
    offset: int


@dataclass(slots=True)
class WaczReport:
    problems: list[str] = field(default_factory=list)
    captures: list[FoundCapture] = field(default_factory=list)
    warc_read: bool = False  # the WARC was there and every record could be read


def check_wacz(data: bytes, name: str, max_warc_bytes: int = MAX_WARC_BYTES) -> WaczReport:
    """Every problem of the WACZ ``data`` (``name`` prefixes each line), and the captures in it;
    the WARC's records are not decompressed past ``max_warc_bytes`` in all."""
    report = WaczReport()
    try:
        wacz = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        report.problems.append(f"{name}: not a readable zip file ({exc})")
        return report
    with wacz:
        files = _read_all(wacz, name, report)
        unreadable = set(wacz.namelist()) - set(files)
    package = _package(files, name, report)
    if package is None:
        return report
    listed = set()
    for res in package.get("resources", []):
        path, want = str(res.get("path", "")), str(res.get("hash", ""))
        listed.add(path)
        if path not in files:
            if path not in unreadable:
                report.problems.append(f"{name} {path}: listed in {DATAPACKAGE} but missing")
        elif want != "sha256:" + sha256_hex(files[path]) or int(res.get("bytes", -1)) != len(files[path]):
            report.problems.append(f"{name} {path}: its SHA-256 or size differs from {DATAPACKAGE}")
    for extra in sorted(set(files) - listed - {DATAPACKAGE, DATAPACKAGE_DIGEST}):
        report.problems.append(f"{name} {extra}: not listed in {DATAPACKAGE}")
    warc = files.get(WARC_PATH)
    if warc is not None:
        found = _captures(warc, name, report, max_warc_bytes)
        if found is not None:  # an unreadable WARC is one problem, not one more per index line
            report.captures, report.warc_read = found, True
            _check_index(files.get(INDEX_PATH, b""), report, name)
    return report


def _read_all(wacz: zipfile.ZipFile, name: str, report: WaczReport) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for entry in wacz.namelist():
        try:
            check_size(wacz.getinfo(entry).file_size)
            files[entry] = wacz.read(entry)
        except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, RuntimeError) as exc:
            report.problems.append(f"{name} {entry}: cannot be read ({exc})")
    return files


def _package(files: dict[str, bytes], name: str, report: WaczReport) -> dict[str, Any] | None:
    package_bytes, digest_bytes = files.get(DATAPACKAGE), files.get(DATAPACKAGE_DIGEST)
    if package_bytes is None or digest_bytes is None:
        report.problems.append(f"{name}: {DATAPACKAGE} or {DATAPACKAGE_DIGEST} is missing")
        return None
    try:
        digest, package = json.loads(digest_bytes), json.loads(package_bytes)
    except ValueError as exc:
        report.problems.append(f"{name}: {DATAPACKAGE} or {DATAPACKAGE_DIGEST} is not valid JSON ({exc})")
        return None
    if not isinstance(digest, dict) or digest.get("hash") != "sha256:" + sha256_hex(package_bytes):
        report.problems.append(f"{name} {DATAPACKAGE}: its SHA-256 differs from {DATAPACKAGE_DIGEST}")
    return package if isinstance(package, dict) else None


def _records(warc: bytes, max_bytes: int) -> list[tuple[int, Any, str]]:
    """(offset, WARC record, SHA-256 of its payload) of each record, the payloads hashed as they
    stream (never held whole); raises what warcio raises on damage, ValueError past ``max_bytes``."""
    from warcio.archiveiterator import ArchiveIterator

    found = []
    total = 0
    iterator = ArchiveIterator(io.BytesIO(warc), check_digests=True)
    for record in iterator:
        digest, stream = hashlib.sha256(), record.content_stream()
        while chunk := stream.read(CHUNK_BYTES):
            total += len(chunk)
            if total > max_bytes:
                raise ValueError(f"its records hold more than {max_bytes:,} bytes")
            digest.update(chunk)
        if record.digest_checker.problems:
            raise ValueError("; ".join(map(str, record.digest_checker.problems)))
        found.append((iterator.get_record_offset(), record, digest.hexdigest()))
    return found


def _captures(warc: bytes, name: str, report: WaczReport, max_bytes: int) -> list[FoundCapture] | None:
    try:
        records = _records(warc, max_bytes)
    except Exception as exc:  # warcio raises many kinds on a damaged file
        report.problems.append(f"{name} {WARC_PATH}: cannot be read ({type(exc).__name__}: {exc})")
        return None
    found = []
    for offset, record, payload_sha256 in records:
        if record.rec_type != "response":
            continue
        headers = record.rec_headers
        found.append(
            FoundCapture(
                url=str(headers.get_header("WARC-Target-URI") or ""),
                warc_date=str(headers.get_header("WARC-Date") or ""),
                observation=str(headers.get_header(OBSERVATION_HEADER) or ""),
                payload_sha256=payload_sha256,
                offset=offset,
            )
        )
    return found


def _check_index(index: bytes, report: WaczReport, name: str) -> None:
    by_offset = {c.offset: c for c in report.captures}
    for number, line in enumerate(index.decode(errors="replace").splitlines(), 1):
        try:
            _key, stamp, doc = line.split(" ", 2)
            entry = json.loads(doc)
            capture = by_offset.get(int(entry["offset"]))
        except (ValueError, KeyError, TypeError):
            report.problems.append(f"{name} {INDEX_PATH} line {number}: not a CDXJ line")
            continue
        if capture is None or capture.url != entry.get("url") or not _same_second(capture.warc_date, stamp):
            report.problems.append(
                f"{name} {INDEX_PATH} line {number}: does not point at the record it names"
            )


def _same_second(warc_date: str, stamp: str) -> bool:
    from datetime import datetime

    try:
        return cdx_timestamp(datetime.fromisoformat(warc_date.replace("Z", "+00:00"))) == stamp
    except ValueError:
        return False
