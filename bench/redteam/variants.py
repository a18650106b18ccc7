"""Which variant item ``index`` of a family uses: languages, techniques, styles and templates are
dealt in turn so that every one of them appears."""

from __future__ import annotations

from .data.deface_text import TEXTS
from .data.slogans import SLOGANS
from .data.spam_anchors import ANCHORS
from .deface_render import TEMPLATES
from .hiding import HIDING
from .script_styles import STYLES

SLOGAN_LANGS = tuple(SLOGANS)
TEXT_LANGS = tuple(TEXTS)
TEMPLATE_NAMES = tuple(TEMPLATES)
TECHNIQUES = tuple(HIDING)
SCRIPT_STYLES = tuple(STYLES)
SPAM_LANGS = tuple(ANCHORS)
# legit-hard kinds in turn: 50 % hacker teasers, 30 % vendor tags, 20 % redesign jumps
LEGIT_KINDS = (
    "teaser",
    "vendor",
    "teaser",
    "redesign",
    "teaser",
    "vendor",
    "teaser",
    "redesign",
    "vendor",
    "teaser",
)


def variant(family: str, index: int) -> dict[str, object]:
    if family == "tamper":
        return {"lang": SLOGAN_LANGS[index % len(SLOGAN_LANGS)]}
    if family == "inject":
        return {"lang": TEXT_LANGS[index % len(TEXT_LANGS)]}
    if family == "replace":
        return {
            "template": TEMPLATE_NAMES[index % len(TEMPLATE_NAMES)],
            "lang": TEXT_LANGS[(index * 7 + index // len(TEMPLATE_NAMES)) % len(TEXT_LANGS)],
        }
    if family == "seo-spam":
        first = SPAM_LANGS[index % len(SPAM_LANGS)]
        langs = [first] if index % 3 else [first, SPAM_LANGS[(index * 5 + 1) % len(SPAM_LANGS)]]
        return {"technique": TECHNIQUES[index % len(TECHNIQUES)], "langs": sorted(set(langs))}
    if family == "script":
        return {"style": SCRIPT_STYLES[index % len(SCRIPT_STYLES)]}
    if family == "legit-hard":
        return {"kind": LEGIT_KINDS[index % len(LEGIT_KINDS)]}
    raise ValueError(family)
