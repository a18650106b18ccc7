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
* shown where the page already had text: outside any link, in a link whose text on the previous
  capture is gone (a headline written over in place), or in a link to another site (a messenger
  channel); a line longer than a link text (``slots.MAX_LINE``) is no evidence;
* no new sentence in the page's own language (``langid``; its script when the language is unclear)
  within ``neighbours`` lines: a notice given in the page's language and in others, line by line,
  is a notice (an English line beside a slogan is not the page's language);
* one such script only: a notice offered in several languages is not an attack.

No word is read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.blocks import is_sentence
from tamperwatch.detect.langid import identify
from tamperwatch.detect.origins import foreign_domain, registrable_domain
from tamperwatch.detect.page import Page
from tamperwatch.detect.rewrite_text import other_script, page_language, page_script, script_of
from tamperwatch.detect.slots import MAX_LINE, link_address, link_lines
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
    neighbours: int = 2  # lines either side read for the same notice in the page's own script


def shown_scripts(page: Page, config: UnseenScriptConfig) -> set[str]:
    """The scripts of the page's title and text lines (each line by its main script)."""
    key = "unseen_script.scripts"
    cached = page.features.get(key)
    if not (isinstance(cached, tuple) and cached[0] == config):
        lines = (page.title, *page.text_lines[: config.max_learned_lines])
        found = frozenset(script for line in lines if (script := script_of(line, config.min_script_letters)))
        cached = page.features[key] = (config, found)
    return set(cached[1])


def rewritten_addresses(previous: Page, page: Page) -> set[str]:
    """Addresses whose link on the previous capture showed a text line that ``page`` no longer shows:
    the link's text was written over."""
    shown = set(page.text_lines)
    return {href for line, href in link_lines(previous) if line not in shown}


def placed_where_text_was(line: str, page: Page, own: str, rewritten: set[str]) -> bool:
    """Whether ``line`` stands where the page had text: outside any link, in a link to another site
    (a messenger channel), or in a link whose earlier text is gone (``rewritten``: written over). A
    headline of the site's own new article is a publish in another language."""
    if len(line) > MAX_LINE:
        return False  # too long to be told linked or not (a teaser's whole text): no evidence
    address = link_address(page, line)
    if address is None:
        return True
    return address in rewritten or bool(foreign_domain(address, page.url, own))


@dataclass(frozen=True, slots=True)
class NoticeRule:
    """What makes a new line beside a foreign one the same notice in the page's own language."""

    neighbours: int  # lines either side read
    min_letters: int  # letters the page-language line needs to be a sentence
    min_words: int  # and words
    min_script_letters: int  # letters it needs before its script is told (a page of unclear language)


def beside_own_language(
    n: int, lines: tuple[str, ...], before: set[str], own: tuple[str, str], rule: NoticeRule
) -> bool:
    """Whether a new sentence in the page's own language (its script, when the language is unclear)
    stands within ``rule.neighbours`` lines of line ``n``: a notice given in the page's language and
    in others, line by line. An English line beside a slogan is no such thing."""
    script, language = own
    near = lines[max(0, n - rule.neighbours) : n + rule.neighbours + 1]
    return any(
        t not in before
        and is_sentence(t, rule.min_letters, rule.min_words)
        and (identify(t) == language if language else script_of(t, rule.min_script_letters) == script)
        for t in near
    )


def placed_sentences(
    page: Page, previous: Page, kind_of: Callable[[str], str], rule: NoticeRule
) -> dict[str, list[str]]:
    """The new lines and new title of ``page`` that ``kind_of`` names a kind for (a script, a
    language; '' for none), grouped by kind, kept only where they stand where the page had text
    (``placed_where_text_was``) and not beside a new sentence in the page's own language."""
    before = set(previous.text_lines) | {previous.title}
    lines = page.text_lines
    candidates = [(n, kind) for n, line in enumerate(lines) if line not in before and (kind := kind_of(line))]
    titled = "" if page.title in before else kind_of(page.title)
    if titled:
        candidates.append((-1, titled))
    if not candidates:
        return {}
    own = registrable_domain(page.host)
    rewritten = rewritten_addresses(previous, page)
    voice = (page_script(previous), page_language(previous))
    found: dict[str, list[str]] = {}
    for n, kind in candidates:
        line = page.title if n < 0 else lines[n]
        if n >= 0 and not placed_where_text_was(line, page, own, rewritten):
            continue
        if n >= 0 and beside_own_language(n, lines, before, voice, rule):
            continue  # a notice given in the page's own language too, line by line
        found.setdefault(kind, []).append(line)
    return found


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
        """The scripts a clean capture shows join the site's own (the first ones learned are kept)."""
        known = list(part.get("scripts", []))
        known += sorted(shown_scripts(page, self.config) - set(known))
        part["scripts"] = known[: self.config.max_scripts]

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        return []

    def _sentence_script(self, line: str, script: str) -> str:
        """The script of ``line`` when it is a sentence in another script than ``script``, or ''."""
        c = self.config
        if not is_sentence(line, c.min_letters, 1):
            return ""
        found = other_script(line, script, c.min_script_letters)
        spaced = found not in UNSPACED_SCRIPTS and len(line.split()) < c.min_words
        return "" if spaced else found

    def compare(self, part: ProfilePart, page: Page, previous: Page) -> list[Finding]:
        c = self.config
        script = page_script(previous)
        if not script:
            return []
        known = set(part.get("scripts", [])) | shown_scripts(previous, c) | COMMON_SCRIPTS

        def unseen_script(line: str) -> str:
            found = self._sentence_script(line, script)
            return "" if found in known else found

        rule = NoticeRule(c.neighbours, c.min_letters, c.min_words, c.min_script_letters)
        unseen = placed_sentences(page, previous, unseen_script, rule)
        if len(unseen) != 1:
            return []  # none, or a notice in several languages
        ((found, placed),) = unseen.items()
        quoted = "; ".join(f"'{line[:_QUOTE_CHARS]}'" for line in placed[: c.shown])
        return [
            Finding(
                self.name,
                c.score,
                f"sentence in a script the site never showed ({found}), where the page had text: {quoted}",
                evidence={"script": found, "lines": [line[:_EVIDENCE_CHARS] for line in placed[: c.shown]]},
            )
        ]
