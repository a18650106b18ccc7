"""Metadata: the page's title, description and keywords rewritten to text unrelated to its own.

A site's home or section page keeps its title, description and keywords from capture to capture
(a news front page changes its stories, not what it says it is), and a redesign rewords them
keeping the site's name. An attacker who wants search engines to show his words (gambling,
pharmacy or political spam: the "title, description, keywords" hijack common on hacked portals)
or who renames the page rewrites several of them at once with text that shares no word with
what they said. Judged against the previous clean capture (``compare``): each **group** (the
title with its ``og:``/``twitter:`` copies, the description with its copies, the keywords) is
rewritten when one of its fields had words and now has words, none of them shared. Two groups
or more rewritten at once are a content finding; a site whose clean captures ever rewrote a
group that way (``volatile``) gets none. Words are compared as ``rewrite_text.tokens`` (5-letter
stems, CJK character pairs); no word list is read. A rebrand breaks the template as well, so the
finding counts less then (``discount_on_structure``).

A **cloaked title** is decisive alone, volatile site or not: the ``<title>`` changed since the
previous clean capture and an inline script the previous capture did not have sets
``document.title`` to another text (string literals read with their escapes undone), so search
crawlers index one title and visitors see another, often the old one. Hijacked portals carry it
under gambling titles; a site that retitles its page edits the ``<title>`` itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.js_strings import JS_TYPES, literals, unescape
from tamperwatch.detect.page import Page
from tamperwatch.detect.rewrite_text import tokens
from tamperwatch.detect.tuning import tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

GROUPS: dict[str, tuple[str, ...]] = {
    "title": ("title", "og:title", "twitter:title"),
    "description": ("description", "og:description", "twitter:description"),
    "keywords": ("keywords",),
}


@dataclass(frozen=True, slots=True)
class MetadataConfig:
    min_tokens: int = 2  # a field needs this many words, before and after, to be judged
    min_groups: int = 2  # groups rewritten at once that make a finding
    score: float = 0.6  # decisive on its own (verdict.MIN_DECISIVE is 0.5)
    max_field: int = 300  # characters of a field read and kept
    max_meta: int = 100  # meta elements read per page
    cloaked_title: float = 0.6  # a new script shows visitors another title than the changed <title>
    max_scripts: int = 50  # inline scripts read per page for the title they set
    max_script_chars: int = 100_000  # characters of one script read


_DEFAULT = MetadataConfig()


def page_metadata(page: Page, config: MetadataConfig = _DEFAULT) -> dict[str, str]:
    """``{field: text}`` of the page's title and its description, keywords and social copies
    (once per page)."""
    cached = page.features.get("metadata.fields")
    if cached is None:
        found = {"title": page.title[: config.max_field]} if page.title else {}
        for node in page.tree.css("meta[name], meta[property]")[: config.max_meta]:
            attrs = node.attributes
            key = (attrs.get("name") or attrs.get("property") or "").strip().lower()
            if any(key in fields for fields in GROUPS.values()) and key not in found:
                found[key] = " ".join((attrs.get("content") or "").split())[: config.max_field]
        cached = page.features["metadata.fields"] = found
    return dict(cached)


_SETS_TITLE = re.compile(r"document\s*\.\s*title\s*=\s*(?=[\"'`])")
_LITERALS_READ = 1  # the literal right after the assignment
_QUOTE_CHARS = 60  # characters of a title quoted in the reason
_SHOWN = 3  # titles a script shows kept in the evidence


def scripted_titles(page: Page, config: MetadataConfig = _DEFAULT) -> frozenset[str]:
    """The texts the page's inline scripts assign to ``document.title`` as string literals,
    whitespace collapsed (once per page)."""
    cached = page.features.get("metadata.scripted_titles")
    if cached is None:
        found: set[str] = set()
        for script in page.tree.css("script")[: config.max_scripts]:
            attrs = script.attributes
            if "src" in attrs or (attrs.get("type") or "javascript").lower() not in JS_TYPES:
                continue
            code = script.text(deep=True)[: config.max_script_chars]
            for match in _SETS_TITLE.finditer(code):
                for body, _ in literals(code[match.end() :], _LITERALS_READ):
                    found.add(" ".join(unescape(body).split())[: config.max_field])
        cached = page.features["metadata.scripted_titles"] = frozenset(found - {""})
    return frozenset(cached)


def rewritten_groups(
    before: dict[str, str], now: dict[str, str], min_tokens: int = _DEFAULT.min_tokens
) -> dict[str, tuple[str, str]]:
    """``{group: (old, new)}`` for each group one of whose fields now shares no word with what
    it said (both with at least ``min_tokens`` words)."""
    out: dict[str, tuple[str, str]] = {}
    for group, fields in GROUPS.items():
        for name in fields:
            old, new = before.get(name, ""), now.get(name, "")
            old_tokens, new_tokens = tokens(old), tokens(new)
            judged = len(old_tokens) >= min_tokens and len(new_tokens) >= min_tokens
            if judged and not old_tokens & new_tokens:
                out[group] = (old, new)
                break
    return out


class MetadataDetector:
    name: ClassVar[str] = "metadata"
    needs_history: ClassVar[bool] = True
    config_type: ClassVar[type[MetadataConfig]] = MetadataConfig

    def __init__(self, config: MetadataConfig | None = None) -> None:
        self.config = config or MetadataConfig()
        self.min_groups = self.config.min_groups
        self.score = self.config.score

    @classmethod
    def from_settings(cls, settings: Settings) -> MetadataDetector:
        return cls(tuned(settings, cls.name, MetadataConfig()))

    def learn(self, part: ProfilePart, page: Page) -> None:
        """A clean capture that rewrote a group against the last one marks the site volatile."""
        now = page_metadata(page, self.config)
        last = part.get("last")
        if isinstance(last, dict) and rewritten_groups(last, now, self.config.min_tokens):
            part["volatile"] = int(part.get("volatile", 0)) + 1
        part["last"] = now

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        return []

    def compare(self, part: ProfilePart, page: Page, previous: Page) -> list[Finding]:
        c = self.config
        cloaked = self._cloaked_title(page, previous)
        if cloaked:
            return [cloaked]
        if int(part.get("volatile", 0)):
            return []
        groups = rewritten_groups(page_metadata(previous, c), page_metadata(page, c), c.min_tokens)
        if len(groups) < self.min_groups:
            return []
        shown = "; ".join(f"{group} '{old[:40]}' now '{new[:60]}'" for group, (old, new) in groups.items())
        return [
            Finding(
                self.name,
                self.score,
                f"page metadata rewritten: {len(groups)} of title, description and keywords share no "
                f"word with what the site said: {shown}",
                evidence={
                    "discount_on_structure": True,
                    "groups": {group: {"before": old, "now": new} for group, (old, new) in groups.items()},
                },
            )
        ]

    def _cloaked_title(self, page: Page, previous: Page) -> Finding | None:
        """A finding when a new script shows visitors another title than the page's changed one."""
        c = self.config
        title = " ".join(page.title.split())[: c.max_field]
        if title == " ".join(previous.title.split())[: c.max_field]:
            return None
        shown = sorted(scripted_titles(page, c) - scripted_titles(previous, c) - {title})
        if not shown:
            return None
        return Finding(
            self.name,
            c.cloaked_title,
            f"page title cloaked: crawlers read '{title[:_QUOTE_CHARS]}', "
            f"a new script shows visitors '{shown[0][:_QUOTE_CHARS]}'",
            evidence={"title": title, "shown": shown[:_SHOWN]},
        )
