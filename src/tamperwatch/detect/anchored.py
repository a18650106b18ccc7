"""Anchored search: a regular expression's matches, tried only where one of its first words is.

Python's ``re`` scans a pattern that opens with ``\\b``, an alternation or a case-blind letter
character by character, at some 50 to 100 ns a character: 10 to 20 ms for a 200,000-character
script, per pattern. When every match of a pattern starts with one of a few literal words (its
*anchors*) and no match is empty, ``str.find`` locates those words first (a fast search) and the
pattern is tried only there. The matches are exactly ``pattern.finditer(text)``'s: left to right,
none overlapping, each tried at the earliest place at or after the previous match's end (``\\b``
and look-behinds still see the character before). Where anchors are dense (a script of ``$``
signs, a one-letter name), trying each in Python would cost more than ``re``'s own scan: after
``MIN_TRIES`` plus one try per ``CHARS_PER_TRY`` characters, ``finditer`` takes over.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

MIN_TRIES = 64  # places tried in Python on any text before re's own scan takes over
CHARS_PER_TRY = 256  # and one more for every this many characters of the text


def anchored_finditer(
    pattern: re.Pattern[str], text: str, anchors: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for a ``pattern`` whose every match starts with one of
    ``anchors`` and is never empty."""
    starts = [(pos, anchor) for anchor in anchors if (pos := text.find(anchor)) >= 0]
    heapq.heapify(starts)
    resume = 0  # where the previous match ended: no match starts before it
    tries = MIN_TRIES + len(text) // CHARS_PER_TRY
    while starts:
        pos, anchor = heapq.heappop(starts)
        if pos < resume:
            following = text.find(anchor, resume)
        else:
            tries -= 1
            if tries < 0:  # dense anchors: re scans the rest faster than Python tries them
                yield from pattern.finditer(text, resume)
                return
            match = pattern.match(text, pos)
            if match is not None:
                resume = match.end()
                yield match
            following = text.find(anchor, pos + 1)
        if following >= 0:
            heapq.heappush(starts, (following, anchor))


def anchored_search(pattern: re.Pattern[str], text: str, anchors: tuple[str, ...]) -> re.Match[str] | None:
    """``pattern.search(text)``, for a ``pattern`` whose every match starts with one of ``anchors``
    and is never empty."""
    return next(anchored_finditer(pattern, text, anchors), None)
