"""Which payload each item of a family gets: languages, looks, techniques and styles dealt in turn."""

from __future__ import annotations

from typing import Any

from .data.slogans import SLOGANS
from .data.spam import ANCHORS
from .deface import LOOKS
from .hiding import HIDING
from .inject import BLOCKS
from .legit import KIND_COUNTS
from .script_styles import STYLES
from .tamper import WAYS

MAX_SPAM_LANGS = 3


def legit_plan() -> list[str]:
    """The legit-hard kinds, interleaved so that every stretch of items mixes them."""
    slots = [(n / count, kind) for kind, count in KIND_COUNTS.items() for n in range(count)]
    return [kind for _, kind in sorted(slots)]


def variant(family: str, index: int) -> dict[str, Any]:
    langs = list(SLOGANS)
    if family == "tamper":
        return {"way": list(WAYS)[index % len(WAYS)]}
    if family == "inject":
        return {"lang": langs[index % len(langs)], "block": list(BLOCKS)[(index // 2) % len(BLOCKS)]}
    if family == "replace":
        return {"lang": langs[(index * 7) % len(langs)], "look": list(LOOKS)[index % len(LOOKS)]}
    if family == "seo-spam":
        spam = list(ANCHORS)
        count = 1 + index % MAX_SPAM_LANGS
        chosen = [spam[(index * 5 + k * 3) % len(spam)] for k in range(count)]
        return {"technique": list(HIDING)[index % len(HIDING)], "langs": sorted(set(chosen))}
    if family == "script":
        return {"style": list(STYLES)[index % len(STYLES)]}
    plan = legit_plan()
    return {"kind": plan[index % len(plan)]}
