"""Homoglyphs: the Latin look of a host name written with other letters.

Internationalised names let an origin spell 'googletagmanager.com' with Cyrillic or Greek
letters 'o' (U+043E, U+03BF), written in a page as Unicode or as its ASCII form ('xn--...').
``skeleton`` reads a host the way a person does: punycode labels decoded, compatibility forms
folded (NFKC: full-width letters become ASCII), and the letters of other scripts that look like
Latin ones replaced by those (after Unicode's confusables for Cyrillic and Greek; digits standing
in for letters, '0' for 'o' and '1' for 'l', too). ``mixed_script`` says whether one label mixes
Latin letters with Cyrillic or Greek ones: names in one script (a Chinese or Russian domain) are
ordinary, a mix is how a homograph is built.
"""

from __future__ import annotations

import codecs
import unicodedata

PUNYCODE_PREFIX = "xn--"
# Cyrillic and Greek lower-case letters that look like Latin ones (Unicode confusables), and the
# Latin variants (dotless i, script g, script l) that stand in for plain letters; written as escapes.
LOOKS_LATIN = {
    "\u0430": "a", "\u0432": "b", "\u0435": "e", "\u0451": "e", "\u0456": "i", "\u0457": "i",
    "\u0458": "j", "\u043a": "k", "\u043c": "m", "\u043d": "h", "\u043e": "o", "\u0440": "p",
    "\u0441": "c", "\u0442": "t", "\u0443": "y", "\u0445": "x", "\u0455": "s", "\u04bb": "h",
    "\u0501": "d", "\u051b": "q", "\u051d": "w", "\u04cf": "l", "\u044c": "b", "\u0433": "r",
    "\u043f": "n", "\u03b1": "a", "\u03b2": "b", "\u03b5": "e", "\u03b9": "i", "\u03ba": "k",
    "\u03bd": "v", "\u03bf": "o", "\u03c1": "p", "\u03c4": "t", "\u03c5": "u", "\u03c7": "x",
    "\u03f2": "c", "\u03f3": "j", "\u0461": "w", "\u0131": "i", "\u0269": "i", "\u0261": "g",
    "\u2113": "l", "\u01c0": "l",
}  # fmt: skip
DIGITS_AS_LETTERS = {"0": "o", "1": "l"}


def decoded_label(label: str) -> str:
    """A host label as people read it: punycode ('xn--ggle-55da') decoded, else unchanged."""
    if label.startswith(PUNYCODE_PREFIX):
        try:
            return codecs.decode(label[len(PUNYCODE_PREFIX) :].encode("ascii"), "punycode")
        except (UnicodeError, ValueError):
            return label
    return label


def readable(host: str) -> str:
    """``host`` with punycode labels decoded and compatibility forms folded, lower case."""
    labels = [decoded_label(label) for label in host.lower().strip(".").split(".")]
    return unicodedata.normalize("NFKC", ".".join(labels)).lower()


def skeleton(host: str, digits: bool = True) -> str:
    """What ``host`` looks like in Latin letters (see the module doc)."""
    table = {**LOOKS_LATIN, **DIGITS_AS_LETTERS} if digits else LOOKS_LATIN
    return "".join(table.get(c, c) for c in readable(host))


def _script(char: str) -> str:
    if char.isascii():
        return "latin" if char.isalpha() else ""
    name = unicodedata.name(char, "")
    for script in ("LATIN", "CYRILLIC", "GREEK"):
        if name.startswith(script):
            return script.lower()
    return "other" if char.isalpha() else ""


def mixed_script(host: str) -> bool:
    """Whether one label of ``host`` mixes Latin letters with Cyrillic or Greek ones."""
    for label in readable(host).split("."):
        scripts = {_script(c) for c in label} - {""}
        if "latin" in scripts and scripts & {"cyrillic", "greek"}:
            return True
    return False
