"""Unseen script: a sentence in a writing system the site has never shown, where it already had text.

Someone who slips a message into a real page writes it in their own language. When that language
is written in another script than any the site uses (Hangul, Arabic, Cyrillic, Thai or Han on a
German news page; Hangul or kana on a Chinese one), the sentence stands out whatever its words.
Publishing brings such text too, a Russian-language article for readers abroad or a guide for
refugees, but as a headline that links to a new article. So a finding needs all of:

* a new sentence (``min_letters`` letters in ``min_words`` words; Chinese, Japanese and Korean text
  needs no spaces) that the previous clean capture did not show, in the body or as the title;
* in a script other than the page's headlines (``rewrite_text.other_script``: kanji on a Japanese
  page and Hanja on a Korean one are the page's own) and other than Latin, which sites of every
  script quote;
* a script that no known-good capture of the site (``learn``) nor the previous capture showed in
  any line of ``min_script_letters`` letters;
* shown where the page already had text: outside any link, or in a link to an address the
  previous capture already linked (a headline written over in place);
* one such script only: a notice offered in several languages is not an attack.

No word is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.blocks import is_sentence
from tamperwatch.detect.page import Page
from tamperwatch.detect.rewrite_text import other_script, page_script, script_of
from tamperwatch.detect.slots import link_address, link_addresses
from tamperwatch.detect.tuning import tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

# Scripts that are never evidence: Latin is quoted everywhere; 'other' lumps unrelated alphabets.
COMMON_SCRIPTS = frozenset({"latin", "other"})
# Scripts written without spaces between words: a sentence in them needs no ``min_words``.
UNSPACED_SCRIPTS = frozenset({"han", "kana", "thai"})
_QUOTE_CHARS = 80  # characters of a sentence quoted in the reason
_EVIDENCE_CHARS = 300  # characters of one kept in the evidence


@dataclass(frozen=True, slots=True)
class UnseenScriptConfig:
    score: float = 0.6  # a sentence in a script the site never showed, where the page had text
    min_letters: int = 16  # letters a text needs to be a sentence, not a name or a menu entry
    min_words: int = 3  # words it needs, unless written in a script without spaces between words
    min_script_letters: int = 4  # letters a line needs before its script counts as shown
    max_learned_lines: int = 3000  # text lines of a known-good page read for its scripts
    max_scripts: int = 12  # scripts kept in the profile
    shown: int = 3  # sentences quoted in the reason and kept in the evidence


def shown_scripts(page: Page, config: UnseenScriptConfig) -> set[str]:
    """The scripts of the page's title and text lines (each line by its main script)."""
    cached = page.features.get("unseen_script.scripts")
    if cached is None:
        lines = (page.title, *page.text_lines[: config.max_learned_lines])
        cached = page.features["unseen_script.scripts"] = frozenset(
            found for line in lines if (found := script_of(line, config.min_script_letters))
        )
    return set(cached)


class UnseenScriptDetector:
    name: ClassVar[str] = "unseen_script"
    needs_history: ClassVar[bool] = True
    config_type: ClassVar[type[UnseenScriptConfig]] = UnseenScriptConfig

    def __init__(self, config: UnseenScriptConfig | None = None) -> None:
        self.config = config or UnseenScriptConfig()

    @classmethod
    def from_settings(cls, settings: Settings) -> UnseenScriptDetector:
        return cls(tuned(settings, cls.name, UnseenScriptConfig()))

    def learn(self, part: ProfilePart, page: Page) -> None:
        """The scripts a clean capture shows join the site's own."""
        known = set(part.get("scripts", [])) | shown_scripts(page, self.config)
        part["scripts"] = sorted(known)[: self.config.max_scripts]

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        return []

    def compare(self, part: ProfilePart, page: Page, previous: Page) -> list[Finding]:
        c = self.config
        script = page_script(previous)
        if not script:
            return []
        known = set(part.get("scripts", [])) | shown_scripts(previous, c) | COMMON_SCRIPTS
        before = set(previous.text_lines) | {previous.title}
        unseen: dict[str, list[str]] = {}
        for line in (page.title, *page.text_lines):
            if line in before or not is_sentence(line, c.min_letters, 1):
                continue
            found = other_script(line, script, c.min_script_letters)
            spaced = found not in UNSPACED_SCRIPTS and len(line.split()) < c.min_words
            if found and found not in known and not spaced:
                unseen.setdefault(found, []).append(line)
        if len(unseen) != 1:
            return []  # none, or a notice in several languages
        ((found, lines),) = unseen.items()
        linked_before = link_addresses(previous)
        placed = [
            line
            for line in lines
            if line == page.title or (address := link_address(page, line)) is None or address in linked_before
        ]
        if not placed:
            return []  # headlines of new articles: a publish in another language
        quoted = "; ".join(f"'{line[:_QUOTE_CHARS]}'" for line in placed[: c.shown])
        return [
            Finding(
                self.name,
                c.score,
                f"sentence in a script the site never showed ({found}), where the page had text: {quoted}",
                evidence={"script": found, "lines": [line[:_EVIDENCE_CHARS] for line in placed[: c.shown]]},
            )
        ]
