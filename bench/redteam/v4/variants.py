"""Which variant item ``index`` of a family uses in edition 4: styles, languages, techniques and
templates are dealt in turn so that every one of them appears."""

from __future__ import annotations

from .data.spam import ANCHORS
from .data.templates import TEMPLATES
from .data.voices import VOICES
from .hiding import HIDING
from .render import OWN_TEMPLATE
from .script_styles import STYLES
from .tamper import FOREIGN_ONLY, OWN_ONLY
from .tamper import STYLES as TAMPER_STYLES

LANGS = tuple(VOICES)
FOREIGN_LANGS = tuple(lang for lang in VOICES if lang not in ("de", "en"))
TEMPLATE_NAMES = tuple(TEMPLATES)
REPLACE_TEMPLATES = (*TEMPLATE_NAMES, OWN_TEMPLATE)
TECHNIQUES = tuple(HIDING)
SCRIPT_STYLES = tuple(STYLES)
TAMPER = tuple(TAMPER_STYLES)
SPAM_LANGS = tuple(ANCHORS)
AD_HEAVY_EVERY = 4  # every fourth script item lands on an ad-heavy page
# legit-hard kinds in turn (of 20): 20 % attack news, 10 % rewritten teasers, 5 % opinion, 10 % live
# tickers, 20 % vendors, 15 % redesign jumps, 10 % banners, 5 % contact lines, 5 % language versions
LEGIT_KINDS = (
    ("teaser",) * 4
    + ("swap",) * 2
    + ("opinion",)
    + ("ticker",) * 2
    + ("vendor",) * 4
    + ("redesign",) * 3
    + ("banner",) * 2
    + ("contact",)
    + ("language",)
)


def _tamper_own(index: int) -> bool:
    style = TAMPER[index % len(TAMPER)]
    return style in OWN_ONLY or (style not in FOREIGN_ONLY and (index // len(TAMPER)) % 2 == 0)


def variant(family: str, index: int) -> dict[str, object]:
    if family == "tamper":
        if _tamper_own(index):
            return {"style": TAMPER[index % len(TAMPER)], "lang": "own"}
        foreign = sum(1 for n in range(index) if not _tamper_own(n))  # foreign languages in turn
        return {"style": TAMPER[index % len(TAMPER)], "lang": FOREIGN_LANGS[foreign % len(FOREIGN_LANGS)]}
    if family == "inject":
        return {"lang": LANGS[(index * 7 + 1) % len(LANGS)]}
    if family == "replace":
        return {
            "template": REPLACE_TEMPLATES[index % len(REPLACE_TEMPLATES)],
            "lang": LANGS[(index * 3 + 4) % len(LANGS)],
        }
    if family == "seo-spam":
        first = SPAM_LANGS[index % len(SPAM_LANGS)]
        langs = [first] if index % 3 else [first, SPAM_LANGS[(index * 4 + 1) % len(SPAM_LANGS)]]
        return {"technique": TECHNIQUES[(index * 7) % len(TECHNIQUES)], "langs": sorted(set(langs))}
    if family == "script":
        return {"style": SCRIPT_STYLES[index % len(SCRIPT_STYLES)], "ad_heavy": index % AD_HEAVY_EVERY == 3}
    if family == "legit-hard":
        return {"kind": LEGIT_KINDS[(index * 7) % len(LEGIT_KINDS)]}
    raise ValueError(family)
