"""Every attacker text of CJK edition 3 by kind, for the disjointness test (none may appear in a
lexicon or rule of the detectors)."""

from __future__ import annotations

from .data.attack_text import BANNER_LINES, CREWS, FAKE_NOTICES, SCRIPT_HOSTS, SLOGANS, SPAM, SPAM_DOMAINS


def payload_strings() -> dict[str, list[str]]:
    return {
        "slogans": [s for items in SLOGANS.values() for s in items],
        "fake-notices": [s for items in FAKE_NOTICES.values() for s in items],
        "crews": [crew for crew, _, _ in CREWS],
        "deface": [line for _, _, lines in CREWS for line in lines],
        "banners": [s for items in BANNER_LINES.values() for s in items],
        "spam": [s for items in SPAM.values() for s in items],
        "spam-domains": list(SPAM_DOMAINS),
        "script-hosts": list(SCRIPT_HOSTS),
    }
