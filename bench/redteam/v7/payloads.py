"""Every fixed text edition 7 writes into pages, gathered for the disjointness tests. The fixed
output of web servers' own error pages (``page_layouts.SERVER_ERRORS``) is no payload: it is what
nginx, Apache, IIS and the others print, and stays out."""

# ruff: noqa: RUF001

from __future__ import annotations

from urllib.parse import urlsplit

from .data import legit, own
from .data.hosts import LOOKALIKES
from .data.people import CONTACTS, EMAILS, HANDLES, TEAMS
from .data.spam import ANCHORS, DOMAIN_STEMS
from .data.templates import GREET_ADMIN
from .data.voices import VOICES
from .pages import PAGE_LANGS, WIDER_LINE

MIN_PAGE_TEXT = 8  # shorter page texts, and single words, are buttons and labels ("Login"), not payloads


def _voices() -> dict[str, list[str]]:
    titles: list[str] = []
    for voice in VOICES.values():
        for title in voice.titles:
            titles += [part.strip() for part in title.split("{team}") if part.strip()]
    return {
        "slogans": [s for v in VOICES.values() for s in v.slogans],
        "deface": [
            *titles,
            *(s for v in VOICES.values() for s in (*v.lines, v.greet, v.signoff)),
            *TEAMS,
            *HANDLES,
            *CONTACTS,
            *EMAILS,
            *GREET_ADMIN.values(),
        ],
        "notices": [s for v in VOICES.values() for s in v.notices],
    }


def _own() -> list[str]:
    tables = (
        own.REGISTER_HEADLINES,
        own.EMERGENCY,
        own.STATEMENTS,
        own.OVERLINES,
        own.TICKER,
        own.CAPTIONS,
        own.ALTS,
        own.META,
    )
    found = [s for table in tables for items in table.values() for s in items]
    found += [f.replace("{h}", "").strip(" –?:'„“.") for items in own.TWIST_FRAMES.values() for f in items]
    found += [c.replace("{handle}", "").strip(" :") for items in own.CONTACT_LINES.values() for c in items]
    return found


def _legit() -> list[str]:
    found = [t for items in legit.ATTACK_REPORTS.values() for pair in items for t in pair]
    found += [t for items in legit.OPINION.values() for pair in items for t in pair]
    found += [s for items in legit.LIVE_LINES.values() for s in items]
    found += [t for items in legit.BANNERS.values() for _, t in items]
    found += [label for items in legit.CHANNELS.values() for label, _ in items]
    return found


def _pages() -> list[str]:
    found = list(WIDER_LINE.values())
    for lang in {p.code: p for p in PAGE_LANGS}.values():
        found += [name for name, _ in lang.sites] + [domain for _, domain in lang.sites]
        found.append(lang.footer)
        for headline, paragraphs in (*lang.news, lang.notice, lang.blog, lang.forum, lang.docs):
            found += [headline, *paragraphs]
        for group in (
            lang.shop,
            lang.login,
            lang.search,
            lang.maintenance,
            lang.soon,
            lang.landing,
            lang.notfound,
            lang.parked,
            lang.age,
            lang.cookie,
            lang.app,
            lang.event,
            lang.memorial,
        ):
            found += list(group)
    return [s for s in found if len(s) >= MIN_PAGE_TEXT and " " in s.strip()] + [
        s
        for s in found
        if " " not in s.strip() and len(s) >= MIN_PAGE_TEXT // 2 and not s.isascii() and not s.istitle()
    ]


def payload_strings() -> dict[str, list[str]]:
    """Edition 7's payload texts by kind (the kinds of the earlier editions, and a few more)."""
    voices = _voices()
    return {
        **voices,
        "own-language": _own(),
        "spam": [a for items in ANCHORS.values() for a in items]
        + [s for items in DOMAIN_STEMS.values() for s in items],
        "script-domains": list(LOOKALIKES),
        "headlines": _legit(),
        "vendors": [urlsplit(url.format(id="0")).hostname or url for url, _ in legit.VENDORS],
        "pages": _pages(),
    }
