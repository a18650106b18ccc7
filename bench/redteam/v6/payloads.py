"""Every fixed text edition 6 writes into pages, gathered for the disjointness tests."""

from __future__ import annotations

from urllib.parse import urlsplit

from .data.hosts import LOOKALIKES
from .data.legit import VENDORS
from .data.news import BANNERS, CONTACT_LINES, HEADLINES, LANGUAGE_VERSIONS, OPINION, TICKER
from .data.own import CAPTIONS, EYEBROW, META, NOTICES, PARAPHRASE, TEASERS
from .data.own import CONTACT_LINES as OWN_CONTACT_LINES
from .data.own import HEADLINES as OWN_HEADLINES
from .data.own import TICKER as OWN_TICKER
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
    found = [
        s
        for table in (OWN_HEADLINES, TEASERS, CAPTIONS, OWN_TICKER, EYEBROW)
        for items in table.values()
        for s in items
    ]
    found += [s for items in META.values() for pair in items for s in pair]
    found += [s for items in NOTICES.values() for _, heading, text in items for s in (heading, text)]
    for table in (PARAPHRASE, OWN_CONTACT_LINES):
        found += [
            part.strip() for items in table.values() for s in items for part in s.split("{") if len(part) > 8
        ]
    return found


def _page_texts() -> list[str]:
    found = list(WIDER_LINE.values())
    for lang in {p.code: p for p in PAGE_LANGS}.values():
        found += [name for name, _ in lang.sites] + [domain for _, domain in lang.sites]
        found += [
            lang.footer,
            *lang.article,
            *lang.headlines,
            *lang.notice,
            *lang.product[:2],
            *lang.blog,
            *lang.forum,
        ]
        found += [*lang.docs, *lang.maintenance, *lang.soon, *lang.landing, *lang.not_found, lang.parked]
        found += [*lang.gate[:2], *lang.app, *lang.event, *lang.memorial]
    return found


def payload_strings() -> dict[str, list[str]]:
    """Edition 6's payload texts by kind (the kinds of the earlier editions)."""
    return {
        "slogans": [s for voice in VOICES.values() for s in (*voice.slogans, *voice.plain)],
        "own-language": _own(),
        "deface": _voices(),
        "spam": [a for items in ANCHORS.values() for a in items]
        + [s for items in DOMAIN_STEMS.values() for s in items],
        "script-domains": list(LOOKALIKES),
        "headlines": [t for pairs in HEADLINES.values() for pair in pairs for t in pair],
        "vendors": [urlsplit(url.format(id="0")).hostname or url for url, _ in VENDORS],
        "banners": [text for items in BANNERS.values() for _, text in items]
        + [s for table in (TICKER, OPINION) for items in table.values() for s in items]
        + [label for _, label in LANGUAGE_VERSIONS]
        + [
            part.strip()
            for items in CONTACT_LINES.values()
            for s in items
            for part in s.split("{")
            if len(part) > 8
        ],
        "pages": _page_texts(),
    }
