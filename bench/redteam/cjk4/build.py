"""CJK edition 4's whole set, in a fixed order for a seed: 75 legit scenarios (15 with a
redesign), 15 attacked scenarios per family, 130 legit pages and 60 defacement pages."""

from __future__ import annotations

import sys

from ..model import PageItem, Scenario
from .pages import deface_page, legit_page
from .scenarios import ATTACKS, attacked_scenario, legit_scenario

DEFAULT_SEED = 41017
LEGIT_SCENARIOS = 75
PER_FAMILY = 15
PAGE_COUNTS = {"legit": 130, "deface-page": 60}


def _cap(count: int, limit: int | None) -> int:
    return count if limit is None else min(count, limit)


def generate(seed: int = DEFAULT_SEED, limit: int | None = None) -> tuple[list[Scenario], list[PageItem]]:
    """Every item; ``limit`` caps each kind's count (for a small set)."""
    scenarios = [legit_scenario(i, seed) for i in range(_cap(LEGIT_SCENARIOS, limit))]
    print(f"legit: {len(scenarios)}", file=sys.stderr, flush=True)
    for family in ATTACKS:
        scenarios += [attacked_scenario(family, i, seed) for i in range(_cap(PER_FAMILY, limit))]
        print(f"{family}: {_cap(PER_FAMILY, limit)}", file=sys.stderr, flush=True)
    pages = [legit_page(i, seed) for i in range(_cap(PAGE_COUNTS["legit"], limit))]
    pages += [deface_page(i, seed) for i in range(_cap(PAGE_COUNTS["deface-page"], limit))]
    ids = [s.sid for s in scenarios] + [p.pid for p in pages]
    if len(set(ids)) != len(ids):
        raise RuntimeError("duplicate ids; choose another seed")
    return scenarios, pages
