"""Which variant item ``index`` of a family uses in edition 6: styles, languages, techniques, shapes
and templates are dealt in turn so that every one of them appears."""

from __future__ import annotations

from .data.spam import ANCHORS
from .data.templates import TEMPLATES
from .data.voices import VOICES
from .hiding import HIDING
from .inject import SHAPES
from .render import OWN_TEMPLATES
from .script_styles import STYLES
from .tamper import FOREIGN_ONLY, OWN_ONLY
from .tamper import STYLES as TAMPER_STYLES

OWN_LANGS = ("de", "en")  # the dev pages' own languages (``own`` picks the page's)
FOREIGN_LANGS = tuple(lang for lang in VOICES if lang not in OWN_LANGS)
INJECT_LANGS = ("own", "en", *FOREIGN_LANGS)
REPLACE_TEMPLATES = (*TEMPLATES, *OWN_TEMPLATES)
TECHNIQUES = tuple(HIDING)
SHAPE_NAMES = tuple(SHAPES)
SCRIPT_STYLES = tuple(STYLES)
TAMPER = tuple(TAMPER_STYLES)
SPAM_LANGS = tuple(ANCHORS)
AD_HEAVY_EVERY = 5  # every fifth script item lands on an ad-heavy page
# legit-hard kinds in turn (of 20): 20 % attack teasers added, 10 % swapped in, 15 % vendors,
# 15 % redesign jumps, 10 % live tickers, 5 % banners, 5 % mourning, 5 % language versions,
# 5 % contact lines, 10 % opinion pieces
LEGIT_KINDS = (
    ("hack-teaser",) * 4
    + ("hack-swap",) * 2
    + ("vendor",) * 3
    + ("redesign",) * 3
    + ("live-ticker",) * 2
    + ("site-banner",)
    + ("mourning",)
    + ("language-version",)
    + ("contact-line",)
    + ("opinion",) * 2
)


def _tamper_own(index: int) -> bool:
    style = TAMPER[index % len(TAMPER)]
    return style in OWN_ONLY or (style not in FOREIGN_ONLY and (index // len(TAMPER)) % 2 == 1)


def _tamper(index: int) -> dict[str, object]:
    style = TAMPER[index % len(TAMPER)]
    if _tamper_own(index):
        return {"style": style, "lang": "own"}
    foreign = sum(1 for n in range(index) if not _tamper_own(n))
    return {"style": style, "lang": FOREIGN_LANGS[foreign % len(FOREIGN_LANGS)]}


def variant(family: str, index: int) -> dict[str, object]:
    if family == "tamper":
        return _tamper(index)
    if family == "inject":
        return {
            "shape": SHAPE_NAMES[index % len(SHAPE_NAMES)],
            "lang": INJECT_LANGS[(index * 7 + 1) % len(INJECT_LANGS)],
        }
    if family == "replace":
        return {
            "template": REPLACE_TEMPLATES[index % len(REPLACE_TEMPLATES)],
            "lang": ("de", "en", *FOREIGN_LANGS)[(index * 5 + 2) % (len(FOREIGN_LANGS) + 2)],
        }
    if family == "seo-spam":
        first = SPAM_LANGS[index % len(SPAM_LANGS)]
        langs = {first}
        if index % 3 == 1:
            langs.add(SPAM_LANGS[(index * 5 + 3) % len(SPAM_LANGS)])
        if index % 5 == 2:
            langs.add(SPAM_LANGS[(index * 7 + 1) % len(SPAM_LANGS)])
        return {"technique": TECHNIQUES[(index * 3) % len(TECHNIQUES)], "langs": sorted(langs)}
    if family == "script":
        return {"style": SCRIPT_STYLES[index % len(SCRIPT_STYLES)], "ad_heavy": index % AD_HEAVY_EVERY == 3}
    if family == "legit-hard":
        return {"kind": LEGIT_KINDS[(index * 7) % len(LEGIT_KINDS)]}
    raise ValueError(family)
