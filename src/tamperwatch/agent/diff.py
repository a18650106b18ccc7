"""A readable diff of a defaced text file against its golden copy, for the incident's evidence."""

from __future__ import annotations

import difflib

from tamperwatch.agent.config import DIFF_MAX_BYTES

CONTEXT_LINES = 2


def _text(data: bytes) -> str | None:
    if b"\0" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def text_diff(path: str, golden: bytes, found: bytes) -> str | None:
    """A unified diff (cut to ``DIFF_MAX_BYTES``), or None when either side is not text."""
    before, after = _text(golden), _text(found)
    if before is None or after is None:
        return None
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        f"golden/{path}",
        f"found/{path}",
        n=CONTEXT_LINES,
    )
    out: list[str] = []
    size = 0
    for line in lines:
        size += len(line)
        if size > DIFF_MAX_BYTES:
            out.append("... (cut)\n")
            break
        out.append(line)
    return "".join(out)
