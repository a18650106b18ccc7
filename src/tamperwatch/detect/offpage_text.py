"""Off-page text: sentences a visitor sees that are in none of the page's own text.

A page can show text that its element text does not hold: a frame whose document is written in
its ``srcdoc`` attribute, a declarative shadow root (``<template shadowrootmode="open">``, rendered
in place though a template's content is otherwise inert), an SVG image carried in a ``data:`` URL
(an ``<img>``'s ``src``, a style's ``url(...)``) whose ``<text>`` is painted as pixels, and a
canvas a script paints with ``fillText``. The detectors that read the page's text never see these
texts; every visitor does. Each is a **channel**. Judged against the previous clean capture
(``compare``): a sentence (``min_letters`` letters in ``min_words`` words; Chinese, Japanese and
Korean text needs no spaces) the previous capture did not show is a finding, decisive when the
previous capture showed no text through that channel (a site that never painted sentences on a
canvas now does), weak when it did (a site whose widgets are written in ``srcdoc`` publishes new
ones) unless the sentence names a contact handle or is in another script than the page's
headlines. No word is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.blocks import contact_handle, is_sentence, letters
from tamperwatch.detect.code_places import data_url_text
from tamperwatch.detect.js_strings import literals, runs_as_javascript, unescape
from tamperwatch.detect.page import Page
from tamperwatch.detect.rewrite_text import other_script, page_script
from tamperwatch.detect.tuning import tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

_SRCDOC = "iframe[srcdoc], frame[srcdoc]"
_SHADOW = "template[shadowrootmode], template[shadowroot]"
_SVG_URL = re.compile(r"data:image/svg\+xml[^\"'()\s>]*", re.IGNORECASE)
_PAINTS = re.compile(r"\.(?:fill|stroke)Text\s*\(")
# what _SVG_URL starts with, in the page's folded markup: its case-blind 'i' and 's' also match
# the dotted and dotless I and the long s (U+0130, U+0131, U+017F), as re.IGNORECASE reads text
_SVG_URL_START = re.compile(rb"data:(?:i|\xc4[\xb0\xb1])mage/(?:s|\xc5\xbf)vg\+xml")
_CSS_VALUE = re.compile(r"\d(?:px|pt|em|rem|%)\b|^#|^rgba?\(", re.IGNORECASE)  # a font, colour or size
_QUOTE_CHARS = 80  # characters of a text quoted in the reason
_EVIDENCE_CHARS = 300  # characters of one kept in the evidence
CHANNEL_NAMES = {
    "frame": "a frame written inline (srcdoc)",
    "shadow": "a declarative shadow root",
    "svg-image": "an SVG image in a data: URL",
    "canvas": "a canvas a script paints",
}


@dataclass(frozen=True, slots=True)
class OffpageTextConfig:
    min_letters: int = 20  # letters a text needs to be a sentence, not a label or a caption
    min_words: int = 3  # words it needs, unless written in a script without spaces between words
    score: float = 0.6  # a sentence through a channel the previous capture showed no text through
    used_channel: float = 0.3  # ... through one it did: sites that use a channel publish through it
    signed: float = 0.45  # ... one that names a contact handle or is in another script
    min_script_letters: int = 6  # letters a sentence needs before its script counts
    min_literal_letters: int = 4  # letters a painting script's string needs to be words it paints
    max_nodes: int = 50  # frames, shadow roots, images and scripts read per channel and page
    max_chars: int = 200_000  # characters of one frame, root, image or script read
    max_text_chars: int = 2000  # characters of one text kept
    shown: int = 3  # texts quoted in the reason and kept in the evidence


_DEFAULT = OffpageTextConfig()


def _markup_text(markup: str, config: OffpageTextConfig) -> str:
    """The text a document or fragment written as markup shows (scripts and styles left out)."""
    tree = LexborHTMLParser(markup[: config.max_chars])
    for node in tree.css("script, style, title"):
        node.decompose()
    root = tree.body or tree.root
    return " ".join((root.text(deep=True, separator=" ") if root else "").split())[: config.max_text_chars]


def _inside(template: str) -> str:
    """A ``<template>``'s markup without its own tags: its content, which a parser keeps apart."""
    start = template.find(">") + 1
    end = template.lower().rfind("</template")
    return template[start : end if end >= start else len(template)]


def _svg_text(url: str, config: OffpageTextConfig) -> str:
    """The text an SVG ``data:`` URL paints (its ``<text>`` elements)."""
    svg = data_url_text(url[: config.max_chars])
    if "<text" not in svg.lower():
        return ""
    tree = LexborHTMLParser(svg)
    texts = [node.text(deep=True, separator=" ") for node in tree.css("text")[: config.max_nodes]]
    return " ".join(" ".join(texts).split())[: config.max_text_chars]


def _painted(code: str, config: OffpageTextConfig) -> str:
    """The words of a painting script's string literals (names, colours and fonts left out: a
    literal counts when it has ``min_literal_letters`` letters and a space or a non-ASCII letter)."""
    found = literals(code[: config.max_chars], config.max_chars)
    texts = (" ".join(unescape(body).split()) for body, closed in found if closed)
    kept = (
        t
        for t in texts
        if letters(t) >= config.min_literal_letters
        and (" " in t or not t.isascii())
        and not _CSS_VALUE.search(t)
    )
    return " ".join(kept)[: config.max_text_chars]


def _channels(page: Page, config: OffpageTextConfig) -> dict[str, list[str]]:
    html, folded = page.html, page.folded_html
    found: dict[str, list[str]] = {}
    if b"srcdoc" in folded:
        frames = page.tree.css(_SRCDOC)[: config.max_nodes]
        found["frame"] = [_markup_text(f.attributes.get("srcdoc") or "", config) for f in frames]
    if b"shadowroot" in folded:
        roots = page.tree.css(_SHADOW)[: config.max_nodes]
        found["shadow"] = [_markup_text(_inside(r.html or ""), config) for r in roots]
    if _SVG_URL_START.search(folded):
        urls = _SVG_URL.findall(html)[: config.max_nodes]
        found["svg-image"] = [_svg_text(url, config) for url in urls]
    # a canvas of the page's own (a fingerprinting script paints on one it never shows) that a
    # running script paints on
    if _PAINTS.search(html) and page.tree.css_first("canvas") is not None:
        scripts = [
            s.text(deep=True)
            for s in page.tree.css("script")[: config.max_nodes]
            if runs_as_javascript(s.attributes.get("type"))
        ]
        found["canvas"] = [_painted(code, config) for code in scripts if _PAINTS.search(code)]
    return found


def offpage_texts(page: Page, config: OffpageTextConfig = _DEFAULT) -> dict[str, list[str]]:
    """``{channel: [text, ...]}`` of the texts the page shows outside its element text (cached)."""
    key = "offpage_text.texts"
    cached = page.features.get(key)
    if isinstance(cached, tuple) and cached and cached[0] == config:
        return {channel: list(texts) for channel, texts in cached[1].items()}
    found = {channel: [t for t in texts if t] for channel, texts in _channels(page, config).items()}
    found = {channel: texts for channel, texts in found.items() if texts}
    page.features[key] = (config, found)
    return {channel: list(texts) for channel, texts in found.items()}


class OffpageTextDetector:
    name: ClassVar[str] = "offpage_text"
    needs_history: ClassVar[bool] = True
    config_type: ClassVar[type[OffpageTextConfig]] = OffpageTextConfig

    def __init__(self, config: OffpageTextConfig | None = None) -> None:
        self.config = config or OffpageTextConfig()

    @classmethod
    def from_settings(cls, settings: Settings) -> OffpageTextDetector:
        return cls(tuned(settings, cls.name, OffpageTextConfig()))

    def learn(self, part: ProfilePart, page: Page) -> None:
        """Nothing to learn: the previous clean capture is the reference."""

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        return []

    def compare(self, part: ProfilePart, page: Page, previous: Page) -> list[Finding]:
        c = self.config
        now = offpage_texts(page, c)
        if not now:
            return []
        before = offpage_texts(previous, c)
        shown_before = {text for texts in before.values() for text in texts}
        script = ""
        best: tuple[float, str, list[str]] = (0.0, "", [])
        for channel, texts in now.items():
            new = [t for t in texts if t not in shown_before and is_sentence(t, c.min_letters, c.min_words)]
            if not new:
                continue
            score = c.score
            if before.get(channel):
                script = script or page_script(previous)
                signed = any(
                    contact_handle().search(t) or other_script(t, script, c.min_script_letters) for t in new
                )
                score = c.signed if signed else c.used_channel
            if score > best[0]:
                best = (score, channel, new)
        score, channel, new = best
        if not new:
            return []
        quoted = "; ".join(f"'{text[:_QUOTE_CHARS]}'" for text in new[: c.shown])
        return [
            Finding(
                self.name,
                score,
                f"text shown through {CHANNEL_NAMES[channel]}, outside the page's own text: {quoted}",
                evidence={"channel": channel, "texts": [t[:_EVIDENCE_CHARS] for t in new[: c.shown]]},
            )
        ]
