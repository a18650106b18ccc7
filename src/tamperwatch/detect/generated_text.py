"""Generated text: a sentence a style sheet writes onto the page (``body::before{content:"..."}``).

A rule's ``content`` shows text that is in no element: no text line, heading or block of the page
holds it, so the detectors that read the page's text never see it, while every visitor does. Sites
use it for icons (``"\\f101"``), quotes, separators and a word or two ("Anzeige", "NEW"); a
sentence there is a message pasted by someone who could add a ``<style>`` but chose not to touch
the page's text. Judged against the previous clean capture (``compare``): the texts of ``content``
declarations in the page's ``<style>`` blocks and ``style`` attributes (any case, comments
skipped, strings side by side joined, CSS escapes read) that have at least ``min_letters`` letters
(a Chinese, Japanese or Korean character counting two) in at least ``min_words`` words (Chinese,
Japanese or Korean text needs no spaces), and that the previous capture did not have, are a
finding: decisive when the rule writes over the page as a whole (``html``, ``body``, ``main``,
``header``) or the sentence names a contact handle or is in another script than the page's
headlines; suspicious otherwise (a responsive table labels its cells this way). No word is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.blocks import contact_handle, is_sentence
from tamperwatch.detect.page import Page
from tamperwatch.detect.rewrite_text import other_script, page_script
from tamperwatch.detect.tuning import tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

# a ``content`` declaration's value: one or more strings side by side (joined as the browser shows
# them); each string read with an unrolled loop, linear on any input
_STRING = r"""(?:"[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*')"""
_CONTENT = re.compile(r"(?<![\w-])content\s*:\s*((?:" + _STRING + r"\s*)+)", re.IGNORECASE)
_STRINGS = re.compile(_STRING)
# where a page may declare generated content: 'content', blanks, then its colon or a comment (a
# wider net than the declaration itself, read in the page's folded markup, ``Page.folded_html``,
# in one linear pass). Blanks as ``\s`` reads them in text, in UTF-8: a no-break or ideographic
# space before the colon hides nothing. A page without one has no generated text.
_BLANK = (
    rb"(?:[\t-\r\x1c- ]|\xc2[\x85\xa0]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]"
    rb"|\xe2\x81\x9f|\xe3\x80\x80)"
)
_DECLARATION = re.compile(rb"content" + _BLANK + rb"*(?::|/\*)")
_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)", re.DOTALL)
# a rule on the page as a whole (its root, body, main column or header), not on a table cell's label
_PAGE_LEVEL = re.compile(r"(?:^|[\s,>+~*])(?:html|body|:root|main|header)\b|^\s*\*", re.IGNORECASE)
_STYLE_BLOCKS = "style"
_STYLED = '[style*="content" i]'
_QUOTE_CHARS = 80  # characters of a generated text quoted in the reason
_EVIDENCE_CHARS = 300  # characters of one kept in the evidence
_MAX_CODEPOINT = 0x10FFFF


@dataclass(frozen=True, slots=True)
class GeneratedTextConfig:
    min_letters: int = 24  # letters a generated text needs to be a sentence, not a label
    min_words: int = 3  # words it needs, unless written in a script without spaces between words
    score: float = 0.6  # a sentence written over the whole page (html, body, main, header): decisive
    # a sentence on a part (a responsive table's cell label, a print note): suspicious, unless it
    # names a contact handle or is in another script than the page's headlines
    part_score: float = 0.45
    min_script_letters: int = 6  # letters a sentence needs before its script counts
    max_styles: int = 300  # style blocks read per page, and as many styled elements
    max_chars: int = 200_000  # characters of one style sheet read
    max_text_chars: int = 2000  # characters of one generated text kept
    max_texts: int = 200  # generated texts kept per page
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


def _selector_before(sheet: str, at: int) -> str:
    """The selector of the rule whose block holds position ``at`` ('' for a style attribute)."""
    opening = sheet.rfind("{", 0, at)
    if opening < 0:
        return ""
    return sheet[max(sheet.rfind("}", 0, opening), sheet.rfind(";", 0, opening)) + 1 : opening]


def _without_comments(sheet: str) -> str:
    """``sheet`` with each closed comment (``/* ... */``) replaced by a space, in one pass; an
    unclosed one is left, and so is everything after it (as ``re.sub(r"/\\*.*?\\*/", " ", sheet,
    flags=re.DOTALL)`` leaves them, without its scan to the sheet's last character for each unclosed
    opening)."""
    parts: list[str] = []
    pos = 0
    while (start := sheet.find("/*", pos)) >= 0 and (end := sheet.find("*/", start + 2)) >= 0:
        parts += [sheet[pos:start], " "]
        pos = end + 2
    return "".join([*parts, sheet[pos:]])


def _sentences(sheet: str, page_level: bool, config: GeneratedTextConfig) -> dict[str, bool]:
    """``{text: written over the whole page}`` of the sentences a style sheet writes."""
    out: dict[str, bool] = {}
    sheet = _without_comments(sheet[: config.max_chars])
    for match in _CONTENT.finditer(sheet):
        parts = [_unescape(s[1:-1]) for s in _STRINGS.findall(match.group(1))]
        text = " ".join(" ".join(parts).split())[: config.max_text_chars]
        if is_sentence(text, config.min_letters, config.min_words):
            whole = page_level or bool(_PAGE_LEVEL.search(_selector_before(sheet, match.start())))
            out[text] = out.get(text, False) or whole
    return out


def generated_texts(page: Page, config: GeneratedTextConfig = _DEFAULT) -> dict[str, bool]:
    """``{sentence: written over the whole page}`` of the sentences the page's style rules write
    with ``content`` (cached per page): every style block first, then styled elements."""
    key = "generated_text.texts"
    cached = page.features.get(key)
    if isinstance(cached, tuple) and cached and cached[0] == config:
        return dict(cached[1])
    found: dict[str, bool] = {}
    if _DECLARATION.search(page.folded_html):
        nodes = [
            *page.tree.css(_STYLE_BLOCKS)[: config.max_styles],
            *page.tree.css(_STYLED)[: config.max_styles],
        ]
        for node in nodes:
            if node.tag == "style":
                sheet, whole = node.text(deep=True), False
            else:  # a style attribute styles its own element: the whole page when that is html or body
                sheet, whole = node.attributes.get("style") or "", node.tag in ("html", "body")
            for text, on_page in _sentences(sheet, whole, config).items():
                found[text] = found.get(text, False) or on_page
            if len(found) >= config.max_texts:
                break
    page.features[key] = (config, found)
    return dict(found)


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
        before = generated_texts(previous, c)
        now = generated_texts(page, c)
        new = [text for text in now if text not in before]
        if not new:
            return []
        # on a part of the page, a sentence that signs itself or is in another script than the
        # page's headlines is still a message (a table cell's label is neither)
        script = page_script(previous)
        signed = any(
            contact_handle().search(text) or other_script(text, script, c.min_script_letters) for text in new
        )
        whole = signed or any(now[text] for text in new)
        quoted = "; ".join(f"'{text[:_QUOTE_CHARS]}'" for text in new[: c.shown])
        return [
            Finding(
                self.name,
                c.score if whole else c.part_score,
                f"a style rule now writes text onto the page that no element holds: {quoted}",
                evidence={"texts": [text[:_EVIDENCE_CHARS] for text in new[: c.shown]]},
            )
        ]
