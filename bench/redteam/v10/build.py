"""Edition 10: every item, with this edition's payloads, on edition 1's scenario plumbing."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from ..attack import Attack, Page
from ..build import generate_with
from ..model import PageItem, Scenario
from ..scenarios import Edition, build_with
from ..source import History
from .inject import inject
from .legit import KINDS
from .pages import deface_page, legit_page
from .replace import replace
from .script import script
from .seo_spam import seo_spam
from .tamper import tamper
from .variants import variant

DEFAULT_SEED = 10010
EDITION_NUMBER = 10
TRIES = 80  # some tamper slots (a ticker, a time element) exist on only part of the sites


def _attack(family: str, page: Page, rng: random.Random, v: dict[str, Any]) -> Attack:
    if family == "tamper":
        return tamper(page, rng, v["way"])
    if family == "inject":
        return inject(page, rng, v["lang"], v["block"])
    if family == "replace":
        return replace(page, rng, v["lang"], v["look"])
    if family == "seo-spam":
        return seo_spam(page, rng, v["technique"], v["langs"])
    if family == "script":
        return script(page, rng, v["style"])
    return KINDS[v["kind"]](page, rng)


EDITION_10 = Edition(_attack, variant, seed_prefix="v10:", tries=TRIES, number=EDITION_NUMBER)


def build_scenario(family: str, index: int, histories: list[History], seed: int) -> Scenario:
    return build_with(EDITION_10, family, index, histories, seed)


def generate(
    corpus: Path, seed: int = DEFAULT_SEED, limit: int | None = None
) -> tuple[list[Scenario], list[PageItem]]:
    """Every item of edition 10; ``limit`` caps each kind's count (for a small set)."""
    return generate_with(corpus, seed, limit, build_scenario, deface_page, legit_page)
