"""Every fixed text edition 2 writes into pages, gathered for the disjointness test."""

from __future__ import annotations

from urllib.parse import urlsplit

from .data.hosts import LOOKALIKES
from .data.news import HEADLINES
from .data.people import CONTACTS, EMAILS, HANDLES, TEAMS
from .data.spam import ANCHORS, DOMAIN_STEMS
from .data.vendors import VENDORS
from .data.voices import OWN_LANGUAGE, VOICES
from .pages import PAGE_LANGS


def _voices() -> list[str]:
    found: list[str] = []
    for voice in VOICES.values():
        for title in voice.titles:
            found += [part.strip() for part in title.split("{team}") if part.strip()]
        found += [*voice.lines, voice.greet, voice.signoff]
    return [*found, *TEAMS, *HANDLES, *CONTACTS, *EMAILS]


def _page_texts() -> list[str]:
    found = []
    for lang in PAGE_LANGS:
        found += [name for name, _ in lang.sites] + [domain for _, domain in lang.sites]
        found += [lang.footer]
        for headline, paragraphs in lang.news + lang.hack_news + lang.notices + lang.company:
            found += [headline, *paragraphs]
    return found


def payload_strings() -> dict[str, list[str]]:
    """Edition 2's payload texts by kind (the same kinds as edition 1's ``payload_strings``)."""
    return {
        "slogans": [s for voice in VOICES.values() for s in voice.slogans]
        + [s for items in OWN_LANGUAGE.values() for s in items],
        "deface": _voices(),
        "spam": [a for items in ANCHORS.values() for a in items]
        + [s for items in DOMAIN_STEMS.values() for s in items],
        "script-domains": list(LOOKALIKES),
        "headlines": [t for pairs in HEADLINES.values() for pair in pairs for t in pair],
        "vendors": [urlsplit(url.format(id="0")).hostname or url for url, _ in VENDORS],
        "pages": _page_texts(),
    }
