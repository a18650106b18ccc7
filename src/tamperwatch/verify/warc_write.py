"""Captures written as a WARC file (gzip, WARC/1.1): what pywb and other replay tools read.

Used to hand the captures a verification relied on to another tool, and by the tests to build the
archives they verify against. Each capture becomes a ``response`` record (HTTP 200, its HTML),
optionally preceded by its ``request`` record and with a gzip-encoded payload, as crawlers write.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Sequence
from pathlib import Path

from tamperwatch.archive.fsutil import atomic_write
from tamperwatch.verify.evidence import ArchivedCapture


def warc_bytes(
    captures: Sequence[ArchivedCapture], with_requests: bool = False, gzip_payloads: bool = False
) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True, warc_version="WARC/1.1")
    writer.write_record(writer.create_warcinfo_record("tamperwatch.warc.gz", {"software": "tamperwatch"}))
    for capture in captures:
        stamp = capture.time.strftime("%Y-%m-%dT%H:%M:%SZ")
        if with_requests:
            head = StatusAndHeaders("GET / HTTP/1.1", [("Host", "archive")], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(
                    capture.url, "request", http_headers=head, warc_headers_dict={"WARC-Date": stamp}
                )
            )
        body = gzip.compress(capture.html) if gzip_payloads else capture.html
        fields = [("Content-Type", capture.content_type), ("Content-Length", str(len(body)))]
        if gzip_payloads:
            fields.append(("Content-Encoding", "gzip"))
        writer.write_record(
            writer.create_warc_record(
                capture.url,
                "response",
                payload=io.BytesIO(body),
                http_headers=StatusAndHeaders("200 OK", fields, protocol="HTTP/1.1"),
                warc_headers_dict={"WARC-Date": stamp},
            )
        )
    return buf.getvalue()


def write_warc(path: Path, captures: Sequence[ArchivedCapture], **options: bool) -> None:
    atomic_write(path, warc_bytes(captures, **options))
