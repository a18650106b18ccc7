"""Unseen language: a sentence in a language the site never used, in the page's own script.

The sibling of ``unseen_script.py`` for attackers who write in the page's script but not its
language (a Turkish, Polish or Indonesian line on a German page). Language is read by the packaged
identifier (``langid.py``), which short lines and names fool ("Kommentar von Claudio Catuogno"
reads as Italian), so a finding needs more than ``unseen_script``:

* a new line of ``min_chars`` to ``slots.MAX_LINE`` characters and ``min_words`` words, in the
  page's headline script;
* identified as a language other than English, the page's own and any the site's clean captures
  (``learn``, lines of ``min_learned_chars``) or the previous capture showed, clearly ahead of
  each of those (``langid.foreign_to``);
* and identified as that same language from its words that do not start with a capital letter
  alone: names carry no language, function words and verbs do;
* placed where the page had text and not beside a new sentence in the page's own language
  (``unseen_script.placed_where_text_was``, ``beside_own_language``);
* one such language only: a notice in several languages is not an attack.

No word is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.langid import foreign_to
from tamperwatch.detect.page import Page
from tamperwatch.detect.rewrite import LINGUA_FRANCA
from tamperwatch.detect.rewrite_text import page_language, page_script, script_of
from tamperwatch.detect.slots import MAX_LINE
from tamperwatch.detect.tuning import tuned
from tamperwatch.detect.unseen_script import NoticeRule, placed_sentences
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

_QUOTE_CHARS = 80  # characters of a sentence quoted in the reason
_EVIDENCE_CHARS = 300  # characters of one kept in the evidence


@dataclass(frozen=True, slots=True)
class UnseenLanguageConfig:
    score: float = 0.6  # a sentence in a language the site never used, where the page had text
    min_chars: int = 30  # characters a line needs before its language is read
    min_words: int = 5  # words it needs
    min_learned_chars: int = 36  # characters a clean page's line needs to tell a language the site uses
    max_learned_lines: int = 600  # text lines of a clean page read for its languages
    max_languages: int = 12  # languages kept in the profile
    min_script_letters: int = 4  # letters a line needs before its script is told
    neighbours: int = 2  # lines either side read for the same notice in the page's own language
    notice_letters: int = 16  # letters a line beside it needs to be that notice's sentence
    notice_words: int = 3  # and words
    shown: int = 3  # sentences quoted in the reason and kept in the evidence


def shown_languages(page: Page, config: UnseenLanguageConfig) -> set[str]:
    """The languages the identifier names for the page's longer text lines (once per page and config)."""
    key = "unseen_language.languages"
    cached = page.features.get(key)
    if not (isinstance(cached, tuple) and cached[0] == config):
        lines = page.text_lines[: config.max_learned_lines]
        found = frozenset(page.language_of(t) for t in lines if len(t) >= config.min_learned_chars) - {""}
        cached = page.features[key] = (config, found)
    return set(cached[1])


class UnseenLanguageDetector:
    name: ClassVar[str] = "unseen_language"
    needs_history: ClassVar[bool] = True
    config_type: ClassVar[type[UnseenLanguageConfig]] = UnseenLanguageConfig

    def __init__(self, config: UnseenLanguageConfig | None = None) -> None:
        self.config = config or UnseenLanguageConfig()

    @classmethod
    def from_settings(cls, settings: Settings) -> UnseenLanguageDetector:
        return cls(tuned(settings, cls.name, UnseenLanguageConfig()))

    def learn(self, part: ProfilePart, page: Page) -> None:
        """The languages a clean capture shows join the site's own (the first ones learned are kept)."""
        known = list(part.get("languages", []))
        known += sorted(shown_languages(page, self.config) - set(known))
        part["languages"] = known[: self.config.max_languages]

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        return []

    def _foreign(self, page: Page, line: str, script: str, usual: set[str]) -> str:
        """The language of ``line`` when it is a sentence in ``script`` in none of ``usual``, told
        alike with and without its capitalised words; '' otherwise."""
        c = self.config
        if not c.min_chars <= len(line) <= MAX_LINE or len(line.split()) < c.min_words:
            return ""
        if script_of(line, c.min_script_letters) != script:
            return ""
        code = page.language_of(line)
        if not code or code in usual or not foreign_to(line, usual):
            return ""
        lower = " ".join(word for word in line.split() if not word[:1].isupper())
        return code if page.language_of(lower) == code else ""

    def compare(self, part: ProfilePart, page: Page, previous: Page) -> list[Finding]:
        c = self.config
        script, language = page_script(previous), page_language(previous)
        if not script:
            return []
        usual = {*part.get("languages", []), *shown_languages(previous, c), language, LINGUA_FRANCA} - {""}
        rule = NoticeRule(c.neighbours, c.notice_letters, c.notice_words, c.min_script_letters)
        found = placed_sentences(page, previous, lambda line: self._foreign(page, line, script, usual), rule)
        if len(found) != 1:
            return []  # none, or a notice in several languages
        ((code, placed),) = found.items()
        quoted = "; ".join(f"'{line[:_QUOTE_CHARS]}'" for line in placed[: c.shown])
        return [
            Finding(
                self.name,
                c.score,
                f"sentence in a language the site never used ({code}), where the page had text: {quoted}",
                evidence={"language": code, "lines": [line[:_EVIDENCE_CHARS] for line in placed[: c.shown]]},
            )
        ]
