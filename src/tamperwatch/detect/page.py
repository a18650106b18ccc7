"""Page: a capture parsed once (selectolax, Lexbor) and shared by every detector."""

from __future__ import annotations

from functools import cached_property
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from tamperwatch.models import Capture


class Page:
    """Lazily parsed view of a Capture's HTML. Never raises on malformed input."""

    def __init__(self, capture: Capture, max_chars: int = 4_000_000) -> None:
        self.capture = capture
        self.max_chars = max_chars

    @cached_property
    def html(self) -> str:
        return self.capture.text[: self.max_chars]

    @cached_property
    def tree(self) -> LexborHTMLParser:
        return LexborHTMLParser(self.html)

    @cached_property
    def url(self) -> str:
        return self.capture.final_url or self.capture.url

    @cached_property
    def host(self) -> str:
        return (urlsplit(self.url).hostname or "").lower()

    @cached_property
    def title(self) -> str:
        node = self.tree.css_first("title")
        return " ".join(node.text(deep=True).split())[:300] if node is not None else ""
