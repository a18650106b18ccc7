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
never is one, nor is a page tied to its site by its own code files or its own canonical address
(``classifier/resources.py``: a maintenance or landing screen of the site). A page offering its
domain for sale (``parked.py``) is a lapsed domain, not this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.classifier.resources import tied_to_site
from tamperwatch.detect.page import Page
from tamperwatch.detect.parked import parked_phrase
from tamperwatch.detect.rewrite_text import MESSENGER_HOSTS
from tamperwatch.detect.tuning import evidence_scale, tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

_SITE_LANDMARKS = "nav, [role=navigation], form[action]"  # what a site's page has and a message screen not
_NAMED_DARK = frozenset({"black", "#000", "#000000", "#111", "#111111", "#0a0a0a", "#050505", "#121212"})


@dataclass(frozen=True, slots=True)
class LayoutConfig:
    max_links: int = 12  # a message screen links to at most this many places
    max_words: int = 400  # ...and says at most this much
    per_trait: float = 0.22  # evidence of each staging trait on a message screen
    min_traits: int = 2  # a message screen with fewer traits is just a small page
    cap: float = 0.9  # the most a message screen scores, whatever its traits
    dark: float = 0.22  # a background darker than this relative luminance (0-1) is dark
    max_html_chars: int = 200_000  # characters of the markup searched for staging traits
    max_style_chars: int = 5000  # characters read of each <style> block
    max_style_blocks: int = 10  # <style> blocks read
    head_chars: int = 3000  # leading characters of the markup read for the body tag's own attributes
    max_text_chars: int = 5000  # characters of the page's text searched for contact handles
    max_handle_links: int = 50  # link addresses searched for contact handles
    max_text_lines: int = 400  # text lines counted for ``max_words``


_DEFAULT = LayoutConfig()


def _scaled(config: LayoutConfig, sensitivity: float) -> LayoutConfig:
    return replace(config, per_trait=config.per_trait * evidence_scale(sensitivity))


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


def staging_traits(page: Page, config: LayoutConfig = _DEFAULT) -> list[str]:
    """The staging traits ``page`` shows (names in the reason)."""
    tree, html = page.tree, page.html[: config.max_html_chars]
    traits: list[str] = []
    blocks = tree.css("style")[: config.max_style_blocks]
    styles = (n.text(deep=True)[: config.max_style_chars] for n in blocks)
    # body/html rules and the body tag's own attributes
    head_and_body = " ".join([*styles, html[: config.head_chars]])
    for match in _colour().finditer(head_and_body):
        lum = _luminance(match.group(1) or match.group(2) or "")
        if lum is not None and lum < config.dark:
            traits.append("dark background")
            break
    if tree.css_first("center") is not None or re.search(r"text-align\s*:\s*center", head_and_body, re.I):
        traits.append("centred")
    if tree.css_first("marquee, blink, audio, bgsound, embed, video[autoplay], iframe[src*=autoplay]"):
        traits.append("sound or scrolling banner")
    if "contextmenu" in html.lower() or "onselectstart" in html.lower():
        traits.append("blocked context menu")
    links = (a.attributes.get("href") or "" for a in tree.css("a")[: config.max_handle_links])
    if _handle().search(" ".join([page.text[: config.max_text_chars], *links])):
        traits.append("contact handles")
    return traits


def message_screen(page: Page, config: LayoutConfig) -> bool:
    """No navigation, few links, little text: a single screen, not a site's page. Only navigation
    (and a form that posts somewhere) tells a site's page apart: a message card wrapped in
    ``<main>`` or signed in a ``<footer>`` is still one screen with nowhere to go."""
    tree = page.tree
    if tree.css_first(_SITE_LANDMARKS) is not None:
        return False
    if len(tree.css("a[href]")) > config.max_links:
        return False
    return sum(len(line.split()) for line in page.text_lines[: config.max_text_lines]) <= config.max_words


class LayoutDetector:
    name: ClassVar[str] = "layout"
    config_type: ClassVar[type[LayoutConfig]] = LayoutConfig

    def __init__(self, config: LayoutConfig | None = None) -> None:
        self.config = config or LayoutConfig()

    @classmethod
    def from_settings(cls, settings: Settings) -> LayoutDetector:
        """Evidence per trait scales with ``sensitivity`` (x1.0 at the default 0.5)."""
        return cls(tuned(settings, cls.name, LayoutConfig(), _scaled))

    def learn(self, part: ProfilePart, page: Page) -> None:
        """Remembers whether the site's own page is a message screen (a splash page is not news)."""
        if not part.get("screen"):
            part["screen"] = message_screen(page, self.config)

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        if part.get("screen") or not message_screen(page, self.config):
            return []
        traits = staging_traits(page, self.config)
        if len(traits) < self.config.min_traits or traits == ["centred"] or parked_phrase(page):
            return []
        if tied_to_site(page.tree):
            return []  # the site's own maintenance or landing screen: it loads the site's code
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
