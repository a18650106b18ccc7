"""The language a page is written in: its ``lang`` attribute, else a count of common words."""

from __future__ import annotations

import re

from ..attack import Page

_LANG_ATTR = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_WORD = re.compile(r"[a-zäöüß]+")
STOPWORDS = {
    "de": frozenset(
        {"der", "die", "und", "nicht", "mit", "für", "auf", "ist", "ein", "eine", "sich", "auch"}
    ),
    "en": frozenset(
        {"the", "and", "with", "for", "that", "this", "from", "are", "was", "you", "have", "not"}
    ),
}
SAMPLE_CHARS = 200_000


def page_language(page: Page) -> str:
    """A two-letter language code; German or English when the page does not say."""
    found = _LANG_ATTR.search(page.text[:SAMPLE_CHARS])
    if found:
        return found.group(1).lower()
    counts = dict.fromkeys(STOPWORDS, 0)
    for word in _WORD.findall(page.text[:SAMPLE_CHARS].lower()):
        for lang, words in STOPWORDS.items():
            counts[lang] += word in words
    return max(counts, key=lambda lang: counts[lang])
