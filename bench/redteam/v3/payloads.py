"""Every fixed text edition 3 writes into pages, gathered for the disjointness tests."""

from __future__ import annotations

from urllib.parse import urlsplit

from .data.hosts import LOOKALIKES
from .data.legit import BANNERS, LANGUAGE_MENU, VENDORS
from .data.news import HEADLINES
from .data.own import BANNER_LINES, CAPTIONS, ECHO, NAV_WORDS, OWN_SLOGANS
from .data.people import CONTACTS, EMAILS, HANDLES, TEAMS
from .data.spam import ANCHORS, DOMAIN_STEMS
from .data.voices import VOICES
from .pages import PAGE_LANGS


def _voices() -> list[str]:
    found: list[str] = []
    for voice in VOICES.values():
        for title in voice.titles:
            found += [part.strip() for part in title.split("{team}") if part.strip()]
        found += [*voice.lines, voice.greet, voice.signoff]
    return [*found, *TEAMS, *HANDLES, *CONTACTS, *EMAILS]


_PUNCT = " ?:\u2013\u201e\u201c\u201d"  # the echo templates' punctuation around {words}


def _own() -> list[str]:
    found = [s for items in OWN_SLOGANS.values() for s in items]
    for items in ECHO.values():
        found += [part.strip(_PUNCT) for t in items for part in t.split("{words}") if part.strip(_PUNCT)]
    for table in (BANNER_LINES, NAV_WORDS, CAPTIONS):
        found += [s for items in table.values() for s in items]
    return found


def _page_texts() -> list[str]:
    found = []
    for lang in {p.code: p for p in PAGE_LANGS}.values():
        found += [name for name, _ in lang.sites] + [domain for _, domain in lang.sites]
        found += [lang.footer]
        for headline, paragraphs in lang.news + lang.hack_news + lang.notices + lang.company:
            found += [headline, *paragraphs]
    return found


def payload_strings() -> dict[str, list[str]]:
    """Edition 3's payload texts by kind (the kinds of editions 1 and 2, plus tamper material in
    the dev pages' own languages and the legit-hard banners and language menus)."""
    return {
        "slogans": [s for voice in VOICES.values() for s in voice.slogans],
        "own-language": _own(),
        "deface": _voices(),
        "spam": [a for items in ANCHORS.values() for a in items]
        + [s for items in DOMAIN_STEMS.values() for s in items],
        "script-domains": list(LOOKALIKES),
        "headlines": [t for pairs in HEADLINES.values() for pair in pairs for t in pair],
        "vendors": [urlsplit(url.format(id="0")).hostname or url for url, _ in VENDORS],
        "banners": [text for items in BANNERS.values() for _, text in items]
        + [label for _, label in LANGUAGE_MENU],
        "pages": _page_texts(),
    }
