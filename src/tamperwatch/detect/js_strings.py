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
# script types that run (no type at all reads as "javascript")
JS_TYPES = frozenset({"javascript", "text/javascript", "module", "application/javascript", "text/ecmascript"})
_MAX_CODEPOINT = 0x10FFFF


def literals(code: str, limit: int) -> Iterator[tuple[str, bool]]:
    """The first ``limit`` string literals of ``code``: ``(body as written, closed by its quote)``."""
    for match in islice(_LITERAL.finditer(code), limit):
        whole = match.group(0)
        yield (
            match.group(1) or match.group(2) or match.group(3) or "",
            len(whole) > 1 and whole[-1] == whole[0],
        )


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
