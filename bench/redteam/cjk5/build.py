"""The whole set from one seed: every site's scenarios, then the page task."""

from __future__ import annotations

import random
from collections import Counter

from ..model import PageItem, Scenario
from .pages import make_pages
from .scenarios import site_scenarios
from .sites import SITES

DEFAULT_SEED = 50521


def generate(seed: int = DEFAULT_SEED, limit: int | None = None) -> tuple[list[Scenario], list[PageItem]]:
    rng = random.Random(seed)
    scenarios: list[Scenario] = []
    taken: Counter[str] = Counter()
    for n, site in enumerate(SITES):
        site_rng = random.Random(rng.getrandbits(64))
        for scenario in site_scenarios(site, site_rng, n, limit):
            family = str(scenario.info["family"])
            if limit is None or taken[family] < limit:
                taken[family] += 1
                scenarios.append(scenario)
        if limit is not None and taken and min(taken.values()) >= limit and len(taken) >= 7:
            break
    return scenarios, make_pages(seed, limit)
