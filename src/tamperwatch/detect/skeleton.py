"""Skeleton features: the set of class names and landmark tags a page's markup uses.

A site's template (header, navigation, footer, grid) shows up as class names that recur in
every capture, whatever the news of the day; a full replacement loses nearly all of them.
Extraction is a single regular-expression pass over the body markup, so it costs little.
"""

from __future__ import annotations

import re

from tamperwatch.detect.page import Page

_CLASSED = re.compile(r"class\s*=\s*[\"']([^\"'<>]{1,500})")
_LANDMARK = re.compile(r"<(header|nav|footer|main|aside|article|section|form)\b", re.IGNORECASE)
MAX_TOKENS = 4000


def skeleton_tokens(page: Page) -> frozenset[str]:
    """Distinct class names (lower-case) plus '<landmark>' tokens found in the body markup (once per page)."""
    cached = page.features.get("skeleton_tokens")
    if isinstance(cached, frozenset):
        return cached
    page.features["skeleton_tokens"] = tokens = _skeleton_tokens(page)
    return tokens


def _skeleton_tokens(page: Page) -> frozenset[str]:
    markup = page.body_html
    names = set(" ".join(_CLASSED.findall(markup)).lower().split())
    tokens = {name for name in names if len(name) <= 60}
    if len(tokens) > MAX_TOKENS:
        tokens = set(sorted(tokens)[:MAX_TOKENS])
    tokens.update(f"<{m.lower()}>" for m in set(_LANDMARK.findall(markup)))
    return frozenset(tokens)
