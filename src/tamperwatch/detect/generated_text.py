"""Generated text: a sentence a style sheet writes onto the page (``body::before{content:"..."}``).

A rule's ``content`` shows text that is in no element: no text line, heading or block of the page
holds it, so the detectors that read the page's text never see it, while every visitor does. Sites
use it for icons (``"\\f101"``), quotes, separators and a word or two ("Anzeige", "NEW"); a
sentence there is a message pasted by someone who could add a ``<style>`` but chose not to touch
the page's text. Judged against the previous clean capture (``compare``): the texts of ``content``
declarations in the page's ``<style>`` blocks and ``style`` attributes (CSS escapes read) that
have at least ``min_letters`` letters (a Chinese, Japanese or Korean character counting two) in
at least ``min_words`` words (Chinese, Japanese or Korean text needs no spaces), and that the
previous capture did not have, are a finding. No word is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.blocks import letters
from tamperwatch.detect.page import Page
from tamperwatch.detect.tuning import tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

_CONTENT = re.compile(
    r"""content\s*:\s*(?:"((?:[^"\\]|\\.){1,2000})"|'((?:[^'\\]|\\.){1,2000})')""", re.DOTALL
)
_DECLARATION = re.compile(r"content\s*:")  # a page without one has no generated text to read
_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)", re.DOTALL)
_STYLED = "style, [style]"
_QUOTE_CHARS = 80  # characters of a generated text quoted in the reason
_EVIDENCE_CHARS = 300  # characters of one kept in the evidence
_MAX_CODEPOINT = 0x10FFFF


@dataclass(frozen=True, slots=True)
class GeneratedTextConfig:
    min_letters: int = 24  # letters a generated text needs to be a sentence, not a label
    min_words: int = 3  # words it needs, unless written in a script without spaces between words
    score: float = 0.6  # decisive on its own (verdict.MIN_DECISIVE is 0.5)
    max_styles: int = 300  # style blocks and styled elements read per page
    max_chars: int = 200_000  # characters of one style sheet read
    max_texts: int = 20  # generated texts kept per page
    shown: int = 3  # texts quoted in the reason and kept in the evidence


_DEFAULT = GeneratedTextConfig()


def _unescape(value: str) -> str:
    """A CSS string's text: ``\\201C`` and ``\\A`` read as the characters they name."""

    def one(match: re.Match[str]) -> str:
        if match.group(1):
            code = int(match.group(1), 16)
            return chr(code) if 0 < code <= _MAX_CODEPOINT and not 0xD800 <= code <= 0xDFFF else ""
        return match.group(2)

    return " ".join(_ESCAPE.sub(one, value).split())


def _is_sentence(text: str, config: GeneratedTextConfig) -> bool:
    """Enough letters, in words (a script written without spaces between words needs none)."""
    count = letters(text)
    unspaced = count > letters(text, 1)  # Chinese, Japanese or Korean characters
    return count >= config.min_letters and (unspaced or len(text.split()) >= config.min_words)


def generated_texts(page: Page, config: GeneratedTextConfig = _DEFAULT) -> tuple[str, ...]:
    """The sentences the page's style rules write with ``content`` (cached per page)."""
    key = "generated_text.texts"
    cached = page.features.get(key)
    if isinstance(cached, tuple) and cached and cached[0] == config:
        return tuple(cached[1])
    found: dict[str, None] = {}
    if _DECLARATION.search(page.html):
        for node in page.tree.css(_STYLED)[: config.max_styles]:
            sheet = node.text(deep=True) if node.tag == "style" else node.attributes.get("style") or ""
            for match in _CONTENT.finditer(sheet[: config.max_chars]):
                text = _unescape(match.group(1) or match.group(2) or "")
                if _is_sentence(text, config):
                    found[text] = None
            if len(found) >= config.max_texts:
                break
    texts = tuple(found)[: config.max_texts]
    page.features[key] = (config, texts)
    return texts


class GeneratedTextDetector:
    name: ClassVar[str] = "generated_text"
    needs_history: ClassVar[bool] = True
    config_type: ClassVar[type[GeneratedTextConfig]] = GeneratedTextConfig

    def __init__(self, config: GeneratedTextConfig | None = None) -> None:
        self.config = config or GeneratedTextConfig()

    @classmethod
    def from_settings(cls, settings: Settings) -> GeneratedTextDetector:
        return cls(tuned(settings, cls.name, GeneratedTextConfig()))

    def learn(self, part: ProfilePart, page: Page) -> None:
        """Nothing to learn: the previous clean capture is the reference."""

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        return []

    def compare(self, part: ProfilePart, page: Page, previous: Page) -> list[Finding]:
        c = self.config
        before = set(generated_texts(previous, c))
        new = [text for text in generated_texts(page, c) if text not in before]
        if not new:
            return []
        quoted = "; ".join(f"'{text[:_QUOTE_CHARS]}'" for text in new[: c.shown])
        return [
            Finding(
                self.name,
                c.score,
                f"a style rule now writes text onto the page that no element holds: {quoted}",
                evidence={"texts": [text[:_EVIDENCE_CHARS] for text in new[: c.shown]]},
            )
        ]
