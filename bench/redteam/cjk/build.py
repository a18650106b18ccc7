"""The CJK edition's whole set: 75 legit scenarios (15 of them around a redesign), 15 per defacement
family, and a page task (130 legit front pages, 60 defacement pages), written from scratch (no corpus)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from ..model import PageItem, Scenario
from ..writer import clear_previous, write_all
from .pages import deface_page, legit_page
from .scenarios import build_scenario

DEFAULT_SEED = 20240305
COUNTS = {
    "legit": 60,
    "legit-redesign": 15,
    "tamper": 15,
    "inject": 15,
    "replace": 15,
    "seo-spam": 15,
    "script": 15,
}
PAGE_COUNTS = {"deface-page": 60, "legit": 130}


def _capped(table: dict[str, int], limit: int | None) -> list[tuple[str, int]]:
    """(family, index) for every item of ``table``, at most ``limit`` of each family."""
    return [(family, n) for family, count in table.items() for n in range(min(count, limit or count))]


def generate(seed: int = DEFAULT_SEED, limit: int | None = None) -> tuple[list[Scenario], list[PageItem]]:
    """Every scenario and page; ``limit`` caps each family's count (for a small set)."""
    scenarios = [build_scenario(family, n, seed) for family, n in _capped(COUNTS, limit)]
    pages = [
        (deface_page if family == "deface-page" else legit_page)(n, seed)
        for family, n in _capped(PAGE_COUNTS, limit)
    ]
    ids = [s.sid for s in scenarios] + [p.pid for p in pages]
    if len(set(ids)) != len(ids):
        raise RuntimeError("duplicate ids; choose another seed")
    print(f"{len(scenarios)} scenarios, {len(pages)} pages", file=sys.stderr, flush=True)
    return scenarios, pages


def run(
    out: Path, seed: int | None = None, limit: int | None = None, overwrite: bool = False
) -> Counter[str]:
    scenarios, pages = generate(DEFAULT_SEED if seed is None else seed, limit)
    if overwrite:
        clear_previous(out)
    write_all(out, scenarios, pages)
    counts: Counter[str] = Counter()
    for scenario in scenarios:
        counts[f"scenario {scenario.info['family']}"] += 1
        for snap in scenario.snaps[scenario.learn :]:
            counts[f"checked {snap.family}"] += 1
    for page in pages:
        counts[f"page {page.family}"] += 1
    return counts
