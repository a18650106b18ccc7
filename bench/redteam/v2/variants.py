"""Which variant item ``index`` of a family uses in edition 2: languages, techniques, styles and
templates are dealt in turn so that every one of them appears."""

from __future__ import annotations

from .data.spam import ANCHORS
from .data.templates import TEMPLATES
from .data.voices import VOICES
from .hiding import HIDING
from .script_styles import STYLES

LANGS = tuple(VOICES)
TEMPLATE_NAMES = tuple(TEMPLATES)
TECHNIQUES = tuple(HIDING)
SCRIPT_STYLES = tuple(STYLES)
SPAM_LANGS = tuple(ANCHORS)
# legit-hard kinds in turn: 40 % new hacking teasers, 10 % a teaser slot rewritten to one,
# 30 % vendor tags, 20 % jumps to a much later real capture
LEGIT_KINDS = (
    "teaser",
    "vendor",
    "redesign",
    "teaser",
    "swap",
    "vendor",
    "teaser",
    "redesign",
    "vendor",
    "teaser",
)


def variant(family: str, index: int) -> dict[str, object]:
    if family == "tamper":  # two in three in the page's own language, the rest in another one
        return {"lang": "own" if index % 3 != 2 else LANGS[(index // 3) % len(LANGS)]}
    if family == "inject":
        return {"lang": LANGS[(index * 5) % len(LANGS)]}
    if family == "replace":
        return {
            "template": TEMPLATE_NAMES[index % len(TEMPLATE_NAMES)],
            "lang": LANGS[(index * 11 + 3) % len(LANGS)],
        }
    if family == "seo-spam":
        first = SPAM_LANGS[index % len(SPAM_LANGS)]
        langs = [first] if index % 4 else [first, SPAM_LANGS[(index * 7 + 2) % len(SPAM_LANGS)]]
        return {"technique": TECHNIQUES[(index * 3) % len(TECHNIQUES)], "langs": sorted(set(langs))}
    if family == "script":
        return {"style": SCRIPT_STYLES[index % len(SCRIPT_STYLES)]}
    if family == "legit-hard":
        return {"kind": LEGIT_KINDS[index % len(LEGIT_KINDS)]}
    raise ValueError(family)
