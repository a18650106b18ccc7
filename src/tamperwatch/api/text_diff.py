"""The text diff of an incident: the visible text of the page before and after, line by line.

Shown on the target page beside the before/after screenshots, as escaped text only (the
template autoescapes; nothing of the captured markup is ever rendered). Parsing is done on a
worker thread and bounded: only the first DIFFS_SHOWN incidents, MAX_DIFF_LINES lines each.
"""

from __future__ import annotations

import asyncio
import difflib
from collections.abc import Sequence
from typing import Protocol

from tamperwatch.models import Incident

MAX_DIFF_LINES = 200  # lines of one diff shown; the rest are counted
DIFF_CONTEXT = 1  # unchanged lines kept around each change
DIFFS_SHOWN = 5  # incidents of a target page that get their diff
MAX_LINE_CHARS = 400

DiffLine = tuple[str, str]  # ("-" removed | "+" added | " " kept | "…" cut), text


class BodyStore(Protocol):
    async def load_body(self, content_hash: str) -> bytes | None: ...


def page_lines(body: bytes) -> list[str]:
    """The visible text of an HTML page, one line per text run, whitespace collapsed."""
    from selectolax.lexbor import LexborHTMLParser

    from tamperwatch.detect.page import visible_text

    tree = LexborHTMLParser(body.decode("utf-8", "replace"))
    root = tree.body
    text = visible_text(root, "\n") if root is not None else ""
    lines = (" ".join(raw.split())[:MAX_LINE_CHARS] for raw in text.split("\n"))
    return [line for line in lines if line]


def text_diff(before: bytes, after: bytes, max_lines: int = MAX_DIFF_LINES) -> list[DiffLine]:
    """What changed between two captured pages' visible text; empty when the text is the same."""
    diff = difflib.unified_diff(page_lines(before), page_lines(after), lineterm="", n=DIFF_CONTEXT)
    out: list[DiffLine] = []
    for line in diff:
        if line.startswith(("---", "+++")):
            continue
        mark, text = ("…", "") if line.startswith("@@") else (line[:1], line[1:])
        out.append((mark, text))
    if len(out) > max_lines:
        out = [*out[:max_lines], ("…", f"{len(out) - max_lines} more lines")]
    return out


async def incident_diffs(store: BodyStore, incidents: Sequence[Incident]) -> dict[int, list[DiffLine]]:
    """Incident id -> the diff of its evidence (``previous_hash`` -> ``content_hash``), for those
    whose both bodies are stored."""
    diffs: dict[int, list[DiffLine]] = {}
    for incident in incidents[:DIFFS_SHOWN]:
        before_hash = str(incident.evidence.get("previous_hash") or "")
        after_hash = str(incident.evidence.get("content_hash") or "")
        if not before_hash or not after_hash or before_hash == after_hash:
            continue
        before, after = await store.load_body(before_hash), await store.load_body(after_hash)
        if before is not None and after is not None:
            diffs[incident.id] = await asyncio.to_thread(text_diff, before, after)
    return diffs
