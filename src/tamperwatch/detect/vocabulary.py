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
from dataclasses import dataclass, replace
from functools import cache, cached_property
from itertools import accumulate
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart, decayed_counts
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
from tamperwatch.detect.rewrite_text import paired_run
from tamperwatch.detect.tuning import tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings


@dataclass(frozen=True, slots=True)
class VocabularyConfig:
    min_score: float = 0.25  # the weakest finding reported (from_settings: the two fields below)
    min_score_at_zero: float = 0.35  # min_score at sensitivity 0 ...
    min_score_per_sensitivity: float = 0.2  # ... lowered by this times the sensitivity
    max_known: int = 300  # hashes of lines with lexicon hits remembered per site
    signature: float = 0.3  # a line needs one phrase at least this strong to count as more than weak
    weak_cap: float = 0.3  # the most a line without such a phrase scores
    swap_boost: float = 1.6  # factor of a slogan in a headline slot (swapped headline, replaced label)
    slogan_max_chars: int = 100  # longer lines in such a slot are not slogans
    new_imagery: float = 0.3  # evidence of a new marquee or autoplaying sound
    title_swap: float = 0.3  # evidence of a title that shares no word with any learned title
    min_title_words: int = 2  # learned title words needed to judge a title swap
    title_markup: float = 0.6  # a new title holding a script/frame tag as text: an injection
    reporting: float = 0.3  # weight of a hit in a headline whose article URL holds its words
    reporting_max_chars: int = 300  # longer lines are not checked against their link
    label_replaced: float = 0.45  # evidence of a stable section label overwritten by a sentence
    headline_weight: float = 1.0  # weight of a hit in the title or a heading slot
    short_line: int = 160  # characters: a text line this short weighs text_weight, a longer one less
    text_weight: float = 0.8  # weight of a hit in a short text line
    paragraph_weight: float = 0.45  # weight of a hit in a long paragraph (an article about hackers)
    foreign_weight: float = 1.25  # factor of a line in another language than the page
    foreign_min_chars: int = 12  # shorter lines are not judged for their language
    foreign_min_hits: int = 2  # function words a line's language guess needs
    strong_line: float = 0.25  # a further line this strong adds per_strong ...
    per_strong: float = 0.12  # ... to the best line's score
    max_strong: int = 3  # further strong lines counted at most
    max_score: float = 0.97  # the most a line and the finding score
    title_word_chars: int = 5  # leading characters of a title word compared
    max_title_words: int = 80  # learned title words kept (those in the most titles)
    title_run_chars: int = 16  # leading characters of a CJK title run compared (by character pairs)
    title_decay: float = 0.8  # weight a title word's count keeps at each capture learned after it
    max_candidates: int = 400  # lines holding a lexicon stem examined per page
    max_hit_lines: int = 200  # lines with a lexicon hit kept per page
    language_sample: int = 20_000  # characters of the text the page's language is guessed from
    shown: int = 3  # lines named in the reason


_DEFAULT = VocabularyConfig()
_LABEL_SLOT = "section label"
_HEADLINE_SLOTS = frozenset({"title", "heading", "swapped headline", _LABEL_SLOT})
_VERBS = {"title": "changed to"}
_IMAGERY = "marquee, audio[autoplay], bgsound, embed[autostart], video[autoplay][loop]"


@cache
def _any_stem() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(stem) for stem in STEMS if stem))


def _stem_lines(joined: str, starts: list[int], most: int) -> set[int]:
    """Indexes of the lines of ``joined`` (starting at ``starts``) that hold a lexicon stem, stem
    by stem until ``most`` are found. One scan for all stems (no stem spans a line) when fewer
    than ``most`` lines hold one; the stem-by-stem search decides which ones count otherwise, and
    where lower-casing lengthened the text (its line starts are off)."""
    if len(joined) + 1 == starts[-1] and all(STEMS):
        found = {bisect_right(starts, m.start()) - 1 for m in _any_stem().finditer(joined)}
        if len(found) < most:
            return found
    candidates: set[int] = set()
    for stem in STEMS:
        pos = joined.find(stem)
        while pos >= 0 and len(candidates) < most:
            index = bisect_right(starts, pos) - 1
            candidates.add(index)
            pos = joined.find(stem, starts[index + 1] if index + 1 < len(starts) else len(joined))
    return candidates


@cache
def _word() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def _title_words(
    title: str, chars: int = _DEFAULT.title_word_chars, run_chars: int = _DEFAULT.title_run_chars
) -> set[str]:
    """A title's words by their first ``chars`` letters; a Chinese, Japanese or Korean run (a name
    written without spaces, '东岸新闻网') by its first ``run_chars`` characters."""
    return {word.lower()[: run_chars if paired_run(word) else chars] for word in _word().findall(title)}


def _pairs(words: set[str]) -> set[str]:
    """The character pairs of the Chinese, Japanese and Korean runs among ``words``."""
    return {word[i : i + 2] for word in words if paired_run(word) for i in range(len(word) - 1)}


def _shares_a_word(title: set[str], learned: set[str]) -> bool:
    """Whether a title's words meet the learned ones: a word, or for CJK runs a character pair
    ('东岸新闻' meets '东岸新闻网')."""
    return bool(title & learned) or bool(_pairs(title) & _pairs(learned))


def _keep_title_words(part: ProfilePart, title: set[str], config: VocabularyConfig) -> None:
    """Count each title word across captures (older captures weigh ``title_decay`` less each time)
    and keep the ``max_title_words`` that weigh most: the site's name, in every title, stays however
    many headline words pass through, and a renamed site's new name gets in."""
    # a profile of an earlier version kept the words without counts: each as seen once
    counts = part.get("title_counts") or dict.fromkeys(part.get("title_words", []), 1.0)
    kept = decayed_counts(counts, title, config.title_decay, config.max_title_words)
    part["title_counts"] = {word: round(weight, 3) for word, weight in kept.items()}
    part["title_words"] = sorted(kept)


def _line_hash(line: str) -> int:
    return zlib.crc32(line.lower().encode("utf-8", "replace"))


class VocabularyDetector:
    name: ClassVar[str] = "vocabulary"
    cold_start: ClassVar[bool] = False  # a word list or a hidden menu alone is no verdict on a page
    config_type: ClassVar[type[VocabularyConfig]] = VocabularyConfig

    def __init__(self, config: VocabularyConfig | None = None) -> None:
        self.config = config or VocabularyConfig()
        self.min_score = self.config.min_score

    @cached_property
    def trigger(self) -> re.Pattern[str]:
        """Prefilter of every lexicon pattern (compiled on first use, shared by all detectors)."""
        return compiled_lexicon()[0]

    @cached_property
    def patterns(self) -> tuple[tuple[re.Pattern[str], float], ...]:
        return compiled_lexicon()[1]

    @classmethod
    def from_settings(cls, settings: Settings) -> VocabularyDetector:
        return cls(tuned(settings, cls.name, VocabularyConfig(), _scaled))

    def line_score(self, line: str, cap: bool = True) -> float:
        """Noisy-OR of the patterns ``line`` matches; without one signature phrase it stays weak."""
        miss, strongest = 1.0, 0.0
        for pattern, weight in self.patterns:
            if pattern.search(line):
                miss *= 1.0 - weight
                strongest = max(strongest, weight)
        c = self.config
        return min(1.0 - miss, c.weak_cap) if cap and strongest < c.signature else 1.0 - miss

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
        candidates = _stem_lines(joined, starts, self.config.max_candidates)
        out: list[tuple[str, str]] = []
        for index in sorted(candidates):
            slot, line = slots[index]
            if self.trigger.search(line):
                out.append((slot, line))
                if len(out) >= self.config.max_hit_lines:
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
        c = self.config
        part["known"] = known[-c.max_known :]
        part["imagery"] = max(int(part.get("imagery", 0)), len(page.tree.css(_IMAGERY)))
        _keep_title_words(part, _title_words(page.title, c.title_word_chars, c.title_run_chars), c)
        if not part.get("lang"):
            part["lang"] = guess_language(page.text[: c.language_sample])

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
        c = self.config
        known = set(part.get("known", []))
        lang = str(part.get("lang", ""))
        fresh = [(slot, line) for slot, line in self._hit_lines(page) if _line_hash(line) not in known]
        weak = {line for slot, line in fresh if slot in ("text", "heading") and len(line) <= c.short_line}
        swapped = mismatched_link_texts(page, weak) if weak else set()
        checkable = {line for _, line in fresh if len(line) <= c.reporting_max_chars}
        reporting = coherent_link_texts(page, checkable)
        replaced = self._replaced(part, page, fresh)
        scored: list[tuple[float, str, str]] = []
        for slot, line in fresh:
            foreign = (
                bool(lang)
                and len(line) >= c.foreign_min_chars
                and guess_language(line, min_hits=c.foreign_min_hits) not in ("", lang)
            )
            if line in swapped:
                slot = "swapped headline"
            if slot == "heading" and line in replaced:
                slot = _LABEL_SLOT
            slogan_slot = slot in ("swapped headline", _LABEL_SLOT) or (slot == "heading" and foreign)
            if slogan_slot and len(line) <= c.slogan_max_chars:
                base = self.line_score(line, cap=False) * c.swap_boost  # a slogan in a headline slot
            else:
                base = self.line_score(line)
            if slot == _LABEL_SLOT and len(line) <= c.slogan_max_chars:
                base = 1.0 - (1.0 - min(1.0, base)) * (1.0 - c.label_replaced)
            if slot in _HEADLINE_SLOTS:
                weight = c.headline_weight
            else:
                weight = c.text_weight if len(line) <= c.short_line else c.paragraph_weight
            if foreign:
                weight *= c.foreign_weight
            if line in reporting:
                weight *= c.reporting  # the headline of an article its own URL names: news, not a slogan
            scored.append((min(c.max_score, base * weight), slot, line))
        imagery = len(page.tree.css(_IMAGERY)) - int(part.get("imagery", 0))
        learned_title = set(part.get("title_words", []))
        title_now = _title_words(page.title, c.title_word_chars, c.title_run_chars)
        title_swapped = (
            len(learned_title) >= c.min_title_words
            and bool(title_now)
            and not _shares_a_word(title_now, learned_title)
        )
        title_markup = not title_now <= learned_title and bool(markup_in_title(page.title))
        if not scored and imagery <= 0 and not title_swapped and not title_markup:
            return []
        scored.sort(key=lambda s: -s[0])
        top = scored[0][0] if scored else 0.0
        strong = sum(1 for s, _, _ in scored[1:] if s >= c.strong_line)
        score = min(c.max_score, top + c.per_strong * min(strong, c.max_strong))
        if imagery > 0:
            score = 1.0 - (1.0 - score) * (1.0 - c.new_imagery)
        if title_swapped:
            score = 1.0 - (1.0 - score) * (1.0 - c.title_swap)
        if title_markup:
            score = 1.0 - (1.0 - score) * (1.0 - c.title_markup)
        if score < self.min_score:
            return []
        parts = [
            f"section label '{replaced[line][:40]}' replaced by '{line[:80]}'"
            if slot == _LABEL_SLOT
            else f"{slot} {_VERBS.get(slot, 'has new text')} '{line[:80]}'"
            for _, slot, line in scored[: c.shown]
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


def _scaled(config: VocabularyConfig, sensitivity: float) -> VocabularyConfig:
    min_score = config.min_score_at_zero - config.min_score_per_sensitivity * sensitivity
    return replace(config, min_score=min_score)
