"""Which variant item ``index`` of a family uses (edition 9): dealt in turn so every language,
shape, look, technique, style and legit kind appears."""

from __future__ import annotations

from typing import Any

from .data.slogans import SLOGANS
from .data.spam import ANCHORS
from .deface_look import LOOKS
from .hiding import HIDING
from .inject import SHAPES
from .script_styles import STYLES
from .tamper import WAYS

LEGIT_KINDS = (
    ("hack-news-teaser", 50),
    ("ad-vendor-tag", 30),
    ("redesign", 30),
    ("service-notice-band", 25),
    ("breaking-news-band", 25),
    ("mourning-greyscale-day", 15),
    ("liveblog-embed-frame", 25),
)
SECOND_LANG_EVERY = 3


def legit_kind(index: int) -> str:
    total = sum(n for _, n in LEGIT_KINDS)
    spot = (index * 7) % total  # spread the kinds over the index range
    for kind, count in LEGIT_KINDS:
        if spot < count:
            return kind
        spot -= count
    return LEGIT_KINDS[-1][0]


def variant(family: str, index: int) -> dict[str, Any]:
    langs = sorted(SLOGANS)
    if family == "tamper":
        return {"way": WAYS[index % len(WAYS)]}
    if family == "inject":
        return {"lang": langs[index % len(langs)], "shape": SHAPES[(index // 2) % len(SHAPES)]}
    if family == "replace":
        return {"lang": langs[(index * 5) % len(langs)], "look": LOOKS[index % len(LOOKS)]}
    if family == "seo-spam":
        spam = sorted(ANCHORS)
        first = spam[index % len(spam)]
        chosen = [first] if index % SECOND_LANG_EVERY else [first, spam[(index * 4 + 3) % len(spam)]]
        techniques = sorted(HIDING)
        return {"technique": techniques[index % len(techniques)], "langs": sorted(set(chosen))}
    if family == "script":
        styles = sorted(STYLES)
        return {"style": styles[index % len(styles)]}
    return {"kind": legit_kind(index)}
