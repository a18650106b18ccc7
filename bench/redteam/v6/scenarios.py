"""One edition 6 scenario: a window of a real legit history whose last snapshot is attacked (or, for
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
from .render import replace
from .script import script
from .seo_spam import seo_spam
from .tamper import tamper
from .variants import variant

Maker = Callable[[Page, random.Random, dict[str, Any]], Attack]
MAKERS: dict[str, Maker] = {
    "tamper": lambda page, rng, v: tamper(page, rng, v["style"], v["lang"]),
    "inject": lambda page, rng, v: inject(page, rng, v["shape"], v["lang"]),
    "replace": lambda page, rng, v: replace(page, rng, v["lang"], v["template"]),
    "seo-spam": lambda page, rng, v: seo_spam(page, rng, v["technique"], v["langs"]),
    "script": lambda page, rng, v: script(page, rng, v["style"], v["ad_heavy"]),
    "legit-hard": lambda page, rng, v: legit_change(page, rng, v["kind"]),
}


def _attack(family: str, page: Page, rng: random.Random, v: dict[str, Any]) -> Attack:
    return MAKERS[family](page, rng, v)


EDITION_6 = Edition(_attack, variant, seed_prefix="v6:", tries=TRIES * 4, number=6)


def build_scenario(family: str, index: int, histories: list[History], seed: int) -> Scenario:
    """Item ``index`` of ``family`` (a defacement family or ``legit-hard``), deterministic for ``seed``."""
    return build_with(EDITION_6, family, index, histories, seed)
