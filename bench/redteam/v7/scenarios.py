"""One edition 7 scenario: a window of a real legit history whose last snapshot is attacked (or, for
`legit-hard`, changed in a legit but dangerous-looking way). Windows are drawn as in edition 1."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from ..attack import Attack, Page
from ..model import Scenario
from ..scenarios import TRIES, Edition, build_with
from ..source import History
from .inject import inject
from .legit import legit_change
from .render import OWN_TEMPLATES, own_template, render
from .script import script
from .seo_spam import seo_spam
from .tamper import tamper
from .variants import variant


def replace(page: Page, rng: random.Random, template: str, lang: str) -> Attack:
    """The site's own page with another body, or a whole defacement page in UTF-8."""
    if template in OWN_TEMPLATES:
        return own_template(page, rng, lang, template)
    markup, info = render(rng, lang, template)
    return Attack(markup.encode("utf-8"), [], info | {"bytes": len(markup.encode("utf-8"))})


# each family's maker and the variant keys it takes, in order
FAMILIES: dict[str, tuple[Callable[..., Attack], tuple[str, ...]]] = {
    "tamper": (tamper, ("style", "lang")),
    "inject": (inject, ("shape", "lang")),
    "replace": (replace, ("template", "lang")),
    "seo-spam": (seo_spam, ("technique", "langs")),
    "script": (script, ("style", "ad_heavy")),
    "legit-hard": (legit_change, ("kind",)),
}


def _attack(family: str, page: Page, rng: random.Random, v: dict[str, Any]) -> Attack:
    make, keys = FAMILIES[family]
    return make(page, rng, *(v[key] for key in keys))


EDITION_7 = Edition(_attack, variant, seed_prefix="v7:", tries=TRIES * 6, number=7)


def build_scenario(family: str, index: int, histories: list[History], seed: int) -> Scenario:
    """Item ``index`` of ``family`` (a defacement family or ``legit-hard``), deterministic for ``seed``."""
    return build_with(EDITION_7, family, index, histories, seed)
