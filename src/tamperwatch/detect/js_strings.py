"""JavaScript string literals of a script: found in linear time, their escapes undone.

Two readers need the words a script carries in its strings: the markup it writes into the page
(``written_markup.py``) and the text it paints on a canvas (``offpage_text.py``). A literal's body
is possessive and its closing quote optional, so every match attempt succeeds and consumes what it
scanned: a hostile script of unclosed quotes and stray backslashes is read in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

_LITERAL = re.compile(
    r""""((?:[^"\\\n]|\\[\s\S]?)*+)(?:"|$)|'((?:[^'\\\n]|\\[\s\S]?)*+)(?:'|$)|`((?:[^`\\]|\\[\s\S]?)*+)(?:`|$)""",
    re.MULTILINE,
)
_ESCAPE = re.compile(r"\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\(.)", re.DOTALL)
_CONTROL = {"n": "\n", "t": "\t", "r": "\r"}
# the ``type`` values of a <script> that browsers run (HTML's JavaScript MIME type essences, a module,
# or none at all)
JS_TYPES = frozenset(
    {
        "",
        "module",
        "javascript",
        "application/ecmascript",
        "application/javascript",
        "application/x-ecmascript",
        "application/x-javascript",
        "text/ecmascript",
        "text/javascript",
        "text/javascript1.0",
        "text/javascript1.1",
        "text/javascript1.2",
        "text/javascript1.3",
        "text/javascript1.4",
        "text/javascript1.5",
        "text/jscript",
        "text/livescript",
        "text/x-ecmascript",
        "text/x-javascript",
    }
)
_MAX_CODEPOINT = 0x10FFFF


def literals(code: str, limit: int) -> Iterator[tuple[str, bool]]:
    """The first ``limit`` string literals of ``code``: ``(body as written, closed by its quote)``."""
    for match in islice(_LITERAL.finditer(code), limit):
        whole = match.group(0)
        yield (
            match.group(1) or match.group(2) or match.group(3) or "",
            len(whole) > 1 and whole[-1] == whole[0],
        )


def runs_as_javascript(type_attribute: str | None) -> bool:
    """Whether a <script> with this ``type`` attribute (None: none) runs as JavaScript."""
    return (type_attribute or "").strip().lower() in JS_TYPES


def literal_at(code: str, pos: int) -> tuple[str, int] | None:
    """The string literal that starts at ``pos`` of ``code``: ``(body as written, end)``; None when
    none starts there."""
    match = _LITERAL.match(code, pos)
    if match is None:
        return None
    return match.group(1) or match.group(2) or match.group(3) or "", match.end()


def unescape(body: str) -> str:
    """A literal's text: ``\\"``, ``\\n``, ``\\x3c``, ``\\u003c`` and ``\\u{1F600}`` undone (a code
    point no character has reads as nothing)."""
    if "\\" not in body:
        return body

    def one(match: re.Match[str]) -> str:
        code = match.group(1) or match.group(2) or match.group(3)
        if code:
            value = int(code, 16)
            return chr(value) if 0 < value <= _MAX_CODEPOINT and not 0xD800 <= value <= 0xDFFF else ""
        return _CONTROL.get(match.group(4), match.group(4))

    return _ESCAPE.sub(one, body)
