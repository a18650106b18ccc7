"""Edition 8's scenarios: edition 1's window builder with edition 8's attacks and variants."""

from __future__ import annotations

import random
from typing import Any

from ..attack import Attack, Page
from ..model import Scenario
from ..scenarios import Edition, build_with
from ..source import History
from .inject import inject
from .legit import legit_change
from .replace import replace
from .script import script
from .seo_spam import seo_spam
from .tamper import tamper
from .variants import variant


def attack(family: str, page: Page, rng: random.Random, v: dict[str, Any]) -> Attack:
    if family == "tamper":
        return tamper(page, rng, v["style"], v["lang"])
    if family == "inject":
        return inject(page, rng, v["shape"], v["lang"])
    if family == "replace":
        return replace(page, rng, v["lang"], v["look"])
    if family == "seo-spam":
        return seo_spam(page, rng, v["technique"], v["langs"])
    if family == "script":
        return script(page, rng, v["style"], ad_heavy=v["ad_heavy"])
    return legit_change(page, rng, v["kind"])


EDITION_8 = Edition(attack, variant, seed_prefix="v8:", tries=40, number=8)


def build_scenario(family: str, index: int, histories: list[History], seed: int) -> Scenario:
    """Item ``index`` of ``family`` of edition 8, deterministic for ``seed``."""
    return build_with(EDITION_8, family, index, histories, seed)
