"""The screenshot's text against the captures' text.

Lines read by OCR are compared with each capture's visible text (body text, image alt texts,
title, form labels) by character trigrams of a folded spelling (lower case, accents and spaces
dropped: OCR often merges words and misreads accents). A line is *found* in a capture when most of
its trigrams occur there. A line found in no capture near the claimed time is text no archive
ever held: pasted in, or typed into the page with the browser's inspector before the shot.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from tamperwatch.ocr import TextLine
from tamperwatch.verify.evidence import ArchivedCapture

MIN_LINE_CHARS = 8  # shorter OCR lines (menu words, fragments) say too little to compare
FOUND_SHARE = 0.6  # share of a line's trigrams a capture must hold for the line to be found there
MAX_TEXT_CHARS = 2_000_000  # visible text kept per capture
OFFSET_SLACK = 4  # characters a line's trigrams may drift (OCR drops and doubles letters)
MAX_NOSCRIPT = 500  # <noscript> blocks read per page
ONE_MISREAD = 3  # trigrams one misread character spoils
MAX_SPOTS = 5000  # a trigram found more often than this is not used to place a line


@dataclass(frozen=True, slots=True)
class ReadLine:
    text: str
    key: str  # folded spelling
    box: tuple[int, int, int, int]


def fold(text: str) -> str:
    """Lower case, accents dropped, only letters and digits: OCR's and HTML's spellings meet here."""
    decomposed = unicodedata.normalize("NFKD", text.lower()).replace("ß", "ss")
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def visible_text(capture: ArchivedCapture) -> str:
    """What a reader of the archived page can see as text (no scripts, styles or markup).

    JavaScript is off in the renders (and in the claims' screenshots), so ``<noscript>`` content
    is shown: the parser keeps it as raw markup, which is parsed again here."""
    from tamperwatch.capture.decoding import decode_body

    tree = HTMLParser(decode_body(capture.html, capture.content_type))
    hidden = [_inner(n.html or "") for n in tree.css("noscript")[:MAX_NOSCRIPT]]
    parts = _texts(tree)
    for markup in hidden:
        parts.extend(_texts(HTMLParser(f"<body>{markup}</body>")))
    return " ".join(parts)[:MAX_TEXT_CHARS]


def _inner(markup: str) -> str:
    """The markup between an element's own start and end tags."""
    return markup[markup.find(">") + 1 : markup.rfind("<")] if ">" in markup else ""


def _texts(tree: HTMLParser) -> list[str]:
    for node in tree.css("script, style, template, noscript"):
        node.decompose()
    parts = [tree.body.text(separator=" ") if tree.body is not None else ""]
    title = tree.css_first("title")
    if title is not None:
        parts.append(title.text())
    for node in tree.css("img[alt], input[value], input[placeholder], [aria-label]"):
        attrs = node.attributes
        parts.extend(str(attrs.get(k) or "") for k in ("alt", "value", "placeholder", "aria-label"))
    # an image that does not load shows its alt text, or without one (in Chromium) its title
    parts.extend(str(n.attributes.get("title") or "") for n in tree.css("img[title]:not([alt])"))
    return parts


class CaptureText:
    """A capture's text, folded and indexed by trigram position once.

    A line is looked up as an approximate substring: each of its trigrams votes for the offset at
    which it occurs in the text, and the line is found when enough of them agree on one offset
    (give or take ``OFFSET_SLACK`` characters for OCR's dropped and doubled letters). Trigrams
    merely present somewhere in a long page prove nothing; trigrams in order do."""

    def __init__(self, capture: ArchivedCapture) -> None:
        self.capture = capture
        text = fold(visible_text(capture))
        self.positions: dict[str, list[int]] = {}
        for i in range(len(text) - 2):
            self.positions.setdefault(text[i : i + 3], []).append(i)

    def share(self, line: ReadLine) -> float:
        """Share of the line's trigrams found in order at one place in the text."""
        grams = [line.key[i : i + 3] for i in range(len(line.key) - 2)]
        if not grams:
            return 0.0
        votes: Counter[int] = Counter()
        for i, gram in enumerate(grams):
            spots = self.positions.get(gram, ())
            if len(spots) > MAX_SPOTS:
                spots = ()  # a trigram this common places nothing
            for bucket in {(pos - i) // OFFSET_SLACK for pos in spots}:
                votes[bucket] += 1
        best = max((votes[b] + votes[b + 1] for b in votes), default=0)
        return min(1.0, best / len(grams))

    def holds(self, line: ReadLine) -> bool:
        """Most of the line is here in order, or all of it but one misread character."""
        grams = max(1, len(line.key) - 2)
        share = self.share(line)
        return share >= FOUND_SHARE or share * grams >= grams - ONE_MISREAD


def lines_of(ocr_lines: Sequence[TextLine]) -> list[ReadLine]:
    """OCR lines worth comparing: long enough once folded, not mostly digits (clocks, counters)."""
    out = []
    for line in ocr_lines:
        key = fold(line.text)
        if len(key) >= MIN_LINE_CHARS and len(re.sub(r"\d", "", key)) >= MIN_LINE_CHARS * 0.75:
            out.append(ReadLine(line.text, key, line.box))
    return out


def support(lines: Sequence[ReadLine], text: CaptureText) -> float:
    """Share of the lines' characters found in the capture (1.0: every line is there)."""
    total = sum(len(x.key) for x in lines)
    return sum(len(x.key) for x in lines if text.holds(x)) / total if total else 0.0


def novel(lines: Sequence[ReadLine], texts: Sequence[CaptureText]) -> list[ReadLine]:
    """The lines no capture holds."""
    return [x for x in lines if not any(t.holds(x) for t in texts)]
