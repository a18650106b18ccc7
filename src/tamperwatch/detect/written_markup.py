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

from selectolax.lexbor import LexborHTMLParser

MAX_MARKUP_CHARS = 100_000  # characters of a script's markup literals parsed
MAX_LITERALS = 500  # string literals of a script read
_WRITES_MARKUP = re.compile(
    r"insertAdjacentHTML\s*\(|\.(?:inner|outer)HTML\s*\+?=|document\s*\.\s*write(?:ln)?\s*\(|"
    r"parseFromString\s*\(|createContextualFragment\s*\("
)
# a string literal, its body possessive and its closing quote optional: every attempt succeeds and
# consumes what it scanned, so unclosed quotes and stray backslashes are read in linear time
_LITERAL = re.compile(
    r""""((?:[^"\\\n]|\\[\s\S]?)*+)(?:"|$)|'((?:[^'\\\n]|\\[\s\S]?)*+)(?:'|$)|`((?:[^`\\]|\\[\s\S]?)*+)(?:`|$)""",
    re.MULTILINE,
)
_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)")
_TAG = re.compile(r"<[a-zA-Z]")
_CODE_HINT = re.compile(r"\bon[a-z]{3,30}\s*=|srcdoc|data:", re.IGNORECASE)  # markup that can carry code


def written_markup(code: str) -> LexborHTMLParser | None:
    """The markup ``code`` writes into the page, parsed; None when it writes none that can carry code."""
    if "<" not in code or not _WRITES_MARKUP.search(code):
        return None
    pieces: list[str] = []
    size = 0
    for match in islice(_LITERAL.finditer(code), MAX_LITERALS):
        text = _unescaped(match.group(1) or match.group(2) or match.group(3) or "")
        pieces.append(text)
        size += len(text)
        if size >= MAX_MARKUP_CHARS:
            break
    markup = "".join(pieces)[:MAX_MARKUP_CHARS]
    if not _TAG.search(markup) or not _CODE_HINT.search(markup):
        return None
    return LexborHTMLParser(f"<html><body>{markup}</body></html>")


def _unescaped(literal: str) -> str:
    """A JavaScript string literal's text: escapes (``\\"``, ``\\/``, ``\\x3c``, ``\\u003c``) undone."""
    if "\\" not in literal:
        return literal

    def one(match: re.Match[str]) -> str:
        body = match.group(1)
        if len(body) > 1:
            return chr(int(body[1:], 16))
        return {"n": "\n", "t": "\t", "r": "\r"}.get(body, body)

    return _ESCAPE.sub(one, literal)
