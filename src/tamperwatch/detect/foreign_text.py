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

Either of the first two alone is suspicious; together, or either with staging, they are a
defacement. Chinese, Japanese and Korean characters count as two letters (a word's worth). A
site whose clean pages already hold text in other languages (``learn``) gets no language
evidence, only script evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.langid import identify
from tamperwatch.detect.page import Page
from tamperwatch.detect.rewrite import page_language
from tamperwatch.detect.rewrite_text import (
    MESSENGER_HOSTS,
    char_script,
    other_script,
    page_script,
    tokens,
)
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

_MAX_LINES = 600  # text lines of the page read per check
_MAX_FRESH = 60  # new lines whose language is checked, from the top (where blocks are injected)
_MIN_LINE = 12  # letters: a shorter line (a date, a button) says nothing about language
_MIN_SCRIPT_LETTERS = 6  # letters a text needs before its script counts
_MEDIA = "marquee, audio, bgsound, embed, video[autoplay]"
_WIDE = ("han", "kana", "hangul")


def _letters(text: str) -> int:
    """Letters of ``text``, a Chinese, Japanese or Korean character counting two."""
    return sum((2 if char_script(c) in _WIDE else 1) for c in text if c.isalpha())


@cache
def _handle() -> re.Pattern[str]:
    return re.compile(
        MESSENGER_HOSTS + r"[\w.]+|"
        r"[\w.+-]+@[\w-]+\.[\w.]+|(?<![\w.])@[a-z0-9_]{4,}",
        re.IGNORECASE,
    )


@dataclass(frozen=True, slots=True)
class ForeignTextConfig:
    min_letters: int = 60  # letters of new foreign text that make a message block
    block: float = 0.45  # a foreign block alone
    title: float = 0.45  # a foreign new title alone
    together: float = 0.7  # both, or either with new contact handles
    max_learned_lines: int = 200  # lines of a clean page checked when learning


class ForeignTextDetector:
    name: ClassVar[str] = "foreign_text"
    needs_history: ClassVar[bool] = True

    def __init__(self, config: ForeignTextConfig | None = None) -> None:
        self.config = config or ForeignTextConfig()

    @classmethod
    def from_settings(cls, settings: Settings) -> ForeignTextDetector:
        scale = 0.8 + 0.4 * settings.sensitivity
        base = ForeignTextConfig()
        return cls(ForeignTextConfig(block=base.block * scale, title=base.title * scale))

    def learn(self, part: ProfilePart, page: Page) -> None:
        """Nothing to learn online: the previous clean page is the reference."""

    def learn_trusted(self, part: ProfilePart, page: Page) -> None:
        """Whether the site's known-good pages hold text in another language (then only scripts
        count)."""
        language = page_language(page)
        if language and not part.get("foreign"):
            lines = [t for t in page.text_lines[: self.config.max_learned_lines] if len(t) >= _MIN_LINE * 3]
            part["foreign"] = sum(1 for t in lines if identify(t) not in ("", language))

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        return []

    def compare(self, part: ProfilePart, page: Page, previous: Page) -> list[Finding]:
        cfg = self.config
        script = page_script(previous)
        language = "" if part.get("foreign") else page_language(previous)

        def foreign_as(text: str) -> str:
            found = other_script(text, script, _MIN_SCRIPT_LETTERS)
            if found:
                return found
            code = identify(text) if language else ""
            return code if code and code != language else ""

        before = set(previous.text_lines)
        fresh = [t for t in page.text_lines[:_MAX_LINES] if t not in before and _letters(t) >= _MIN_LINE]
        fresh = fresh[:_MAX_FRESH]
        groups: dict[str, list[str]] = {}
        for line in fresh:
            code = foreign_as(line)
            if code:
                groups.setdefault(code, []).append(line)
        block = max(groups.values(), key=lambda lines: sum(len(t) for t in lines), default=[])
        block_found = sum(_letters(t) for t in block) >= cfg.min_letters
        retitled = page.title != previous.title
        title = page.title if retitled and foreign_as(page.title) else ""
        if not block_found and not title:
            return []
        old_handles = set(_handle().findall(previous.text))
        handles = Counter(h for t in fresh for h in _handle().findall(t) if h not in old_handles)
        media = len(page.tree.css(_MEDIA)) > len(previous.tree.css(_MEDIA))
        unrelated_title = retitled and not tokens(page.title) & tokens(previous.title)
        staging = bool(handles) or media or (block_found and unrelated_title)
        together = (block_found and bool(title)) or staging
        score = cfg.together if together else (cfg.block if block_found else cfg.title)
        reasons = []
        if title:
            reasons.append(f"title now in another language: '{title[:60]}'")
        if block_found:
            reasons.append(f"{len(block)} new line(s) in another language: '{block[0][:60]}'")
        if handles:
            reasons.append("new contact handle(s): " + ", ".join(list(handles)[:3]))
        if media:
            reasons.append("new sound or scrolling element")
        if unrelated_title and not title:
            reasons.append(f"title replaced by '{page.title[:60]}'")
        return [
            Finding(
                self.name,
                round(score, 3),
                "foreign text: " + "; ".join(reasons),
                evidence={
                    "title": title[:200],
                    "lines": [t[:200] for t in block[:10]],
                    "handles": list(handles)[:10],
                },
            )
        ]
