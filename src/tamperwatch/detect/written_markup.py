"""Written markup: HTML a script writes into the page, read as the page's own markup.

``el.insertAdjacentHTML('beforeend', '<img src=x onerror="...">')``, ``innerHTML =``,
``outerHTML =``, ``document.write``, ``DOMParser.parseFromString`` and
``createContextualFragment`` turn a string into elements; their event handlers run like any
other. Quotes inside such a handler are often written as entities (``&quot;``) so the string
needs no escaping, which hides the address from a reader of the script. The string literals of
a script that writes markup are joined, parsed as HTML (entities decoded) and handed back; the
caller reads their code places (``code_places.py``).
"""

from __future__ import annotations

import re
from itertools import islice

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tamperwatch.detect.js_strings import literals, runs_as_javascript, unescape
from tamperwatch.detect.page import Page

MAX_MARKUP_CHARS = 100_000  # characters of a script's markup literals parsed
MAX_LITERALS = 500  # string literals of a script read
MAX_WRITING_SCRIPTS = 50  # inline scripts of a page read for the links they write
MAX_SCRIPT_CHARS = 200_000  # characters of one such script read
_LINK = re.compile(r"<a\s[^<>]*href", re.IGNORECASE)
_WRITES_MARKUP = re.compile(
    r"insertAdjacentHTML\s*\(|\.(?:inner|outer)HTML\s*\+?=|document\s*\.\s*write(?:ln)?\s*\(|"
    r"parseFromString\s*\(|createContextualFragment\s*\("
)
_TAG = re.compile(r"<[a-zA-Z]")
_CODE_HINT = re.compile(r"\bon[a-z]{3,30}\s*=|srcdoc|data:", re.IGNORECASE)  # markup that can carry code


def _markup_of(code: str) -> str:
    """The markup ``code`` writes into the page (its string literals joined, escapes undone), or ''
    when it writes none."""
    if not _WRITES_MARKUP.search(code):
        return ""
    pieces: list[str] = []
    size = 0
    for body, _ in literals(code, MAX_LITERALS):
        text = unescape(body)
        pieces.append(text)
        size += len(text)
        if size >= MAX_MARKUP_CHARS:
            break
    markup = "".join(pieces)[:MAX_MARKUP_CHARS]
    return markup if _TAG.search(markup) else ""


def written_markup(code: str) -> LexborHTMLParser | None:
    """The markup ``code`` writes into the page, parsed; None when it writes none that can carry code."""
    markup = _markup_of(code)
    if not markup or not _CODE_HINT.search(markup):
        return None
    return LexborHTMLParser(f"<html><body>{markup}</body></html>")


def inline_javascript(script: LexborNode) -> bool:
    """Whether a <script> element runs its own text as JavaScript (no ``src``, a JavaScript type)."""
    attrs = script.attributes
    return "src" not in attrs and runs_as_javascript(attrs.get("type"))


def written_links(page: Page) -> list[LexborNode]:
    """The bodies of the markup the page's inline scripts write that holds links, each parsed as a
    document of its own (once per page; the parsers are kept with the page, so the nodes stay valid
    as long as it). A link block written by ``document.write`` reaches every visitor and crawler
    that runs the script, like one written in the page."""
    cached = page.features.get("written_markup.links")
    if cached is None:
        parsers: list[LexborHTMLParser] = []
        bodies: list[LexborNode] = []
        inline = (s for s in page.tree.css("script") if inline_javascript(s))
        for script in islice(inline, MAX_WRITING_SCRIPTS):
            markup = _markup_of(script.text(deep=True)[:MAX_SCRIPT_CHARS])
            if not _LINK.search(markup):
                continue
            parser = LexborHTMLParser(f"<html><body>{markup}</body></html>")
            if parser.body is not None:
                parsers.append(parser)
                bodies.append(parser.body)
        cached = page.features["written_markup.links"] = (bodies, parsers)
    return list(cached[0])
