"""Page: a capture parsed once (selectolax, Lexbor) and shared by every detector.

Besides the parse tree it caches the few cheap features several detectors read (visible text
lines, headings, the declared language), so each is computed at most once per check.
"""

from __future__ import annotations

import html as html_lib
import re
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from tamperwatch.models import Capture

_INVISIBLE_OPEN = re.compile(r"<(?:(script|style|noscript|template|svg|textarea)\b|(!--))", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,2000}>")
_HEADINGS = "h1, h2, h3, marquee"


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
        cut = self.html.lower().find("</head")
        return self.html[cut:] if cut >= 0 else self.html

    @cached_property
    def text_lines(self) -> tuple[str, ...]:
        """Visible text of the body, one line per text run, whitespace collapsed, duplicates dropped."""
        stripped = _TAG.sub("\n", _drop_invisible(self.body_html))
        seen: dict[str, None] = {}
        for raw in html_lib.unescape(stripped).split("\n"):
            line = " ".join(raw.split())
            if len(line) > 1 and line not in seen:
                seen[line[:400]] = None
                if len(seen) >= 5000:
                    break
        return tuple(seen)

    @cached_property
    def headings(self) -> tuple[str, ...]:
        """Text of headline slots (h1-h3, marquee), whitespace collapsed, at most 300."""
        out: list[str] = []
        for node in self.tree.css(_HEADINGS)[:300]:
            text = " ".join(node.text(deep=True).split())[:300]
            if text:
                out.append(text)
        return tuple(out)

    @cached_property
    def text(self) -> str:
        return "\n".join(self.text_lines)


def _drop_invisible(markup: str) -> str:
    """``markup`` without script, style, template, svg, textarea blocks and comments."""
    lower = markup.lower()
    pieces: list[str] = []
    pos = 0
    while True:
        match = _INVISIBLE_OPEN.search(markup, pos)
        if match is None:
            pieces.append(markup[pos:])
            break
        pieces.append(markup[pos : match.start()])
        closer = "-->" if match.group(2) else f"</{match.group(1).lower()}"
        end = lower.find(closer, match.end())
        if end < 0:
            break
        pos = end + len(closer)
    return "\n".join(pieces)
