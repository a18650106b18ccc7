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

from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.js_strings import literals, unescape

MAX_MARKUP_CHARS = 100_000  # characters of a script's markup literals parsed
MAX_LITERALS = 500  # string literals of a script read
_WRITES_MARKUP = re.compile(
    r"insertAdjacentHTML\s*\(|\.(?:inner|outer)HTML\s*\+?=|document\s*\.\s*write(?:ln)?\s*\(|"
    r"parseFromString\s*\(|createContextualFragment\s*\("
)
_TAG = re.compile(r"<[a-zA-Z]")
_CODE_HINT = re.compile(r"\bon[a-z]{3,30}\s*=|srcdoc|data:", re.IGNORECASE)  # markup that can carry code


def written_markup(code: str) -> LexborHTMLParser | None:
    """The markup ``code`` writes into the page, parsed; None when it writes none that can carry code."""
    if "<" not in code or not _WRITES_MARKUP.search(code):
        return None
    pieces: list[str] = []
    size = 0
    for body, _ in literals(code, MAX_LITERALS):
        text = unescape(body)
        pieces.append(text)
        size += len(text)
        if size >= MAX_MARKUP_CHARS:
            break
    markup = "".join(pieces)[:MAX_MARKUP_CHARS]
    if not _TAG.search(markup) or not _CODE_HINT.search(markup):
        return None
    return LexborHTMLParser(f"<html><body>{markup}</body></html>")
