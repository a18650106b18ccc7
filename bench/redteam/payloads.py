"""Every fixed text the generator writes into pages, gathered for the disjointness test."""

from __future__ import annotations

from urllib.parse import urlsplit

from .data.deface_people import EMAILS, HANDLES, TEAMS, TELEGRAM
from .data.deface_text import TEXTS
from .data.hacker_news import HEADLINES_DE, HEADLINES_EN
from .data.pages_all import LANGS
from .data.script_hosts import LOOKALIKES
from .data.slogans import SLOGANS
from .data.spam_anchors import ANCHORS, DOMAIN_STEMS
from .data.vendors import VENDORS


def _deface_texts() -> list[str]:
    found = []
    for text in TEXTS.values():
        for title in text.titles:
            found += [part.strip() for part in title.split("{team}") if part.strip()]
        found += [*text.lines, text.greet, text.signoff]
    return [*found, *TEAMS, *HANDLES, *TELEGRAM, *EMAILS]


def _page_texts() -> list[str]:
    found = []
    for lang in LANGS:
        found += [name for name, _ in lang.sites] + [domain for _, domain in lang.sites]
        found += [lang.footer]
        for headline, paragraphs in lang.news + lang.hack_news + lang.notices + lang.company:
            found += [headline, *paragraphs]
    return found


def payload_strings() -> dict[str, list[str]]:
    """Payload texts by kind: slogans, defacement texts, spam anchors and domains, script domains,
    legit-hard headlines and vendor domains, and the legit pages' own texts."""
    return {
        "slogans": [s for items in SLOGANS.values() for s in items],
        "deface": _deface_texts(),
        "spam": [a for items in ANCHORS.values() for a in items]
        + [s for items in DOMAIN_STEMS.values() for s in items],
        "script-domains": list(LOOKALIKES),
        "headlines": [t for pair in HEADLINES_DE + HEADLINES_EN for t in pair],
        "vendors": [urlsplit(url.format(id="0")).hostname or url for url, _ in VENDORS],
        "pages": _page_texts(),
    }
