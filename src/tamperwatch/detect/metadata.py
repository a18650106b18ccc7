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
previous clean capture and an inline script sets ``document.title`` to the previous title (a
whole string literal, escapes and entities undone), which no script of the previous capture did:
search crawlers index the new title, visitors see the old one. Hijacked portals carry it under
gambling titles; a site that retitles its page edits the ``<title>`` itself.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from itertools import islice
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.js_strings import literal_at, unescape
from tamperwatch.detect.page import Page
from tamperwatch.detect.rewrite_text import letters_in, tokens
from tamperwatch.detect.tuning import tuned
from tamperwatch.detect.written_markup import inline_javascript
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
    cloaked_title: float = 0.6  # a new script shows visitors the old title, crawlers read a new <title>
    min_title_letters: int = 4  # letters the old title needs to be told apart
    max_scripts: int = 50  # inline scripts read per page for the title they set
    max_script_chars: int = 100_000  # characters of one script read
    max_assignments: int = 10  # assignments to document.title read per script


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
_STATEMENT_END = re.compile(r"[ \t]*(?:[;}\n]|$)")  # what follows a literal that is the whole value
_QUOTE_CHARS = 60  # characters of a title quoted in the reason


def scripted_titles(page: Page, config: MetadataConfig = _DEFAULT) -> frozenset[str]:
    """The texts the page's inline scripts assign to ``document.title`` as a whole string literal
    (``document.title = "..."``, not a piece of a concatenation), entities and escapes undone and
    whitespace collapsed (once per page and config)."""
    key = "metadata.scripted_titles"
    cached = page.features.get(key)
    if isinstance(cached, tuple) and cached[0] == config:
        return frozenset(cached[1])
    found: set[str] = set()
    inline = (s for s in page.tree.css("script") if inline_javascript(s))
    for script in islice(inline, config.max_scripts):
        code = script.text(deep=True)[: config.max_script_chars]
        for match in islice(_SETS_TITLE.finditer(code), config.max_assignments):
            literal = literal_at(code, match.end())
            if literal is not None and _STATEMENT_END.match(code, literal[1]):
                found.add(" ".join(html.unescape(unescape(literal[0])).split())[: config.max_field])
    page.features[key] = (config, frozenset(found - {""}))
    return frozenset(found - {""})


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
        """A finding when the ``<title>`` changed and a new script shows visitors the previous
        capture's title instead: crawlers read the new one, people the old one."""
        c = self.config
        title = " ".join(page.title.split())[: c.max_field]
        old = " ".join(previous.title.split())[: c.max_field]
        if title == old or letters_in(old) < c.min_title_letters:
            return None
        if old not in scripted_titles(page, c) or old in scripted_titles(previous, c):
            return None
        return Finding(
            self.name,
            c.cloaked_title,
            f"page title cloaked: crawlers read '{title[:_QUOTE_CHARS]}', "
            f"a new script shows visitors the old title '{old[:_QUOTE_CHARS]}'",
            evidence={"title": title, "shown": old},
        )
