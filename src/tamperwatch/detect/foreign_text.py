"""Foreign text: a message block and title written into the page in another language than its own.

An injected defacement block speaks in the attacker's language, not the site's, and often
renames the page; an ordinary publish adds text in the page's language. Judged against the
previous clean capture (``compare``), with the packaged language identifier (``langid.py``) and
the script of the letters, so it holds whatever words the attacker picks:

* **foreign block**: new lines of text (not shown before) in one other language or script, long
  enough together to be a message (``min_letters``);
* **foreign title**: a new title in another language or script than the page's headlines;
* **staging**: new contact handles (messenger or mail) in the new text, a new sound or scrolling
  element (``marquee``, ``audio``, ``bgsound``, ``embed``), or a title that shares no word with
  the previous one.

* **message block** (``blocks.py``, from the alignment with the previous clean capture): new
  lines inserted together, none of them in a link and not next to a new linked headline (a new
  article's teaser); such a block in another language or script counts whatever its size (on a
  page whose headlines leave the language open, the language of its longest text lines decides);
  a block whose own new wrappers paint their colours and carry no class (outside the site's style
  sheets) is **painted**; a title that repeats a line of the block and media in the block from a
  host the page never named are staging.

Either of the first two alone is suspicious, and so is a painted block; together, either with
staging, or a foreign block that is painted, they are a defacement. Chinese, Japanese and
Korean characters count as two letters (a word's worth). A site whose clean pages already hold
text in other languages (``learn``) gets no language evidence, only script evidence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.blocks import WIDE_LETTER, BlocksConfig, contact_handle, letters, message_blocks
from tamperwatch.detect.langid import foreign_to, identify, other_languages
from tamperwatch.detect.page import Page
from tamperwatch.detect.rewrite import LINGUA_FRANCA
from tamperwatch.detect.rewrite_text import (
    other_script,
    page_language,
    page_script,
    tokens,
)
from tamperwatch.detect.slots import linked_lines
from tamperwatch.detect.tuning import evidence_scale, tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

_MEDIA = "marquee, audio, bgsound, embed, video[autoplay]"
BLOCKS_TUNING = "message_blocks"  # the name of the message blocks' limits in detector_tuning
# Shown in the finding: characters of a quoted line, lines and handles kept in the evidence.
_QUOTE_CHARS = 60
_EVIDENCE_CHARS = 200
_EVIDENCE_LINES = 10
_SHOWN_HANDLES = 3
_SCORE_DIGITS = 3  # decimals of the finding's score


@dataclass(frozen=True, slots=True)
class ForeignTextConfig:
    min_letters: int = 60  # letters of new foreign text that make a message block
    block: float = 0.45  # a foreign block alone (from_settings: times the sensitivity's evidence scale)
    title: float = 0.45  # a foreign new title alone (from_settings: times the sensitivity's evidence scale)
    together: float = 0.7  # both, or either with new contact handles
    # A new unlinked block in its own paint, outside the site's style sheets (``blocks.py``), in the
    # page's language: suspicious; with a title taken from it, new contact handles or a new sound
    # or banner element: ``together``.
    painted_block: float = 0.45
    max_learned_lines: int = 200  # lines of a clean page checked when learning
    min_learned_chars: int = 36  # characters a clean page's line needs to tell which languages the site uses
    max_lines: int = 600  # text lines of the page read per check
    max_fresh: int = 60  # new lines whose language is checked, from the top (where blocks are injected)
    min_line: int = 12  # letters: a shorter line (a date, a button) says nothing about language
    min_script_letters: int = 6  # letters a text needs before its script counts
    wide_letter: int = WIDE_LETTER  # letters a Chinese, Japanese or Korean character counts as
    body_lines: int = 12  # longest lines of a page read for its language when its headlines leave it open
    body_chars: int = 1500  # characters of them read


_DEFAULT = ForeignTextConfig()


def _scaled(config: ForeignTextConfig, sensitivity: float) -> ForeignTextConfig:
    scale = evidence_scale(sensitivity)
    return replace(config, block=config.block * scale, title=config.title * scale)


class ForeignTextDetector:
    name: ClassVar[str] = "foreign_text"
    needs_history: ClassVar[bool] = True
    config_type: ClassVar[type[ForeignTextConfig]] = ForeignTextConfig

    def __init__(self, config: ForeignTextConfig | None = None, blocks: BlocksConfig | None = None) -> None:
        self.config = config or ForeignTextConfig()
        self.blocks = blocks or BlocksConfig()

    @classmethod
    def from_settings(cls, settings: Settings) -> ForeignTextDetector:
        config = tuned(settings, cls.name, ForeignTextConfig(), _scaled)
        return cls(config, tuned(settings, BLOCKS_TUNING, BlocksConfig()))

    def learn(self, part: ProfilePart, page: Page) -> None:
        """Nothing to learn online: the previous clean page is the reference."""

    def learn_trusted(self, part: ProfilePart, page: Page) -> None:
        """The languages other than the page's that the site's known-good pages hold text in:
        text in those is no evidence, text in a language the site never used is."""
        language = page_language(page)
        if language:
            c = self.config
            lines = [t for t in page.text_lines[: c.max_learned_lines] if len(t) >= c.min_learned_chars]
            part["languages"] = sorted(set(part.get("languages", [])) | other_languages(lines, language))

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        return []

    def compare(self, part: ProfilePart, page: Page, previous: Page) -> list[Finding]:
        cfg = self.config
        wide = cfg.wide_letter
        script = page_script(previous)
        # a profile of an earlier version counted the site's other-language text: none then
        language = "" if part.get("foreign") and "languages" not in part else page_language(previous)
        usual = {language, *part.get("languages", [])}

        def foreign_as(text: str) -> str:
            found = other_script(text, script, cfg.min_script_letters)
            if found:
                return found
            code = page.language_of(text) if language else ""
            return code if code and code not in usual else ""

        before = set(previous.text_lines)
        fresh = [
            t
            for t in page.text_lines[: cfg.max_lines]
            if t not in before and letters(t, wide) >= cfg.min_line
        ]
        fresh = fresh[: cfg.max_fresh]
        groups: dict[str, list[str]] = {}
        for line in fresh:
            code = foreign_as(line)
            if code:
                groups.setdefault(code, []).append(line)
        block = max(groups.values(), key=lambda lines: sum(len(t) for t in lines), default=[])
        block_found = sum(letters(t, wide) for t in block) >= cfg.min_letters
        retitled = page.title != previous.title
        title = page.title if retitled and foreign_as(page.title) else ""
        messages = message_blocks(previous, page, self.blocks)
        if not block_found and messages:
            # a message block (new, unlinked, together) in another language counts whatever its
            # size; its language is compared with the page's text when its headlines leave it open
            body = "" if part.get("foreign") or language else body_language(previous, cfg)

            def foreign_line(text: str) -> bool:
                """In another script or language than the page; inside a new unlinked block, a
                language that is clearly not the page's counts though two close ones compete."""
                return bool(foreign_as(text) or foreign_to(text, (body,) if body else usual))

            def foreign_message(lines: tuple[str, ...]) -> bool:
                """Most of the block's letters are in lines of another language or script (each
                line judged alone: a version number or a name next to the message is no vote)."""
                if foreign_line(" ".join(lines)):
                    return True
                weights = [
                    (letters(t, wide), foreign_line(t)) for t in lines if letters(t, wide) >= cfg.min_line
                ]
                total = sum(n for n, _ in weights)
                return total > 0 and sum(n for n, foreign in weights if foreign) * 2 > total

            message = next((m for m in messages if foreign_message(m.lines)), None)
            if message is not None:
                block, block_found = list(message.lines), True
        painted = any(m.painted for m in messages)
        if not block_found and not title and not painted:
            return []
        shown = [t for m in messages for t in m.lines]
        title_from_block = (
            retitled
            and letters(page.title, wide) >= cfg.min_line
            and any(page.title in t or (letters(t, wide) >= cfg.min_line and t in page.title) for t in shown)
        )
        old_handles = set(contact_handle().findall(previous.text))
        handles = Counter(h for t in fresh for h in contact_handle().findall(t) if h not in old_handles)
        media = len(page.tree.css(_MEDIA)) > len(previous.tree.css(_MEDIA))
        unrelated_title = retitled and not tokens(page.title) & tokens(previous.title)
        block_media = any(m.foreign_media for m in messages)
        staging = bool(handles) or media or title_from_block or block_media
        together = (block_found and bool(title)) or ((block_found or painted) and staging)
        together = together or (block_found and (unrelated_title or painted))
        together = together or (bool(title) and staging)
        # the foreign lines stand as a block of their own that links nowhere, in a language other
        # than the one every newsroom quotes: a message to the reader, not news (a publish links)
        # one long line counts alone when no link shows it (a banner's sentence, not a headline)
        alone = (
            len(block) == 1
            and letters(block[0], wide) >= cfg.min_letters
            and block[0] not in linked_lines(page)
        )
        unlinked = (alone or any(set(m.lines) & set(block) for m in messages)) and _unusual(block, usual)
        together = together or (block_found and unlinked)
        if together:
            score = cfg.together
        else:
            score = max(cfg.block if block_found else 0.0, cfg.title if title else 0.0)
            score = max(score, cfg.painted_block if painted else 0.0)
        reasons = []
        if title:
            reasons.append(f"title now in another language: '{title[:_QUOTE_CHARS]}'")
        if block_found:
            longest = max(block, key=lambda t: letters(t, wide))
            reasons.append(f"{len(block)} new line(s) in another language: '{longest[:_QUOTE_CHARS]}'")
        if handles:
            reasons.append("new contact handle(s): " + ", ".join(list(handles)[:_SHOWN_HANDLES]))
        if media:
            reasons.append("new sound or scrolling element")
        if unrelated_title and not title:
            reasons.append(f"title replaced by '{page.title[:_QUOTE_CHARS]}'")
        if painted:
            reasons.append("new unlinked block in its own colours, outside the site's style sheets")
        if block_found and unlinked:
            reasons.append("the foreign lines form a new block that links nowhere")
        if title_from_block:
            reasons.append("the title now repeats a new block that links nowhere")
        if block_media:
            reasons.append("the new block shows media from a host the page never named")
        return [
            Finding(
                self.name,
                round(score, _SCORE_DIGITS),
                "foreign text: " + "; ".join(reasons),
                evidence={
                    "title": title[:_EVIDENCE_CHARS],
                    "lines": [t[:_EVIDENCE_CHARS] for t in block[:_EVIDENCE_LINES]],
                    "handles": list(handles)[:_EVIDENCE_LINES],
                },
            )
        ]


def _unusual(lines: list[str], usual: set[str]) -> bool:
    """Whether ``lines`` read together are in a language the identifier names, other than the
    site's own ones and English (which newsrooms of every language quote)."""
    code = identify(" ".join(lines))
    return bool(code) and code != LINGUA_FRANCA and code not in usual


def body_language(page: Page, config: ForeignTextConfig = _DEFAULT) -> str:
    """The language of a page's longest text lines taken together ('' when unclear), for pages
    whose headlines leave it open."""
    cached = page.features.get("foreign_text.body_language")
    if cached is None:
        c = config
        longest = sorted(page.text_lines[: c.max_lines], key=len, reverse=True)[: c.body_lines]
        cached = page.features["foreign_text.body_language"] = identify(" ".join(longest)[: c.body_chars])
    return str(cached)
