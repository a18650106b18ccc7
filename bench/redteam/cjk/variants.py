"""Which site, history shape and attack variant scenario ``index`` of a family gets: spread evenly
over sites, learning lengths, attack styles and languages."""

from __future__ import annotations

from typing import Any

from .attacks.inject import SHAPES
from .attacks.replace import TEMPLATES
from .attacks.script import STYLES as SCRIPT_STYLES
from .attacks.seo_spam import TECHNIQUES
from .attacks.tamper import STYLES as TAMPER_STYLES
from .data.attackers import LINES, TITLES
from .model import Site
from .sites import REDESIGNABLE, SITES

FAMILY_OFFSET = {
    "legit": 0,
    "legit-redesign": 0,
    "tamper": 1,
    "inject": 2,
    "replace": 3,
    "seo-spam": 4,
    "script": 5,
}
MAX_LEARN = 8
OTHER_LANGS = tuple(lang for lang in TITLES if lang in LINES)
SPAM_MIXES = (("zh",), ("zh",), ("zh", "en"), ("zh", "zh-Hant"), ("zh", "ko", "vi", "th"))


def site_for(family: str, index: int) -> Site:
    if family == "legit-redesign":
        return REDESIGNABLE[index % len(REDESIGNABLE)]
    return SITES[(index * 5 + FAMILY_OFFSET[family] * 3) % len(SITES)]


def learn_for(family: str, index: int) -> int:
    return 1 + (index * 3 + FAMILY_OFFSET[family]) % MAX_LEARN


def _own_or(site: Site, index: int, share: int) -> str:
    """The site's own language for ``share`` in 10 of the indexes, else another attacker language."""
    if index * 7 % 10 < share and site.lang in TITLES:
        return site.lang
    others = [lang for lang in OTHER_LANGS if lang != site.lang]
    return others[index % len(others)]


def attack_variant(family: str, index: int, site: Site) -> dict[str, Any]:
    if family == "inject":
        return {"shape": SHAPES[index % len(SHAPES)], "lang": _own_or(site, index, 5)}
    if family == "replace":
        return {"template": TEMPLATES[index % len(TEMPLATES)], "lang": _own_or(site, index, 5)}
    if family == "seo-spam":
        langs = SPAM_MIXES[index % len(SPAM_MIXES)]
        if site.lang == "ja":
            langs = ("ja", "en") if index % 2 else ("ja", "zh")
        elif site.lang == "zh-Hant":
            langs = ("zh-Hant", "zh")
        return {"technique": TECHNIQUES[index % len(TECHNIQUES)], "langs": langs}
    if family == "script":
        return {"style": SCRIPT_STYLES[index % len(SCRIPT_STYLES)]}
    if family == "tamper":
        return {"style": TAMPER_STYLES[index % len(TAMPER_STYLES)]}
    return {}
