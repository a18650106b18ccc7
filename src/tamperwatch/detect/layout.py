"""Defacement layout: a page built as a single message screen instead of a site, read from its markup.

Defacement pages are built alike in every language: one screen with no navigation, a handful of
links, little text, and the staging of a message: a dark background, centred text, autoplaying
sound or a scrolling banner, a blocked context menu, handles to contact the group. These are
traits of the markup, so an attacker who writes other words still shows them; a site's page
(an article, a front page, a company or government page) has navigation and links.

A page counts as a *message screen* when it has no navigation landmark, few links and little
text; each staging trait it shows adds evidence, and two (not centring alone, which small pages
share) make a defacement. ``classify`` uses it cold; with history, a site whose own page is a
message screen (a splash page) is left alone, and a page that still has the site's navigation
never is one. A page offering its domain for sale (``parked.py``) is a lapsed domain, not this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.page import Page
from tamperwatch.detect.parked import parked_phrase
from tamperwatch.detect.rewrite_text import MESSENGER_HOSTS
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

_DARK = 0.22  # a background darker than this relative luminance is dark
_NAMED_DARK = frozenset({"black", "#000", "#000000", "#111", "#111111", "#0a0a0a", "#050505", "#121212"})


@dataclass(frozen=True, slots=True)
class LayoutConfig:
    max_links: int = 12  # a message screen links to at most this many places
    max_words: int = 400  # ...and says at most this much
    per_trait: float = 0.22  # evidence of each staging trait on a message screen
    min_traits: int = 2  # a message screen with fewer traits is just a small page
    cap: float = 0.9


@cache
def _colour() -> re.Pattern[str]:
    return re.compile(
        r"background(?:-color)?\s*:\s*(#[0-9a-f]{3,6}\b|rgba?\([^)]*\)|[a-z]+)|bgcolor\s*=\s*[\"']?(#?[0-9a-z]{3,7})",
        re.IGNORECASE,
    )


@cache
def _handle() -> re.Pattern[str]:
    return re.compile(
        MESSENGER_HOSTS + r"|mailto:|(?<![\w.])@[a-z0-9_]{3,}",
        re.IGNORECASE,
    )


def _luminance(value: str) -> float | None:
    value = value.strip().lower()
    if value in _NAMED_DARK:
        return 0.0
    if value.startswith("#"):
        digits = value[1:]
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        if len(digits) != 6:
            return None
        try:
            r, g, b = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
        except ValueError:
            return None
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    if value.startswith("rgb"):
        parts = re.findall(r"[\d.]+", value)[:3]
        if len(parts) == 3:
            r, g, b = (min(255.0, float(p)) / 255 for p in parts)
            return 0.2126 * r + 0.7152 * g + 0.0722 * b
    return None


def staging_traits(page: Page) -> list[str]:
    """The staging traits ``page`` shows (names in the reason)."""
    tree, html = page.tree, page.html[:200_000]
    traits: list[str] = []
    head_and_body = " ".join(
        [*(n.text(deep=True)[:5000] for n in tree.css("style")[:10]), html[:3000]]
    )  # body/html rules and the body tag's own attributes
    for match in _colour().finditer(head_and_body):
        lum = _luminance(match.group(1) or match.group(2) or "")
        if lum is not None and lum < _DARK:
            traits.append("dark background")
            break
    if tree.css_first("center") is not None or re.search(r"text-align\s*:\s*center", head_and_body, re.I):
        traits.append("centred")
    if tree.css_first("marquee, blink, audio, bgsound, embed, video[autoplay], iframe[src*=autoplay]"):
        traits.append("sound or scrolling banner")
    if "contextmenu" in html.lower() or "onselectstart" in html.lower():
        traits.append("blocked context menu")
    if _handle().search(
        " ".join([page.text[:5000], *(a.attributes.get("href") or "" for a in tree.css("a")[:50])])
    ):
        traits.append("contact handles")
    return traits


def message_screen(page: Page, config: LayoutConfig) -> bool:
    """No navigation landmark, few links, little text: a single screen, not a site's page."""
    tree = page.tree
    if tree.css_first("nav, [role=navigation], footer, main, article, form[action]") is not None:
        return False
    if len(tree.css("a[href]")) > config.max_links:
        return False
    return sum(len(line.split()) for line in page.text_lines[:400]) <= config.max_words


class LayoutDetector:
    name: ClassVar[str] = "layout"

    def __init__(self, config: LayoutConfig | None = None) -> None:
        self.config = config or LayoutConfig()

    @classmethod
    def from_settings(cls, settings: Settings) -> LayoutDetector:
        base = LayoutConfig()
        return cls(LayoutConfig(per_trait=base.per_trait * (0.8 + 0.4 * settings.sensitivity)))

    def learn(self, part: ProfilePart, page: Page) -> None:
        """Remembers whether the site's own page is a message screen (a splash page is not news)."""
        if not part.get("screen"):
            part["screen"] = message_screen(page, self.config)

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        if part.get("screen") or not message_screen(page, self.config):
            return []
        traits = staging_traits(page)
        if len(traits) < self.config.min_traits or traits == ["centred"] or parked_phrase(page):
            return []
        if len([t for t in traits if t != "centred"]) < self.config.min_traits - 1:
            return []
        score = min(self.config.cap, self.config.per_trait * (len(traits) + 1))
        return [
            Finding(
                self.name,
                round(score, 3),
                "page became a single message screen (no navigation, few links): " + ", ".join(traits),
                evidence={"traits": traits},
            )
        ]
