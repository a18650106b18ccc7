"""Which variant item ``index`` of a family uses in edition 5: styles, languages, techniques, shapes
and templates are dealt in turn so that every one of them appears."""

from __future__ import annotations

from .data.spam import ANCHORS
from .data.templates import TEMPLATES
from .data.voices import VOICES
from .hiding import HIDING
from .inject import SHAPES
from .render import OWN_TEMPLATE
from .script_styles import STYLES
from .tamper import FOREIGN_ONLY, OWN_ONLY, RTL_LANGS
from .tamper import STYLES as TAMPER_STYLES

LANGS = tuple(VOICES)
FOREIGN_LANGS = tuple(lang for lang in VOICES if lang not in ("de", "en"))
TEMPLATE_NAMES = tuple(TEMPLATES)
REPLACE_TEMPLATES = (*TEMPLATE_NAMES, OWN_TEMPLATE)
TECHNIQUES = tuple(HIDING)
SHAPE_NAMES = tuple(SHAPES)
SCRIPT_STYLES = tuple(STYLES)
TAMPER = tuple(TAMPER_STYLES)
SPAM_LANGS = tuple(ANCHORS)
AD_HEAVY_EVERY = 5  # every fifth script item lands on an ad-heavy page
# legit-hard kinds in turn (of 20): 25 % attack teasers (added), 10 % attack teasers (replacing one),
# 20 % vendors, 15 % redesign jumps, 10 % coloured breaking lines, 10 % social links, 10 % notices
LEGIT_KINDS = (
    ("hack-teaser",) * 5
    + ("hack-swap",) * 2
    + ("vendor",) * 4
    + ("redesign",) * 3
    + ("coloured-line",) * 2
    + ("social-links",) * 2
    + ("notice",) * 2
)
STYLE_LANGS = {"rtl-isolated-headlines": RTL_LANGS, "portal-link-swap": ("zh-Hans", "zh-Hant")}


def _tamper_own(index: int) -> bool:
    style = TAMPER[index % len(TAMPER)]
    return style in OWN_ONLY or (style not in FOREIGN_ONLY and (index // len(TAMPER)) % 2 == 0)


def _tamper(index: int) -> dict[str, object]:
    style = TAMPER[index % len(TAMPER)]
    if _tamper_own(index):
        return {"style": style, "lang": "own"}
    if style in STYLE_LANGS:
        langs = STYLE_LANGS[style]
        return {"style": style, "lang": langs[(index // len(TAMPER)) % len(langs)]}
    foreign = sum(
        1 for n in range(index) if not _tamper_own(n) and TAMPER[n % len(TAMPER)] not in STYLE_LANGS
    )
    return {"style": style, "lang": FOREIGN_LANGS[foreign % len(FOREIGN_LANGS)]}


def variant(family: str, index: int) -> dict[str, object]:
    if family == "tamper":
        return _tamper(index)
    if family == "inject":
        return {"shape": SHAPE_NAMES[index % len(SHAPE_NAMES)], "lang": LANGS[(index * 5 + 2) % len(LANGS)]}
    if family == "replace":
        return {
            "template": REPLACE_TEMPLATES[index % len(REPLACE_TEMPLATES)],
            "lang": LANGS[(index * 7 + 3) % len(LANGS)],
        }
    if family == "seo-spam":
        first = SPAM_LANGS[index % len(SPAM_LANGS)]
        langs = {first}
        if index % 3 == 0:
            langs.add(SPAM_LANGS[(index * 5 + 2) % len(SPAM_LANGS)])
        if index % 7 == 0:
            langs.add(SPAM_LANGS[(index * 3 + 1) % len(SPAM_LANGS)])
        return {"technique": TECHNIQUES[(index * 5) % len(TECHNIQUES)], "langs": sorted(langs)}
    if family == "script":
        return {"style": SCRIPT_STYLES[index % len(SCRIPT_STYLES)], "ad_heavy": index % AD_HEAVY_EVERY == 4}
    if family == "legit-hard":
        return {"kind": LEGIT_KINDS[(index * 7) % len(LEGIT_KINDS)]}
    raise ValueError(family)
