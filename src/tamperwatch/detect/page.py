"""Page: a capture parsed once (selectolax, Lexbor) and shared by every detector.

Besides the parse tree it caches the few cheap features several detectors read (visible text
lines, headings, the declared language), so each is computed at most once per check.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tamperwatch.detect.langid import identify
from tamperwatch.models import Capture

_HEAD_END = re.compile(r"</head", re.IGNORECASE)
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "textarea")
_INVISIBLE = ", ".join(_INVISIBLE_TAGS)
_INVISIBLE_SET = frozenset(_INVISIBLE_TAGS)
MAX_SVG_TEXTS = 50  # <text> elements of one drawing read as the page's text
MAX_SVG_TEXT_CHARS = 400  # characters of each
# Elements of a subtree walked in Python before the (compiled each time) selector takes over:
# links and headings hold a handful; a large block is searched by Lexbor itself.
_WALKED_ELEMENTS = 32
_HEADINGS = "h1, h2, h3, marquee"
# Views a Page derives from its markup alone, small enough to keep once the page is gone (the
# previous page of a target's next check): its text, not its parse tree nor its markup.
KEPT_VIEWS = ("title", "text_lines", "declared_language", "headings", "links", "languages")
# texts whose language a page keeps (``language_of``): its lines and headlines, and their parts
MAX_LANGUAGES_KEPT = 4096
# A link resolved against the page's address: the absolute URL, its scheme, host (lower case,
# '' for none) and path; None when the reference cannot be parsed.
Resolved = tuple[str, str, str, str] | None


def _holds_invisible(node: LexborNode) -> bool:
    """Whether ``node`` is or holds one of the elements nobody reads: the answer of
    ``node.css_first(_INVISIBLE) is not None``, read from the first ``_WALKED_ELEMENTS`` elements
    of a small subtree (links and headings) without compiling the selector for every node."""
    for seen, element in enumerate(node.traverse(include_text=False)):
        if element.tag in _INVISIBLE_SET:
            return True
        if seen >= _WALKED_ELEMENTS:
            return node.css_first(_INVISIBLE) is not None
    return False


def visible_text(node: LexborNode, separator: str = "") -> str:
    """``node``'s text without what it holds in ``<style>``, ``<script>``, ``<svg>`` and the other
    elements nobody reads (an icon's style sheet inside a heading is not its headline); of a
    drawing (``<svg>``) only the ``<text>`` it shows is read."""
    if not _holds_invisible(node):
        return node.text(deep=True, separator=separator)
    parts: list[str] = []
    skip_to = 0  # while inside an invisible element: mem_id of the first node after it
    for child in node.traverse(include_text=True):
        if skip_to:
            if child.mem_id != skip_to:
                continue
            skip_to = 0
        tag = child.tag
        if tag == "-text":
            parts.append(child.text_content or "")
        elif tag in _INVISIBLE_SET and child.mem_id != node.mem_id:
            if tag == "svg":  # a drawing's <text> is shown: a banner drawn in SVG is read
                parts.extend(_svg_texts(child))
            after = _after_subtree(child, node)
            if after is None:
                break
            skip_to = after.mem_id
    return separator.join(parts)


def _svg_texts(svg: LexborNode) -> list[str]:
    """The texts a drawing shows (its ``<text>`` elements, at most ``MAX_SVG_TEXTS``, each capped);
    an icon's ``<title>`` and ``<style>`` are not shown."""
    if svg.css_first("text") is None:
        return []
    return [t.text(deep=True, separator=" ")[:MAX_SVG_TEXT_CHARS] for t in svg.css("text")[:MAX_SVG_TEXTS]]


def _after_subtree(element: LexborNode, root: LexborNode) -> LexborNode | None:
    """The node that follows ``element``'s subtree in document order inside ``root``, or None."""
    current: LexborNode | None = element
    while current is not None and current.mem_id != root.mem_id:
        if current.next is not None:
            return current.next
        current = current.parent
    return None


class Page:
    """Lazily parsed view of a Capture's HTML. Never raises on malformed input."""

    def __init__(
        self, capture: Capture, max_chars: int = 4_000_000, ignore_selectors: tuple[str, ...] = ()
    ) -> None:
        self.capture = capture
        self.features: dict[str, Any] = {}  # per-page cache of features several detectors share
        self.max_chars = max_chars
        self.ignore_selectors = ignore_selectors
        self._borrowed: dict[str, Resolved] | None = None  # resolved references of the page before
        self._borrowed_languages: dict[str, str] | None = None  # and the languages it identified

    def kept_views(self, features: tuple[str, ...]) -> dict[str, object]:
        """The ``KEPT_VIEWS`` and the named ``features`` this page has derived so far."""
        kept = {name: vars(self)[name] for name in KEPT_VIEWS if name in vars(self)}
        kept.update({f"features:{key}": self.features[key] for key in features if key in self.features})
        return kept

    def adopt(self, views: dict[str, object]) -> None:
        """Take ``views`` (``kept_views`` of a page of the same markup, address, selectors and
        length limit) as derived already: each is what this page would derive itself. The views
        this page goes on filling (its resolved links, its identified languages) are copied, so
        what it adds later stays its own and the kept ones keep the size they were counted at."""
        for name, value in views.items():
            if name.startswith("features:"):
                self.features.setdefault(name.removeprefix("features:"), value)
            elif name in KEPT_VIEWS:
                vars(self).setdefault(name, dict(value) if isinstance(value, dict) else value)

    @cached_property
    def links(self) -> dict[str, Resolved]:
        """The references this page resolved (``resolve``), by reference as written."""
        return {}

    def resolve(self, href: str) -> Resolved:
        """``href`` resolved against the page's address (``urljoin`` then ``urlsplit``), once per
        page and reference; a reference the page before it resolved (``borrow_links``) is taken
        as it resolved it."""
        links = self.links
        if href in links:
            return links[href]
        borrowed = self._borrowed
        if borrowed is not None and href in borrowed:
            found = borrowed[href]
        else:
            try:
                url = urljoin(self.url, href)
                parts = urlsplit(url)
                found = (url, parts.scheme, parts.hostname or "", parts.path)
            except ValueError:
                found = None
        links[href] = found
        return found

    def borrow_links(self, other: Page) -> None:
        """Take the references ``other`` resolved as resolved, and the languages it identified as
        identified: the same address's previous page."""
        if other is not self and other.url == self.url:
            self._borrowed = other.links
            self._borrowed_languages = other.languages

    @cached_property
    def languages(self) -> dict[str, str]:
        """The languages ``language_of`` named, by text."""
        return {}

    def language_of(self, text: str) -> str:
        """``langid.identify(text)``, once per page and text; a text the page before had
        identified (``borrow_links``: most lines and headlines stay from one capture to the next)
        is taken as it was. At most ``MAX_LANGUAGES_KEPT`` texts are kept."""
        known = self.languages
        code = known.get(text)
        if code is None:
            borrowed = self._borrowed_languages
            code = borrowed.get(text) if borrowed is not None else None
            if code is None:
                code = identify(text)
            if len(known) < MAX_LANGUAGES_KEPT:
                known[text] = code
        return code

    @cached_property
    def html(self) -> str:
        return self.capture.text[: self.max_chars]

    @cached_property
    def folded_html(self) -> bytes:
        """The markup as UTF-8 with ASCII letters in lower case, for case-blind searches of ASCII
        names (``b"srcdoc" in page.folded_html``): a byte search, where a case-blind regular
        expression walks a large page character by character."""
        return self.html.encode("utf-8", "surrogatepass").lower()

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
        body = self.tree.body  # the text runs outside invisible elements, as if they were stripped
        text = visible_text(body, "\n") if body is not None else ""
        seen: dict[str, None] = {}
        for raw in text.split("\n"):
            line = " ".join(raw.split())  # whitespace runs collapsed to one space, ends stripped
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
