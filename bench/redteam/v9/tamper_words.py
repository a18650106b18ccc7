"""Word-level tampering (edition 9): a propaganda word swapped into real headlines, section labels
renamed, a tail appended to a real headline; everything else of the text stays."""

from __future__ import annotations

import random
import re

from ..attack import NotApplicable, Page
from ..charset import html_text
from ..splice import Edit
from .data.tamper_words import SECTION_SWAPS, TAILS, WORD_SWAPS
from .slots import headlines

SCAN_HEADLINES = 15
MAX_SWAPS = 2
MAX_LABELS = 3
LABEL_CHARS = 24


def word_swap(page: Page, rng: random.Random) -> list[Edit]:
    """Up to two headlines with one loaded word each swapped for the attacker's word."""
    pattern = re.compile(r"\b(" + "|".join(sorted(WORD_SWAPS, key=len, reverse=True)) + r")\b")
    edits = []
    for run in headlines(page)[:SCAN_HEADLINES]:
        found = pattern.search(run.raw)
        if found is not None:
            new = html_text(WORD_SWAPS[found.group(1)], page.codec)
            edits.append(Edit(run.start + found.start(), run.start + found.end(), new))
        if len(edits) == MAX_SWAPS or (edits and rng.random() < 0.5):
            break
    if not edits:
        raise NotApplicable("no loaded word in the headlines")
    return edits


def section_rename(page: Page, rng: random.Random) -> list[Edit]:
    """Section names in the site's navigation renamed (up to three)."""
    edits = []
    for run in page.scan.runs:
        label = run.stripped
        link = run.inside("a")
        if link is None or len(label) > LABEL_CHARS or label not in SECTION_SWAPS:
            continue
        if run.inside("nav", "header") is None and "nav" not in (link.attrs.get("class") or "").lower():
            continue
        at = run.start + run.raw.index(label)
        edits.append(Edit(at, at + len(label), html_text(SECTION_SWAPS[label], page.codec)))
        if len(edits) == MAX_LABELS:
            break
    if not edits:
        raise NotApplicable("no known section label")
    return edits


def headline_tail(page: Page, rng: random.Random) -> list[Edit]:
    """A tail appended to one of the first headlines, the headline itself kept."""
    run = rng.choice(headlines(page)[:3])
    at = run.start + len(run.raw.rstrip())
    return [Edit(at, at, " " + html_text(rng.choice(TAILS), page.codec))]
