"""Language: a cheap guess of a text's language from its script and common function words."""

from __future__ import annotations

import re
from functools import cache

_STOPWORDS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "en",
        frozenset(
            [
                "the",
                "and",
                "of",
                "to",
                "in",
                "is",
                "for",
                "on",
                "that",
                "with",
                "are",
                "this",
                "was",
                "you",
                "your",
                "we",
                "be",
                "by",
                "it",
            ]
        ),
    ),
    (
        "de",
        frozenset(
            [
                "der",
                "die",
                "das",
                "und",
                "ist",
                "nicht",
                "mit",
                "von",
                "den",
                "zu",
                "im",
                "ein",
                "eine",
                "auf",
                "für",
                "sich",
                "des",
                "dem",
                "wir",
            ]
        ),
    ),
    (
        "fr",
        frozenset(
            [
                "le",
                "la",
                "les",
                "et",
                "des",
                "est",
                "une",
                "pour",
                "dans",
                "que",
                "qui",
                "sur",
                "pas",
                "du",
                "au",
                "par",
                "vous",
                "nous",
            ]
        ),
    ),
    (
        "es",
        frozenset(
            [
                "el",
                "la",
                "los",
                "las",
                "y",
                "de",
                "que",
                "en",
                "un",
                "una",
                "por",
                "para",
                "con",
                "es",
                "del",
                "se",
                "su",
                "al",
            ]
        ),
    ),
    (
        "pt",
        frozenset(
            [
                "o",
                "a",
                "os",
                "as",
                "e",
                "de",
                "que",
                "em",
                "um",
                "uma",
                "para",
                "com",
                "do",
                "da",
                "não",
                "se",
                "seu",
                "sua",
                "no",
                "na",
            ]
        ),
    ),
    (
        "it",
        frozenset(
            [
                "il",
                "la",
                "di",
                "che",
                "e",
                "un",
                "una",
                "per",
                "con",
                "del",
                "della",
                "sono",
                "non",
                "si",
                "le",
                "gli",
            ]
        ),
    ),
    (
        "nl",
        frozenset(["de", "het", "een", "en", "van", "is", "dat", "op", "te", "voor", "niet", "met", "zijn"]),
    ),
    (
        "id",
        frozenset(
            [
                "yang",
                "dan",
                "di",
                "ini",
                "itu",
                "dengan",
                "untuk",
                "dari",
                "tidak",
                "ada",
                "kami",
                "anda",
                "kita",
                "akan",
            ]
        ),
    ),
    (
        "tr",
        frozenset(
            [
                "ve",
                "bir",
                "bu",
                "için",
                "ile",
                "da",
                "de",
                "ne",
                "çok",
                "olarak",
                "gibi",
                "daha",
                "sen",
                "biz",
            ]
        ),
    ),
)


SCRIPT_SAMPLE = 4000  # leading characters whose letters decide a text's writing system
WORD_SAMPLE = 20_000  # leading characters whose function words decide a Latin text's language


@cache
def _word() -> re.Pattern[str]:
    """Word pattern, compiled on first use (a process that only sees unchanged pages never needs it)."""
    return re.compile(r"[^\W\d_]{2,}", re.UNICODE)


def script_of(text: str) -> str:
    """Dominant writing system: latin, cyrillic, arabic, cjk, or '' when there are no letters."""
    counts = {"latin": 0, "cyrillic": 0, "arabic": 0, "cjk": 0}
    for ch in text[:SCRIPT_SAMPLE]:
        code = ord(ch)
        if code < 0x250 and ch.isalpha():
            counts["latin"] += 1
        elif 0x400 <= code < 0x530:
            counts["cyrillic"] += 1
        elif 0x600 <= code < 0x700 or (0xFB50 <= code < 0xFF00 and code < 0xFE00):
            counts["arabic"] += 1
        elif 0x3040 <= code < 0xA000 or 0xAC00 <= code < 0xD7B0:
            counts["cjk"] += 1
    best = max(counts.items(), key=lambda kv: kv[1])
    return best[0] if best[1] else ""


def guess_language(text: str, min_hits: int = 1) -> str:
    """ISO-ish code ('en', 'de', ...), the script name for non-Latin text, or '' when unsure.

    A Latin-script guess needs ``min_hits`` function words of the winner and a clear lead.
    """
    script = script_of(text)
    if script != "latin":
        return script
    words = [w.lower() for w in _word().findall(text[:WORD_SAMPLE])]
    if not words:
        return ""
    scores = sorted(((sum(1 for w in words if w in stop), code) for code, stop in _STOPWORDS), reverse=True)
    (hits, code), (runner_up, _) = scores[0], scores[1]
    return code if hits >= min_hits and hits > runner_up else ""
