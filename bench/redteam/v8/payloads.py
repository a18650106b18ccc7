"""Every fixed text edition 8 writes into pages, gathered for the disjointness tests."""

from __future__ import annotations

from dataclasses import astuple
from urllib.parse import urlsplit

from .data import legit_text as t
from .data.hosts import LOOKALIKES
from .data.spam import ANCHORS, DOMAIN_STEMS
from .data.voices import VOICES
from .pages import PAGE_LANGS


def _voices() -> list[str]:
    return [s for v in VOICES.values() for s in (*v.titles, *v.lines, *v.crews)]


def _legit_hard() -> list[str]:
    found = [s for pairs in t.ATTACK_REPORTS.values() for pair in pairs for s in pair]
    for table in (t.COOKIE, t.ELECTION, t.WARNING, t.NEWSLETTER, t.APP):
        found += [s for texts in table.values() for s in texts]
    found += [label for label, items in t.TICKER.values()] + [
        i for _, items in t.TICKER.values() for i in items
    ]
    found += [*t.MOURNING.values(), *t.CORRECTION.values()]
    return found


def _pages() -> list[str]:
    found: list[str] = []
    for pb in PAGE_LANGS:
        for value in astuple(pb)[2:-1]:
            found += list(value) if isinstance(value, tuple) else [value.replace("{url}", "")]
    return found


def payload_strings() -> dict[str, list[str]]:
    """Payload texts by kind: attacker voices, spam anchors and domain stems, script hosts,
    legit-hard texts and vendor hosts, and the legit pages' own texts."""
    return {
        "voices": _voices(),
        "spam": [a for items in ANCHORS.values() for a in items]
        + [s for items in DOMAIN_STEMS.values() for s in items],
        "script-domains": list(LOOKALIKES),
        "legit-hard": _legit_hard(),
        "vendors": [urlsplit(url.format(id="0")).hostname or url for url in t.VENDORS],
        "pages": _pages(),
    }
