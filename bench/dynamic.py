"""The dynamic part of every bench page: a "last updated" line that changed rounds rewrite.

It stands for what a real portal changes on each publish (a timestamp and the latest news item),
so the page stays legitimate while its bytes, size and ETag change.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

HEADLINES = (
    "City council approves the new budget for public libraries",
    "Weather service expects a mild and dry weekend",
    "Local football club wins its third match in a row",
    "Railway operator announces additional evening trains",
    "University opens applications for the winter semester",
    "Museum extends the opening hours of its summer exhibition",
    "Regional hospital completes the renovation of its east wing",
    "Farmers report a good harvest after a warm autumn",
)
LINE_RE = re.compile(rb'<p class="bench-updated">[^<]*</p>')
BODY_OPEN_RE = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
BASE_TIME = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)


def updated_line(round_no: int) -> bytes:
    """The dynamic line as it reads in round ``round_no``."""
    stamp = (BASE_TIME + timedelta(minutes=7 * round_no)).strftime("%Y-%m-%d %H:%M")
    headline = HEADLINES[round_no % len(HEADLINES)]
    return f'<p class="bench-updated">Updated {stamp} &middot; Latest: {headline}</p>'.encode()


def set_dynamic_part(html: bytes, round_no: int) -> bytes:
    """``html`` with its dynamic line set to round ``round_no``: replaced if present, else inserted
    right after ``<body>`` (or in front, when the page has no body tag)."""
    line = updated_line(round_no)
    if LINE_RE.search(html):
        return LINE_RE.sub(lambda _: line, html, count=1)
    body = BODY_OPEN_RE.search(html)
    at = body.end() if body else 0
    return html[:at] + line + html[at:]


def rewrite_file(path: Path, round_no: int) -> None:
    """Set the dynamic part of the file at ``path`` and give it a modification time of its own round,
    so nginx's ETag and Last-Modified change even when two rounds fall within one second."""
    path.write_bytes(set_dynamic_part(path.read_bytes(), round_no))
    stamp = (BASE_TIME + timedelta(minutes=7 * round_no)).timestamp()
    os.utime(path, (stamp, stamp))
