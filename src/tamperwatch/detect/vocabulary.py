"""Defacement vocabulary and imagery, weighted by where it appears and whether it is new.

Catches defacement signatures ("hacked by", "defaced by", "greetz", "security is an illusion"
and equivalents in German, Spanish, Portuguese, French, Indonesian, Turkish, Russian, Arabic,
Persian, Chinese, Vietnamese), hacktivist slogans placed in headline slots (the ``tamper``
pattern: headlines replaced, layout unchanged), and defacement imagery (new marquee or
autoplaying audio). Only text that is NEW against the profile counts: lines with vocabulary hits
seen in known-good captures are remembered (as hashes) and ignored. A hit weighs most in the
title and headings, less in ordinary text and least in long article paragraphs, and more when
the line is in another language than the page, so a news article about hackers does not fire.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_right
from functools import cache, cached_property
from itertools import accumulate
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.headline_slots import (
    coherent_link_texts,
    keep_stable,
    label_slots,
    markup_in_title,
    mismatched_link_texts,
    replaced_labels,
)
from tamperwatch.detect.language import guess_language
from tamperwatch.detect.lexicon import STEMS, compiled_lexicon
from tamperwatch.detect.page import Page
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

_MAX_KNOWN = 300
_SIGNATURE = 0.3  # a line needs one phrase at least this strong to count as more than weak
_WEAK_CAP = 0.3
_SWAP_BOOST = 1.6
_NEW_IMAGERY = 0.3  # evidence of a new marquee or autoplaying sound
_TITLE_SWAP = 0.3  # evidence of a title that shares no word with any learned title
_TITLE_MARKUP = 0.6  # a new title holding a script/frame tag as text: an injection, never an editor's title
_REPORTING = 0.3  # weight of a hit in a headline whose article URL holds its words
_LABEL_REPLACED = 0.45  # evidence of a stable section label overwritten by a sentence
_LABEL_SLOT = "section label"
_VERBS = {"title": "changed to"}
_IMAGERY = "marquee, audio[autoplay], bgsound, embed[autostart], video[autoplay][loop]"


@cache
def _word() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def _title_words(title: str) -> set[str]:
    return {w.lower()[:5] for w in _word().findall(title)}


def _line_hash(line: str) -> int:
    return zlib.crc32(line.lower().encode("utf-8", "replace"))


class VocabularyDetector:
    name: ClassVar[str] = "vocabulary"
    cold_start: ClassVar[bool] = False  # a word list or a hidden menu alone is no verdict on a page

    def __init__(self, min_score: float = 0.25) -> None:
        self.min_score = min_score

    @cached_property
    def trigger(self) -> re.Pattern[str]:
        """Prefilter of every lexicon pattern (compiled on first use, shared by all detectors)."""
        return compiled_lexicon()[0]

    @cached_property
    def patterns(self) -> tuple[tuple[re.Pattern[str], float], ...]:
        return compiled_lexicon()[1]

    @classmethod
    def from_settings(cls, settings: Settings) -> VocabularyDetector:
        return cls(min_score=0.35 - 0.2 * settings.sensitivity)

    def line_score(self, line: str, cap: bool = True) -> float:
        """Noisy-OR of the patterns ``line`` matches; without one signature phrase it stays weak."""
        miss, strongest = 1.0, 0.0
        for pattern, weight in self.patterns:
            if pattern.search(line):
                miss *= 1.0 - weight
                strongest = max(strongest, weight)
        return min(1.0 - miss, _WEAK_CAP) if cap and strongest < _SIGNATURE else 1.0 - miss

    def _hit_lines(self, page: Page) -> list[tuple[str, str]]:
        """(slot, line) for every title/heading/text line holding a lexicon stem and a pattern.

        Computed once per page: detection and the online update of the same check share it.
        """
        cached = page.features.get("vocabulary.hit_lines")
        if cached is None:
            cached = page.features["vocabulary.hit_lines"] = self._find_hit_lines(page)
        return list(cached)

    def _find_hit_lines(self, page: Page) -> list[tuple[str, str]]:
        headings = set(page.headings)
        slots = [("title", page.title)] + [("heading", h) for h in page.headings]
        slots += [("text", t) for t in page.text_lines if t not in headings]
        joined = "\n".join(line for _, line in slots).lower()
        starts = list(accumulate((len(line) + 1 for _, line in slots), initial=0))
        candidates: set[int] = set()
        for stem in STEMS:
            pos = joined.find(stem)
            while pos >= 0 and len(candidates) < 400:
                index = bisect_right(starts, pos) - 1
                candidates.add(index)
                pos = joined.find(stem, starts[index + 1] if index + 1 < len(starts) else len(joined))
        out: list[tuple[str, str]] = []
        for index in sorted(candidates):
            slot, line = slots[index]
            if self.trigger.search(line):
                out.append((slot, line))
                if len(out) >= 200:
                    break
        return out

    def learn(self, part: ProfilePart, page: Page) -> None:
        known = list(part.get("known", []))
        present = set(known)
        for _, line in self._hit_lines(page):
            h = _line_hash(line)
            if h not in present:
                known.append(h)
                present.add(h)
        part["known"] = known[-_MAX_KNOWN:]
        part["imagery"] = max(int(part.get("imagery", 0)), len(page.tree.css(_IMAGERY)))
        words = set(part.get("title_words", [])) | _title_words(page.title)
        part["title_words"] = sorted(words)[:80]
        if not part.get("lang"):
            part["lang"] = guess_language(page.text[:20000])

    def learn_trusted(self, part: ProfilePart, page: Page) -> None:
        """Known-good history also teaches the heading slots that always hold the same label."""
        self.learn(part, page)
        learned = part.get("labels")
        part["labels"] = keep_stable(learned, page) if isinstance(learned, dict) else label_slots(page)

    def operator_accept(self, part: ProfilePart, page: Page) -> None:
        """An accepted capture (a redesign) is the new normal: its labels replace the learned ones."""
        self.learn(part, page)
        part["labels"] = label_slots(page)

    @staticmethod
    def _replaced(part: ProfilePart, page: Page, fresh: list[tuple[str, str]]) -> dict[str, str]:
        """Fresh heading lines that overwrote a learned label (read only when there are some)."""
        learned = part.get("labels")
        if not isinstance(learned, dict) or not any(slot == "heading" for slot, _ in fresh):
            return {}
        return replaced_labels(page, {str(k): v for k, v in learned.items() if isinstance(v, str)})

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        known = set(part.get("known", []))
        lang = str(part.get("lang", ""))
        fresh = [(slot, line) for slot, line in self._hit_lines(page) if _line_hash(line) not in known]
        weak = {line for slot, line in fresh if slot in ("text", "heading") and len(line) <= 160}
        swapped = mismatched_link_texts(page, weak) if weak else set()
        reporting = coherent_link_texts(page, {line for _, line in fresh if len(line) <= 300})
        replaced = self._replaced(part, page, fresh)
        scored: list[tuple[float, str, str]] = []
        for slot, line in fresh:
            foreign = bool(lang) and len(line) >= 12 and guess_language(line, min_hits=2) not in ("", lang)
            if line in swapped:
                slot = "swapped headline"
            if slot == "heading" and line in replaced:
                slot = _LABEL_SLOT
            slogan_slot = slot in ("swapped headline", _LABEL_SLOT) or (slot == "heading" and foreign)
            if slogan_slot and len(line) <= 100:
                base = self.line_score(line, cap=False) * _SWAP_BOOST  # a slogan in a headline slot
            else:
                base = self.line_score(line)
            if slot == _LABEL_SLOT and len(line) <= 100:
                base = 1.0 - (1.0 - min(1.0, base)) * (1.0 - _LABEL_REPLACED)
            weight = {"title": 1.0, "heading": 1.0, "swapped headline": 1.0, _LABEL_SLOT: 1.0}.get(
                slot, 0.8 if len(line) <= 160 else 0.45
            )
            if foreign:
                weight *= 1.25
            if line in reporting:
                weight *= _REPORTING  # the headline of an article its own URL names: news, not a slogan
            scored.append((min(0.97, base * weight), slot, line))
        imagery = len(page.tree.css(_IMAGERY)) - int(part.get("imagery", 0))
        learned_title = set(part.get("title_words", []))
        title_now = _title_words(page.title)
        title_swapped = len(learned_title) >= 2 and bool(title_now) and not title_now & learned_title
        title_markup = not title_now <= learned_title and bool(markup_in_title(page.title))
        if not scored and imagery <= 0 and not title_swapped and not title_markup:
            return []
        scored.sort(key=lambda s: -s[0])
        top = scored[0][0] if scored else 0.0
        strong = sum(1 for s, _, _ in scored[1:] if s >= 0.25)
        score = min(0.97, top + 0.12 * min(strong, 3))
        if imagery > 0:
            score = 1.0 - (1.0 - score) * (1.0 - _NEW_IMAGERY)
        if title_swapped:
            score = 1.0 - (1.0 - score) * (1.0 - _TITLE_SWAP)
        if title_markup:
            score = 1.0 - (1.0 - score) * (1.0 - _TITLE_MARKUP)
        if score < self.min_score:
            return []
        parts = [
            f"section label '{replaced[line][:40]}' replaced by '{line[:80]}'"
            if slot == _LABEL_SLOT
            else f"{slot} {_VERBS.get(slot, 'has new text')} '{line[:80]}'"
            for _, slot, line in scored[:3]
        ]
        if title_swapped:
            parts.insert(0, f"title replaced by unrelated '{page.title[:80]}'")
        if title_markup:
            parts.insert(0, f"title holds injected markup '{page.title[:80]}'")
        if imagery > 0:
            parts.append(f"{imagery} new marquee/autoplay element(s)")
        return [
            Finding(
                self.name,
                round(score, 3),
                "defacement wording: " + "; ".join(parts),
                evidence={
                    "lines": [
                        {"slot": sl, "text": ln[:200], "score": round(sc, 3)} for sc, sl, ln in scored[:10]
                    ],
                    "new_imagery": max(0, imagery),
                },
            )
        ]
