# ruff: noqa: RUF001 - full-width CJK punctuation is the text itself
"""Every attacker-written string of the edition, by kind, for the disjointness check."""

from __future__ import annotations

from .slogans import CREWS, GREETINGS, HANDLES, SLOGANS, TAMPER, TEASERS
from .spam import (
    AUDIO_HOSTS,
    IFRAME_TARGETS,
    IMAGE_HOSTS,
    REDIRECT_TARGETS,
    SCRIPT_HOSTS,
    SKIMMER_HOSTS,
    SPAM,
)


def _host(url: str) -> str:
    return url.split("://", 1)[-1].split("/", 1)[0]


def payload_strings() -> dict[str, list[str]]:
    return {
        "crew": list(CREWS) + list(HANDLES),
        "slogan": [line for lines in SLOGANS.values() for line in lines] + list(GREETINGS),
        "tamper": [line.format(n="").strip("，、, ") for lines in TAMPER.values() for line in lines]
        + [line for lines in TEASERS.values() for line in lines],
        "spam anchor": [anchor for pairs in SPAM.values() for anchor, _ in pairs],
        "spam domain": [domain for pairs in SPAM.values() for _, domain in pairs],
        "script host": [_host("https://" + h) for h in SCRIPT_HOSTS + SKIMMER_HOSTS]
        + [_host(u) for u in REDIRECT_TARGETS + IFRAME_TARGETS + IMAGE_HOSTS + AUDIO_HOSTS],
    }
