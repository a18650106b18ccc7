"""Headline slots whose text no longer matches where they link (the mark of a swapped headline).

News sites put the headline's words into the article URL ('/politik/kanzler-besucht-paris-123').
A link whose text shares no word with its URL slug had its text replaced after publication:
rare on a normal page, typical when a defacer rewrites headlines and leaves the layout alone.
"""

from __future__ import annotations

import re

from tamperwatch.detect.page import Page

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


def _slug_words(href: str) -> set[str]:
    path = href.split("?", 1)[0].split("#", 1)[0].rstrip("/").lower()
    last = path.rsplit("/", 1)[-1]
    return {w[:4] for w in _WORD.findall(last)}


def mismatched_link_texts(page: Page, candidates: set[str]) -> set[str]:
    """The ``candidates`` (link texts) used by a link whose URL slug shares no word with the text."""
    if not candidates:
        return set()
    out: set[str] = set()
    for anchor in page.tree.css("a[href]")[:4000]:
        text = " ".join(anchor.text(deep=True).split())
        if not any(c in text for c in candidates):
            continue
        slug = _slug_words(anchor.attributes.get("href") or "")
        words = {w.lower()[:4] for w in _WORD.findall(text)}
        if len(slug) >= 2 and len(words) >= 2 and not slug & words:
            out.update(c for c in candidates if c in text)
    return out
