"""Rewrite: headlines that no longer fit their own article, judged against the previous clean page.

Signals that hold whatever words an attacker chooses, read from the page and its own history:

* **rewritten article link**: a link to one of the site's own articles that the previous clean
  capture showed with one headline now shows another that shares no word with that headline nor
  with the article's URL slug (a part after a kicker counts alone: 'Louvre: <slogan>').
  Publishing adds new articles under new URLs; editors retouch a headline and keep its words.
* **script shift**: a new headline-like text (title, heading or article link) written in another
  script than the page's headlines (Han slogans on a Latin page, Latin sentences on a Chinese one).

The detector needs the previous clean capture (``compare``); ``detect`` alone finds nothing. Words
are compared as 5-letter stems, and Chinese, Japanese and Korean text as character pairs, so the
signals work for pages in any language. Every weight is a named field of ``RewriteConfig``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.origins import registrable_domain
from tamperwatch.detect.page import Page
from tamperwatch.detect.rewrite_text import (
    article_links,
    dominant_script,
    headline_texts,
    new_segments,
    script_of,
    tokens,
)
from tamperwatch.models import Finding
from tamperwatch.settings import Settings


@dataclass(frozen=True, slots=True)
class RewriteConfig:
    rewritten_link: float = 0.42  # evidence of one existing article link with a foreign headline
    each_further: float = 0.2  # added for every further one (two make a defacement)
    script_shift: float = 0.4  # a new headline in another script than the page's headlines
    script_shift_in_rewrite: float = 0.3  # ...added when it is also a rewritten link
    max_findings_listed: int = 3
    min_script_letters: int = 6  # a headline needs this many letters of its script to count


# Scripts a page of the first kind mixes in its headlines (Japanese and Korean write Han words too).
_MIXED = frozenset({("kana", "han"), ("hangul", "han")})


class RewriteDetector:
    name: ClassVar[str] = "rewrite"
    needs_history: ClassVar[bool] = True

    def __init__(self, config: RewriteConfig | None = None) -> None:
        self.config = config or RewriteConfig()

    @classmethod
    def from_settings(cls, settings: Settings) -> RewriteDetector:
        scale = 0.8 + 0.4 * settings.sensitivity  # 1.0 at the default sensitivity 0.5
        base = RewriteConfig()
        return cls(
            RewriteConfig(
                rewritten_link=base.rewritten_link * scale,
                each_further=base.each_further * scale,
                script_shift=base.script_shift * scale,
                script_shift_in_rewrite=base.script_shift_in_rewrite * scale,
            )
        )

    def learn(self, part: ProfilePart, page: Page) -> None:
        """Nothing to learn: the previous clean page is the reference."""

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        return []

    def compare(self, part: ProfilePart, page: Page, previous: Page) -> list[Finding]:
        own = registrable_domain(page.host)
        before = article_links(previous, own)
        now = article_links(page, own)
        rewritten: list[tuple[str, str, str]] = []
        for href, text in now.items():
            old = before.get(href)
            if old is None or old == text:
                continue
            foreign = new_segments(text, tokens(old) | href_tokens(href))
            if foreign:
                rewritten.append((href, old, foreign))
        page_script = dominant_script(headline_texts(previous))
        shifted = self._shifted(page, previous, page_script)
        if not rewritten and not shifted:
            return []
        cfg = self.config
        score = 0.0
        if rewritten:
            score = cfg.rewritten_link + cfg.each_further * (len(rewritten) - 1)
            if any(
                script_of(seg, cfg.min_script_letters) not in ("", page_script) for _, _, seg in rewritten
            ):
                score += cfg.script_shift_in_rewrite
        if shifted:
            score = 1.0 - (1.0 - score) * (1.0 - cfg.script_shift)
        reasons = [
            f"headline of {href[:60]} '{old[:40]}' now reads '{seg[:60]}'" for href, old, seg in rewritten
        ]
        reasons += [f"new headline in another script than the page: '{line[:60]}'" for line in shifted]
        return [
            Finding(
                self.name,
                round(min(0.97, score), 3),
                "headline rewritten: " + "; ".join(reasons[: cfg.max_findings_listed]),
                evidence={
                    "rewritten": [
                        {"href": h, "before": o[:200], "now": s[:200]} for h, o, s in rewritten[:10]
                    ],
                    "script_shift": [line[:200] for line in shifted[:10]],
                    "page_script": page_script,
                },
            )
        ]

    def _shifted(self, page: Page, previous: Page, page_script: str) -> list[str]:
        if not page_script:
            return []
        seen = set(headline_texts(previous))
        out = []
        for line in headline_texts(page):
            if line in seen:
                continue
            script = script_of(line, self.config.min_script_letters)
            if script and script != page_script and (page_script, script) not in _MIXED:
                out.append(line)
        return out


def href_tokens(href: str) -> set[str]:
    """Tokens of the article URL's path (its slug), for the 'shares no word' test."""
    path = href.split("?", 1)[0].split("#", 1)[0]
    return tokens(path.replace("-", " ").replace("_", " ").replace("/", " "))
