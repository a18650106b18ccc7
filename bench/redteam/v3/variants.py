"""Which variant item ``index`` of a family uses in edition 3: styles, languages, techniques and
templates are dealt in turn so that every one of them appears."""

from __future__ import annotations

from .data.spam import ANCHORS
from .data.templates import TEMPLATES
from .data.voices import VOICES
from .hiding import HIDING
from .script_styles import STYLES
from .tamper import STYLES as TAMPER_STYLES

LANGS = tuple(VOICES)
TEMPLATE_NAMES = tuple(TEMPLATES)
TECHNIQUES = tuple(HIDING)
SCRIPT_STYLES = tuple(STYLES)
TAMPER = tuple(TAMPER_STYLES)
SPAM_LANGS = tuple(ANCHORS)
OWN_ONLY = frozenset({"echo-own-words"})  # styles that always write the page's own language
# legit-hard kinds in turn (of 20): 25 % new attack teasers, 10 % a teaser rewritten to one, 25 %
# vendor tags, 15 % redesign jumps, 15 % site-wide banners, 10 % language menus
LEGIT_KINDS = (
    ("teaser",) * 5
    + ("swap",) * 2
    + ("vendor",) * 5
    + ("redesign",) * 3
    + ("banner",) * 3
    + ("language",) * 2
)


def variant(family: str, index: int) -> dict[str, object]:
    if family == "tamper":
        style = TAMPER[index % len(TAMPER)]
        own = style in OWN_ONLY or (index // len(TAMPER)) % 3 == 0
        return {"style": style, "lang": "own" if own else LANGS[(index * 5 + 1) % len(LANGS)]}
    if family == "inject":
        return {"lang": LANGS[(index * 7) % len(LANGS)]}
    if family == "replace":
        return {
            "template": TEMPLATE_NAMES[index % len(TEMPLATE_NAMES)],
            "lang": LANGS[(index * 3 + 2) % len(LANGS)],
        }
    if family == "seo-spam":
        first = SPAM_LANGS[index % len(SPAM_LANGS)]
        langs = [first] if index % 3 else [first, SPAM_LANGS[(index * 5 + 3) % len(SPAM_LANGS)]]
        return {"technique": TECHNIQUES[(index * 5) % len(TECHNIQUES)], "langs": sorted(set(langs))}
    if family == "script":
        return {"style": SCRIPT_STYLES[index % len(SCRIPT_STYLES)]}
    if family == "legit-hard":
        return {"kind": LEGIT_KINDS[(index * 7) % len(LEGIT_KINDS)]}
    raise ValueError(family)
