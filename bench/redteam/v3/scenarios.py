"""One edition 3 scenario: a window of a real legit history whose last snapshot is attacked (or, for
`legit-hard`, changed in a legit but dangerous-looking way). Windows are drawn as in edition 1."""

from __future__ import annotations

import random
from typing import Any

from ..attack import Attack, Page
from ..model import Scenario
from ..scenarios import TRIES, Edition, build_with
from ..source import History
from .inject import inject
from .legit import hacker_teaser, language_menu, site_banner, vendor_tag
from .render import render
from .script import script
from .seo_spam import seo_spam
from .tamper import tamper
from .variants import variant


def replace(page: Page, rng: random.Random, lang: str, template: str) -> Attack:
    markup, info = render(rng, lang, template)
    data = markup.encode("utf-8")
    return Attack(data, [], info | {"bytes": len(data)})


def _attack(family: str, page: Page, rng: random.Random, v: dict[str, Any]) -> Attack:
    if family == "tamper":
        return tamper(page, rng, v["style"], v["lang"])
    if family == "inject":
        return inject(page, rng, v["lang"])
    if family == "replace":
        return replace(page, rng, v["lang"], v["template"])
    if family == "seo-spam":
        return seo_spam(page, rng, v["technique"], v["langs"])
    if family == "script":
        return script(page, rng, v["style"])
    kind = v["kind"]
    if kind in ("teaser", "swap"):
        return hacker_teaser(page, rng, swap=kind == "swap")
    if kind == "banner":
        return site_banner(page, rng)
    if kind == "language":
        return language_menu(page, rng)
    return vendor_tag(page, rng)


EDITION_3 = Edition(_attack, variant, seed_prefix="v3:", tries=TRIES * 3, number=3)


def build_scenario(family: str, index: int, histories: list[History], seed: int) -> Scenario:
    """Item ``index`` of ``family`` (a defacement family or ``legit-hard``), deterministic for ``seed``."""
    return build_with(EDITION_3, family, index, histories, seed)
