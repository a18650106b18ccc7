"""Every fixed text edition 5 writes into pages, gathered for the disjointness tests."""

from __future__ import annotations

from urllib.parse import urlsplit

from .data.hosts import LOOKALIKES, PORTALS
from .data.legit import NOTICES, SOCIAL, VENDORS
from .data.news import COLOURED_LINES, HEADLINES
from .data.own import (
    ANNOUNCEMENTS,
    BYLINES,
    FAITH_NATION,
    MOCKERY,
    NAV_SLOGANS,
    POLITICAL,
    PULL_QUOTES,
    TICKER,
)
from .data.people import CONTACTS, EMAILS, HANDLES, TEAMS
from .data.spam import ANCHORS, DOMAIN_STEMS
from .data.voices import VOICES
from .pages import PAGE_LANGS, WIDER_LINE


def _voices() -> list[str]:
    found: list[str] = []
    for voice in VOICES.values():
        for title in voice.titles:
            found += [part.strip() for part in title.split("{team}") if part.strip()]
        found += [*voice.lines, voice.greet, voice.signoff]
    return [*found, *TEAMS, *HANDLES, *CONTACTS, *EMAILS]


def _own() -> list[str]:
    tables = (POLITICAL, ANNOUNCEMENTS, MOCKERY, FAITH_NATION, TICKER, NAV_SLOGANS, BYLINES, PULL_QUOTES)
    return [s for table in tables for items in table.values() for s in items]


def _page_texts() -> list[str]:
    found = list(WIDER_LINE.values())
    for lang in {p.code: p for p in PAGE_LANGS}.values():
        found += [name for name, _ in lang.sites] + [domain for _, domain in lang.sites]
        found += [lang.footer, *lang.product, *lang.error, *lang.maintenance, *lang.landing]
        for headline, paragraphs in (*lang.news, *lang.security, lang.notice, lang.blog):
            found += [headline, *paragraphs]
    return found


def payload_strings() -> dict[str, list[str]]:
    """Edition 5's payload texts by kind (the kinds of the earlier editions)."""
    return {
        "slogans": [s for voice in VOICES.values() for s in (*voice.slogans, *voice.plain)],
        "own-language": _own(),
        "deface": _voices(),
        "spam": [a for items in ANCHORS.values() for a in items]
        + [s for items in DOMAIN_STEMS.values() for s in items],
        "script-domains": [*LOOKALIKES, *(host for host, _ in PORTALS)],
        "headlines": [t for pairs in HEADLINES.values() for pair in pairs for t in pair],
        "vendors": [urlsplit(url.format(id="0")).hostname or url for url, _ in VENDORS],
        "banners": [text for items in NOTICES.values() for _, text in items]
        + [label for items in SOCIAL.values() for label, _ in items]
        + [s for items in COLOURED_LINES.values() for s in items],
        "pages": _page_texts(),
    }
