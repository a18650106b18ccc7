"""Every fixed text the CJK edition's attacks write into pages, gathered for the disjointness test."""

from __future__ import annotations

from urllib.parse import urlsplit

from .data.attackers import CREWS, FAKE_NOTICES, HANDLES, LINES, MOCKERY, SLOGANS, TITLES
from .data.hosts import FRESH, LOOKALIKES, REDIRECT_TARGETS
from .data.spam import ANCHORS, DOMAIN_STEMS


def _parts(templates: tuple[str, ...]) -> list[str]:
    """Each template as pages show it: with every crew's name."""
    return [t.format(crew=crew) for t in templates for crew in CREWS]


def payload_strings() -> dict[str, list[str]]:
    """The CJK edition's payload texts by kind (the kinds of the other editions)."""
    return {
        "slogans": [s for items in SLOGANS.values() for s in items],
        "own-language": [s.replace("{name}", "") for items in FAKE_NOTICES.values() for s in items]
        + [part for items in MOCKERY.values() for part in _parts(items)],
        "deface": [*CREWS, *HANDLES, *(s for items in LINES.values() for s in items)]
        + [part for items in TITLES.values() for part in _parts(items)],
        "spam": [a for items in ANCHORS.values() for a in items] + list(DOMAIN_STEMS),
        "script-domains": [*LOOKALIKES, *FRESH, *(urlsplit(u).hostname or u for u in REDIRECT_TARGETS)],
    }
