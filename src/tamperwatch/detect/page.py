"""Page: a capture parsed once (selectolax, Lexbor) and shared by every detector.

Besides the parse tree it caches the few cheap features several detectors read (visible text
lines, headings, the declared language), so each is computed at most once per check.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tamperwatch.models import Capture

_HEAD_END = re.compile(r"</head", re.IGNORECASE)
_SPACES = re.compile(r"[^\S\n]+")
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "textarea")
_INVISIBLE = ", ".join(_INVISIBLE_TAGS)
_HEADINGS = "h1, h2, h3, marquee"


def visible_text(node: LexborNode, separator: str = "") -> str:
    """``node``'s text without what it holds in ``<style>``, ``<script>``, ``<svg>`` and the other
    elements nobody reads (an icon's style sheet inside a heading is not its headline)."""
    if node.css_first(_INVISIBLE) is None:
        return node.text(deep=True, separator=separator)
    parts: list[str] = []
    for child in node.traverse(include_text=True):
        if child.tag != "-text":
            continue
        parent = child.parent
        while parent is not None and parent.mem_id != node.mem_id and parent.tag not in _INVISIBLE_TAGS:
            parent = parent.parent
        if parent is None or parent.mem_id == node.mem_id:
            parts.append(child.text_content or "")
    return separator.join(parts)


class Page:
    """Lazily parsed view of a Capture's HTML. Never raises on malformed input."""

    def __init__(
        self, capture: Capture, max_chars: int = 4_000_000, ignore_selectors: tuple[str, ...] = ()
    ) -> None:
        self.capture = capture
        self.features: dict[str, Any] = {}  # per-page cache of features several detectors share
        self.max_chars = max_chars
        self.ignore_selectors = ignore_selectors

    @cached_property
    def html(self) -> str:
        return self.capture.text[: self.max_chars]

    @cached_property
    def tree(self) -> LexborHTMLParser:
        tree = LexborHTMLParser(self.html)
        for selector in self.ignore_selectors:
            try:
                for node in tree.css(selector):
                    node.decompose()
            except Exception:
                continue
        return tree

    @cached_property
    def url(self) -> str:
        return self.capture.final_url or self.capture.url

    @cached_property
    def host(self) -> str:
        try:
            return (urlsplit(self.url).hostname or "").lower()
        except ValueError:
            return ""

    @cached_property
    def title(self) -> str:
        node = self.tree.css_first("title")
        return " ".join(node.text(deep=True).split())[:300] if node is not None else ""

    @cached_property
    def body_html(self) -> str:
        """The body's markup: raw text after </head>, or the pruned tree when ignore selectors apply."""
        if self.ignore_selectors:
            body = self.tree.body
            return (body.html or "") if body is not None else ""
        match = _HEAD_END.search(self.html)
        return self.html[match.start() :] if match else self.html

    @cached_property
    def text_lines(self) -> tuple[str, ...]:
        """Visible text of the body, one line per text run, whitespace collapsed, duplicates dropped."""
        try:
            visible = self.tree.clone()
        except Exception:  # Lexbor refuses to clone some broken documents; parse again
            visible = LexborHTMLParser(self.body_html)
        visible.strip_tags(list(_INVISIBLE_TAGS))
        body = visible.body
        text = body.text(deep=True, separator="\n") if body is not None else ""
        seen: dict[str, None] = {}
        for raw in _SPACES.sub(" ", text).split("\n"):
            line = raw.strip()
            if len(line) > 1 and line not in seen:
                seen[line[:400]] = None
                if len(seen) >= 5000:
                    break
        return tuple(seen)

    @cached_property
    def declared_language(self) -> str:
        """The primary subtag of the ``<html lang>`` the page declares ('de-DE' -> 'de'), or ''."""
        node = self.tree.css_first("html[lang]")
        value = (node.attributes.get("lang") or "") if node is not None else ""
        return value.strip().lower().replace("_", "-").split("-", 1)[0][:8]

    @cached_property
    def headings(self) -> tuple[str, ...]:
        """Text of headline slots (h1-h3, marquee), whitespace collapsed, at most 300."""
        out: list[str] = []
        for node in self.tree.css(_HEADINGS)[:300]:
            text = " ".join(visible_text(node, " ").split())[:300]
            if text:
                out.append(text)
        return tuple(out)

    @cached_property
    def text(self) -> str:
        return "\n".join(self.text_lines)
