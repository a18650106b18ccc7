"""One edition 2 scenario: a window of a real legit history whose last snapshot is attacked (or, for
`legit-hard`, changed in a legit but dangerous-looking way). Windows are drawn as in edition 1."""

from __future__ import annotations

import random
from typing import Any

from ..attack import Attack, Page
from ..model import Scenario
from ..scenarios import TRIES, Edition, build_with
from ..source import History
from .attacks import hacker_teaser, inject, replace, script, seo_spam, tamper, vendor_tag
from .variants import variant


def _attack(family: str, page: Page, rng: random.Random, v: dict[str, Any]) -> Attack:
    if family == "tamper":
        return tamper(page, rng, v["lang"])
    if family == "inject":
        return inject(page, rng, v["lang"])
    if family == "replace":
        return replace(page, rng, v["lang"], v["template"])
    if family == "seo-spam":
        return seo_spam(page, rng, v["technique"], v["langs"])
    if family == "script":
        return script(page, rng, v["style"])
    if v["kind"] in ("teaser", "swap"):
        return hacker_teaser(page, rng, swap=v["kind"] == "swap")
    return vendor_tag(page, rng)


EDITION_2 = Edition(_attack, variant, seed_prefix="v2:", tries=TRIES * 2, number=2)


def build_scenario(family: str, index: int, histories: list[History], seed: int) -> Scenario:
    """Item ``index`` of ``family`` (a defacement family or ``legit-hard``), deterministic for ``seed``."""
    return build_with(EDITION_2, family, index, histories, seed)
