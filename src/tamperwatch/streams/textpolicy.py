"""Text policy: on-screen text that appears in no approved content, or that names a blocked phrase.

Text is compared as script-aware n-grams so that OCR's dropped spaces and single misread characters
matter little: Han/kana/hangul as character bigrams, other letters (lower-cased, spaces and punctuation
removed) as 5-grams; digits are left out (times, dates and temperatures change legitimately). A line
is *new text* when most of its n-grams occur in none of the approved pictures' text, and no approved
line covers it in order (OCR that misreads one letter of an approved word is not new text)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from tamperwatch.ocr import TextLine

MIN_LINE_SCORE = 0.8  # OCR confidence below this is not evidence
MIN_UNITS = 3  # a line with fewer n-grams says too little to judge
MIN_NOVEL_UNITS = 3
NOVEL_SHARE = 0.5  # at least this share of a line's n-grams must be in no approved text
MIN_TEXT_HEIGHT = 0.03  # of the picture's height: smaller text is not a message to passers-by
LATIN_N = 5  # letters per n-gram once spaces are gone: long enough to span words, so common
# short words (the, you, our) do not make a new sentence look approved
CJK_N = 2
NEAR_SHARE = 0.75  # a line this much covered, in order, by one approved line is that line misread
NEAR_BLOCK_LATIN = 3  # shortest run of letters that counts towards that cover
NEAR_BLOCK_CJK = 2


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x3040 <= o <= 0x30FF  # kana
        or 0x3400 <= o <= 0x4DBF
        or 0x4E00 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xAC00 <= o <= 0xD7AF  # hangul
        or 0x20000 <= o <= 0x2FA1F
    )


def units(text: str) -> set[str]:
    text = unicodedata.normalize("NFKC", text)
    cjk = [c for c in text if is_cjk(c)]
    latin = "".join(c for c in text.lower() if c.isalpha() and not is_cjk(c))
    out = {"".join(cjk[i : i + CJK_N]) for i in range(len(cjk) - CJK_N + 1)}
    if 0 < len(cjk) < CJK_N:
        out.add("".join(cjk))
    out |= {latin[i : i + LATIN_N] for i in range(len(latin) - LATIN_N + 1)}
    if 2 < len(latin) < LATIN_N:
        out.add(latin)
    return out


def squash(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text).lower() if c.isalnum())


@dataclass(frozen=True)
class TextFinding:
    text: str
    novel_share: float
    blocked: str = ""

    def reason(self) -> str:
        if self.blocked:
            return f"on-screen text names a blocked phrase ({self.blocked!r}): {self.text!r}"
        return f"on-screen text in no approved content ({self.novel_share:.0%} new): {self.text!r}"


@dataclass
class TextPolicy:
    approved: set[str] = field(default_factory=set)
    blocked: tuple[str, ...] = ()
    approved_lines: list[str] = field(default_factory=list)

    def approve(self, lines: Iterable[TextLine]) -> None:
        for line in lines:
            self.approved |= units(line.text)
            flat = squash(line.text)
            if flat:
                self.approved_lines.append(flat)

    def near_approved(self, flat: str) -> bool:
        """Some approved line (or a window of a long one) covers `flat` in order, up to misreads."""
        if not flat:
            return True
        block = NEAR_BLOCK_CJK if any(is_cjk(c) for c in flat) else NEAR_BLOCK_LATIN
        n = len(flat)
        for line in self.approved_lines:
            step = max(1, n)
            starts = range(0, max(1, len(line) - n), step) if len(line) > 3 * n else (0,)
            for i in starts:
                window = line[i : i + 3 * n] if len(line) > 3 * n else line
                sm = SequenceMatcher(None, flat, window, autojunk=False)
                covered = sum(b.size for b in sm.get_matching_blocks() if b.size >= block)
                if covered >= NEAR_SHARE * n:
                    return True
        return False

    def check(self, lines: Iterable[TextLine], picture_height: int) -> list[TextFinding]:
        out: list[TextFinding] = []
        for line in lines:
            if line.score < MIN_LINE_SCORE:
                continue
            flat = squash(line.text)
            hit = next((b for b in self.blocked if squash(b) and squash(b) in flat), "")
            if hit:
                out.append(TextFinding(line.text, 1.0, hit))
                continue
            if line.box[3] < MIN_TEXT_HEIGHT * picture_height:
                continue
            u = units(line.text)
            if len(u) < MIN_UNITS:
                continue
            novel = len(u - self.approved)
            share = novel / len(u)
            if novel >= MIN_NOVEL_UNITS and share >= NOVEL_SHARE and not self.near_approved(flat):
                out.append(TextFinding(line.text, share))
        return out
