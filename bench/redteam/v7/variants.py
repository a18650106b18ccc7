"""Which variant item ``index`` of a family uses in edition 7: styles, languages, techniques, shapes
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

DEFACE_LANGS = tuple(VOICES)
FOREIGN_LANGS = tuple(lang for lang in VOICES if lang not in ("de", "en"))
INJECT_LANGS = (
    "own",
    *FOREIGN_LANGS[:7],
    "en",
    "own",
    *FOREIGN_LANGS[7:14],
    "own",
    "en",
    *FOREIGN_LANGS[14:],
)
TEMPLATE_NAMES = tuple(TEMPLATES)
REPLACE_TEMPLATES = (*TEMPLATE_NAMES, *OWN_TEMPLATES)
TECHNIQUES = tuple(HIDING)
SHAPE_NAMES = tuple(SHAPES)
SCRIPT_STYLES = tuple(STYLES)
TAMPER = tuple(TAMPER_STYLES)
SPAM_LANGS = tuple(ANCHORS)
AD_HEAVY_EVERY = 5  # every fifth script item lands on an ad-heavy page
# legit-hard kinds in turn (of 20)
LEGIT_KINDS = (
    ("attack-report",) * 4
    + ("attack-swap",) * 2
    + ("opinion",) * 2
    + ("live-line",) * 2
    + ("banner",) * 2
    + ("channel",) * 2
    + ("language-version",)
    + ("vendor",) * 3
    + ("redesign",) * 2
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
            "lang": INJECT_LANGS[(index * 3) % len(INJECT_LANGS)],
        }
    if family == "replace":
        return {
            "template": REPLACE_TEMPLATES[index % len(REPLACE_TEMPLATES)],
            "lang": DEFACE_LANGS[(index * 7 + 3) % len(DEFACE_LANGS)],
        }
    if family == "seo-spam":
        count = 1 + (index % 3 == 0) + (index % 7 == 0)
        langs = sorted({SPAM_LANGS[(index + stride * 4) % len(SPAM_LANGS)] for stride in range(count)})
        return {"technique": TECHNIQUES[index % len(TECHNIQUES)], "langs": langs}
    if family == "script":
        return {"style": SCRIPT_STYLES[index % len(SCRIPT_STYLES)], "ad_heavy": index % AD_HEAVY_EVERY == 4}
    if family == "legit-hard":
        return {"kind": LEGIT_KINDS[(index * 7) % len(LEGIT_KINDS)]}
    raise ValueError(family)
