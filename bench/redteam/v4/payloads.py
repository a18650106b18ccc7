"""Every fixed text edition 4 writes into pages, gathered for the disjointness tests."""

from __future__ import annotations

from urllib.parse import urlsplit

from .data.hosts import LOOKALIKES
from .data.legit import BANNERS, CONTACT_LINES, LANGUAGE_VERSIONS, VENDORS
from .data.news import HEADLINES, OPINION, TICKER
from .data.own import CAPTIONS, DESCRIPTIONS, ECHO, FOOTER, NAV_WORDS, NOTICES, SAME_REGISTER, TEASERS
from .data.own import TICKER as OWN_TICKER
from .data.people import CONTACTS, EMAILS, HANDLES, TEAMS
from .data.spam import ANCHORS, DOMAIN_STEMS
from .data.voices import VOICES
from .pages import PAGE_LANGS, WIDER_LINE

_PUNCT = " ?:\u2013\u201e\u201c\u201d"  # the templates' punctuation around {words} and {handle}


def _parts(templates: dict[str, tuple[str, ...]], field: str) -> list[str]:
    return [
        p.strip(_PUNCT)
        for items in templates.values()
        for t in items
        for p in t.split(field)
        if p.strip(_PUNCT)
    ]


def _voices() -> list[str]:
    found: list[str] = []
    for voice in VOICES.values():
        for title in voice.titles:
            found += [part.strip() for part in title.split("{team}") if part.strip()]
        found += [*voice.lines, voice.greet, voice.signoff]
    return [*found, *TEAMS, *HANDLES, *CONTACTS, *EMAILS]


def _own() -> list[str]:
    found = _parts(ECHO, "{words}") + _parts(FOOTER, "{handle}")
    for table in (SAME_REGISTER, NOTICES, OWN_TICKER, TEASERS, NAV_WORDS, CAPTIONS, DESCRIPTIONS):
        found += [s for items in table.values() for s in items]
    return found


def _page_texts() -> list[str]:
    found = list(WIDER_LINE.values())
    for lang in {p.code: p for p in PAGE_LANGS}.values():
        found += [name for name, _ in lang.sites] + [domain for _, domain in lang.sites]
        found += [lang.footer]
        for headline, paragraphs in lang.news + lang.hack_news + lang.notices + lang.company:
            found += [headline, *paragraphs]
    return found


def payload_strings() -> dict[str, list[str]]:
    """Edition 4's payload texts by kind (the kinds of the earlier editions, plus its tamper
    material in the dev pages' own languages and its legit-hard tickers, opinions and contacts)."""
    return {
        "slogans": [s for voice in VOICES.values() for s in voice.slogans],
        "own-language": _own(),
        "deface": _voices(),
        "spam": [a for items in ANCHORS.values() for a in items]
        + [s for items in DOMAIN_STEMS.values() for s in items],
        "script-domains": list(LOOKALIKES),
        "headlines": [
            t for pairs in (*HEADLINES.values(), *OPINION.values()) for pair in pairs for t in pair
        ],
        "vendors": [urlsplit(url.format(id="0")).hostname or url for url, _ in VENDORS],
        "banners": [text for items in BANNERS.values() for _, text in items]
        + [label for _, label in LANGUAGE_VERSIONS]
        + [s for items in (*TICKER.values(), *CONTACT_LINES.values()) for s in items],
        "pages": _page_texts(),
    }
