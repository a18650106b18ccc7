"""Deobfuscate: the texts an inline script builds at run time, read without running it.

Injected loaders hide their address from anyone reading the page: base64 (``atob``), character
codes (``String.fromCharCode(104,116,...)``, also shifted or XOR-ed by a constant and mapped
back), percent and JavaScript escapes, string literals cut into pieces joined by ``+``, strings
written backwards and turned round with ``reverse()``, base64 kept in a ``data-`` attribute
that the script decodes. These are the transformations themselves, not any attacker's words:
whatever a group names its loader, it has to undo one of them to get its address back.
``decoded_texts(code)`` returns the texts to look for addresses in; the caller keeps the ones
that name a foreign host. Every search is bounded; the key of a shifted or XOR-ed number array is
read off the array (the numbers that must become '://'), never guessed by trying every key.
"""

from __future__ import annotations

import base64
import binascii
import operator
import re
from collections.abc import Callable
from functools import partial
from itertools import islice
from urllib.parse import unquote

MAX_DECODED = 20  # encoded strings of each kind decoded per script
MAX_ARRAY_NUMBERS = 3000  # numbers of a script's arrays read as character codes, all arrays together
REVERSE_WINDOW = 80  # characters after a literal where its '.reverse()' must be
MIN_ARRAY_NUMBERS = 8  # the fewest numbers an array needs to be read as a text
MAX_SHIFT = 32  # character codes shifted by up to this much either way are tried
MAX_XOR_KEY = 255  # character codes XOR-ed with a key up to this are tried
MAX_BACKWARDS = 200  # string literals of a script tried backwards
MAX_LITERAL = 8000  # characters of a literal read
PACKED_FACTOR = 25  # a packed payload may be this many literals long (200,000 characters)
MAX_INDEX_ARRAYS = 10  # number arrays of a script tried as positions into a string literal
MAX_INDEX_LITERALS = 40  # string literals of a script those positions are tried on
_UNICODE_END = 0x110000  # one past the last code point
_PADDING = "=="  # added so an unpadded base64 payload decodes
_ADDRESS = re.compile(r"(?:https?:|wss?:)?//[^\W_][\w.-]*\.[^\W\d_]{2,}", re.IGNORECASE)
# what a key must turn an array into: an address with its scheme (a wrong key can make some
# '//x.yz' out of noise, never 'https://')
_KEYED_ADDRESS = re.compile(r"(?:https?|wss?)://[^\W_][\w.-]*\.[^\W\d_]{2,}", re.IGNORECASE)
_SCHEME_END = re.compile(r"(?:https?|wss?)$", re.IGNORECASE)  # what the numbers before '://' must spell
_SHORTEST_SCHEME, _LONGEST_SCHEME = 2, 5  # 'ws' and 'https'
_ATOB = re.compile(r"""atob\(\s*["'`]([A-Za-z0-9+/=\s_-]{12,8000})["'`]""")
_CHAR_CODES = re.compile(r"fromCharCode\(\s*((?:\d{1,3}\s*,\s*){7,3000}\d{1,3})\s*\)")
_NUMBER_ARRAY = re.compile(r"\[\s*((?:\d{1,5}\s*,\s*){7,3000}\d{1,5})\s*,?\s*\]")
_UNESCAPE = re.compile(r"""(?:unescape|decodeURIComponent|decodeURI)\(\s*["'`]([^"'`]{12,8000})["'`]""")
_ESCAPES = re.compile(r"(?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}){8,2000}")  # '\x68\x74...' in a string
_PIECE = r"""(?:"[^"\\\n]{0,300}"|'[^'\\\n]{0,300}'|`[^`\\\n]{0,300}`)"""  # one string literal
_CHAIN = re.compile(_PIECE + r"(?:\s*\+\s*" + _PIECE + r"){1,400}")  # "ab" + 'cd' + ...
_PIECES = re.compile(_PIECE)
_LITERAL = re.compile(r"""(["'`])([^"'`\\\n]{12,8000})\1""")  # 12 characters or more
_SHORT_LITERAL = re.compile(r"""(["'`])([^"'`\\\n]{8,400})\1""")  # a literal the positions may pick from
_PACKED = re.compile(
    r"""\}\(\s*'((?:[^'\\]|\\.){1,200000})'\s*,\s*(\d{1,3})\s*,\s*(\d{1,6})\s*,\s*'((?:[^'\\]|\\.){0,200000})'"""
    r"""\s*\.split\(\s*'\|'\s*\)"""
)
_PACKER_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WORD = re.compile(r"\b\w+\b")
_BASE64ISH = re.compile(r"^[A-Za-z0-9+/_-]{12,}={0,2}$")


def has_address(text: str) -> bool:
    """Whether ``text`` holds something written like a network address (``//host.tld``)."""
    return _ADDRESS.search(text) is not None


def from_base64(blob: str) -> str:
    """``blob`` decoded as standard or URL-safe base64 (latin-1), or '' when it is not base64."""
    clean = "".join(blob.split()).replace("-", "+").replace("_", "/")
    try:
        return base64.b64decode(clean + _PADDING, validate=False).decode("latin-1")
    except (binascii.Error, ValueError):
        return ""


def decoded_texts(code: str) -> list[str]:
    """The strings ``code`` decodes at run time that can be read without running it."""
    out: list[str] = []
    if "atob(" in code:
        out.extend(text for blob in _ATOB.findall(code)[:MAX_DECODED] if (text := from_base64(blob)))
    if "fromCharCode(" in code:
        for codes in _CHAR_CODES.findall(code)[:MAX_DECODED]:
            out.append("".join(chr(int(c)) for c in codes.split(",")))
        out.extend(_keyed_arrays(code))
    if "unescape(" in code or "decodeURI" in code:
        out.extend(unquote(text) for text in _UNESCAPE.findall(code)[:MAX_DECODED])
    if "\\x" in code or "\\u" in code:
        for run in _ESCAPES.findall(code)[:MAX_DECODED]:
            out.append(run.encode("ascii").decode("unicode_escape", "replace"))
    if "+" in code:
        chains = (m.group(0) for m in _CHAIN.finditer(code))
        out.extend("".join(p[1:-1] for p in _PIECES.findall(chain)) for chain in chains)
    if "reverse" in code:
        out.extend(_backwards(code))
    if "charAt" in code or "[" in code:
        out.extend(_index_lookups(code))
    if "split" in code and "|" in code:
        out.extend(_unpacked(code))
    return out


def _unpacked(code: str) -> list[str]:
    """What Dean Edwards' packer (``eval(function(p,a,c,k,e,d){...}('payload',62,80,'w0|w1|...'
    .split('|')...))``), common in injected code, packs: each word of the payload is a number in
    base ``a`` (digits, then a-z, then A-Z) naming its keyword."""
    out: list[str] = []
    for match in islice(_PACKED.finditer(code), MAX_DECODED):
        payload, radix, words = match.group(1), int(match.group(2)), match.group(4).split("|")
        if not 2 <= radix <= len(_PACKER_DIGITS):
            continue

        def word(m: re.Match[str], radix: int = radix, words: list[str] = words) -> str:
            index = _packer_number(m.group(0), radix)
            return words[index] if 0 <= index < len(words) and words[index] else m.group(0)

        out.append(_WORD.sub(word, payload[:MAX_LITERAL * PACKED_FACTOR].replace("\\'", "'")))
    return out


def _packer_number(token: str, radix: int) -> int:
    value = 0
    for char in token:
        digit = _PACKER_DIGITS.find(char)
        if digit < 0 or digit >= radix:
            return -1
        value = value * radix + digit
    return value


def _index_lookups(code: str) -> list[str]:
    """Number arrays used as positions into a scrambled string literal (``i.map(k => a.charAt(k))``
    or ``a[k]``): every literal long enough for the highest position is tried with every array,
    and kept where the letters picked spell an address with its scheme. At most
    ``MAX_ARRAY_NUMBERS`` numbers are read per script, whatever the arrays."""
    arrays: list[list[int]] = []
    budget = MAX_ARRAY_NUMBERS
    for match in islice(_NUMBER_ARRAY.finditer(code), MAX_INDEX_ARRAYS):
        numbers = [int(n) for n in match.group(1).split(",")[:budget]]
        budget -= len(numbers)
        if len(numbers) >= MIN_ARRAY_NUMBERS:
            arrays.append(numbers)
        if budget <= 0:
            break
    if not arrays:
        return []
    out: list[str] = []
    literals = [m.group(2) for m in islice(_SHORT_LITERAL.finditer(code), MAX_INDEX_LITERALS)]
    for numbers in arrays:
        top = max(numbers)
        for literal in literals:
            if top < len(literal) and _KEYED_ADDRESS.search(text := "".join(literal[n] for n in numbers)):
                out.append(text)
                break
    return out


def _keyed_arrays(code: str) -> list[str]:
    """Number arrays mapped to text through ``fromCharCode`` with a constant shift or XOR key:
    the first key that turns an array into text holding an address. At most
    ``MAX_ARRAY_NUMBERS`` numbers are read per script, whatever the arrays."""
    out: list[str] = []
    budget = MAX_ARRAY_NUMBERS
    for match in _NUMBER_ARRAY.findall(code)[:MAX_DECODED]:
        numbers = [int(n) for n in match.split(",")[:budget]]
        budget -= len(numbers)
        if len(numbers) >= MIN_ARRAY_NUMBERS and (text := _first_keyed(numbers)):
            out.append(text)
        if budget <= 0:
            break
    return out


def _first_keyed(numbers: list[int]) -> str:
    """The text a constant shift or XOR key makes of ``numbers`` when it holds an address. The key is
    read off the numbers themselves: the one that turns three of them in a row into '://' and the
    ones before into a scheme ('http', 'https', 'ws', 'wss'). Each key is tried once."""
    colon, slash = ord(":"), ord("/")
    tried: set[tuple[str, int]] = set()
    for i in range(_SHORTEST_SCHEME, len(numbers) - 2):
        first, second, third = numbers[i : i + 3]
        if second != third:
            continue
        for kind, key, decode in (
            ("shift", colon - first, partial(operator.add, colon - first)),
            ("xor", colon ^ first, partial(operator.xor, colon ^ first)),
        ):
            valid = -MAX_SHIFT <= key <= MAX_SHIFT if kind == "shift" else 0 < key <= MAX_XOR_KEY
            if not valid or decode(second) != slash or (kind, key) in tried:
                continue
            tried.add((kind, key))
            if _SCHEME_END.search(_apply(numbers[max(0, i - _LONGEST_SCHEME) : i], decode)):
                text = _apply(numbers, decode)
                if _KEYED_ADDRESS.search(text):
                    return text
    return ""


def _apply(numbers: list[int], key: Callable[[int], int]) -> str:
    return "".join(chr(code) if 0 <= (code := key(n)) < _UNICODE_END else "\ufffd" for n in numbers)


def _backwards(code: str) -> list[str]:
    """String literals written backwards and turned round right after (``.reverse()`` within
    ``REVERSE_WINDOW`` characters), read the right way round and also as base64: an address with
    its scheme, from a literal that does not already read as one forwards."""
    out: list[str] = []
    for count, match in enumerate(_LITERAL.finditer(code)):
        if count >= MAX_BACKWARDS:
            break
        literal = match.group(2)
        if "reverse" not in code[match.end() : match.end() + REVERSE_WINDOW] or has_address(literal):
            continue
        turned = literal[:MAX_LITERAL][::-1]
        if _KEYED_ADDRESS.search(turned):
            out.append(turned)
        elif _BASE64ISH.match(turned) and (text := from_base64(turned)) and _KEYED_ADDRESS.search(text):
            out.append(text)
    return out
