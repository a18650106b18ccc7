"""A position-keeping scan of a page: its elements and text runs as character offsets."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "keygen",
        "frame",
    ]
)
RAW = frozenset({"script", "style", "noscript", "template", "textarea", "title", "svg", "select"})


@dataclass
class Element:
    name: str
    start: int  # '<' of the start tag
    inner: int  # just after the start tag
    attrs: dict[str, str | None]
    tag_text: str
    close: int = -1  # '<' of the end tag (-1 while open or never closed)
    end: int = -1  # just after the end tag
    parent: Element | None = None

    def ancestors(self) -> list[Element]:
        found, node = [], self.parent
        while node is not None:
            found.append(node)
            node = node.parent
        return found


@dataclass
class TextRun:
    """Character data between two pieces of markup (entity references included)."""

    start: int
    end: int
    parent: Element | None
    raw: str = ""

    @property
    def stripped(self) -> str:
        return re.sub(r"\s+", " ", self.raw).strip()

    def ancestors(self) -> list[Element]:
        return [self.parent, *self.parent.ancestors()] if self.parent is not None else []

    def inside(self, *names: str) -> Element | None:
        node = self.parent
        while node is not None:
            if node.name in names:
                return node
            node = node.parent
        return None


@dataclass
class Scan:
    text: str
    elements: list[Element] = field(default_factory=list)
    runs: list[TextRun] = field(default_factory=list)

    def first(self, name: str) -> Element | None:
        return next((e for e in self.elements if e.name == name), None)

    def all(self, name: str) -> list[Element]:
        return [e for e in self.elements if e.name == name]


class _Scanner(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self._src = text
        self._lines = [0] + [m.end() for m in re.finditer("\n", text)]
        self._result = Scan(text)
        self.stack: list[Element] = []
        self.run_start: int | None = None

    def _pos(self) -> int:
        line, col = self.getpos()
        return self._lines[line - 1] + col

    def _close_run(self) -> None:
        if self.run_start is None:
            return
        end = self._pos()
        parent = self.stack[-1] if self.stack else None
        if not any(e.name in RAW for e in self.stack[-8:]):
            raw = self._src[self.run_start : end]
            if raw.strip():
                self._result.runs.append(TextRun(self.run_start, end, parent, raw))
        self.run_start = None

    def _text(self) -> None:
        if self.run_start is None:
            self.run_start = self._pos()

    def handle_data(self, data: str) -> None:
        self._text()

    def handle_entityref(self, name: str) -> None:
        self._text()

    def handle_charref(self, name: str) -> None:
        self._text()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._close_run()
        start = self._pos()
        tag_text = self.get_starttag_text() or ""
        parent = self.stack[-1] if self.stack else None
        element = Element(tag, start, start + len(tag_text), dict(attrs), tag_text, parent=parent)
        self._result.elements.append(element)
        if tag in VOID:
            element.close = element.end = element.inner
        else:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1].name == tag:
            element = self.stack.pop()
            element.close = element.end = element.inner

    def handle_endtag(self, tag: str) -> None:
        self._close_run()
        start = self._pos()
        for depth in range(len(self.stack) - 1, max(-1, len(self.stack) - 40), -1):
            if self.stack[depth].name == tag:
                end = self._src.find(">", start)
                end = len(self._src) if end < 0 else end + 1
                for element in self.stack[depth:]:
                    element.close, element.end = start, end
                del self.stack[depth:]
                return

    def handle_comment(self, data: str) -> None:
        self._close_run()

    def handle_decl(self, decl: str) -> None:
        self._close_run()

    def handle_pi(self, data: str) -> None:
        self._close_run()

    def unknown_decl(self, data: str) -> None:
        self._close_run()


def scan(text: str) -> Scan:
    """Elements (in start-tag order, with their extents) and non-blank text runs outside raw elements."""
    scanner = _Scanner(text)
    scanner.feed(text)
    scanner.close()
    if scanner.run_start is not None:
        scanner.run_start = None
    return scanner._result


def enclosing(elements: list[Element], pos: int) -> list[Element]:
    """Closed elements containing ``pos``, innermost first (linear; for small lists)."""
    starts = [e.start for e in elements]
    upto = bisect.bisect_right(starts, pos)
    found = [e for e in elements[:upto] if e.end > pos]
    return sorted(found, key=lambda e: e.start, reverse=True)
