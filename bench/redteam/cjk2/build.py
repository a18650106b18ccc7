"""CJK edition 2's whole set: about 150 scenarios (75 legit, 15 of them redesigned part way; 15 per
attack family) and a page task (130 legit pages, 60 defacement pages), deterministic for a seed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..model import PageItem, Scenario
from ..writer import clear_previous, write_all
from .pages import deface_page_item, legit_page
from .scenarios import build_scenario

DEFAULT_SEED = 20261207
COUNTS = {
    "legit": 60,
    "legit-redesign": 15,
    "replace": 15,
    "inject": 15,
    "seo-spam": 15,
    "script": 15,
    "tamper": 15,
}
PAGE_COUNTS = {"legit": 130, "deface-page": 60}


def generate(seed: int = DEFAULT_SEED, limit: int | None = None) -> tuple[list[Scenario], list[PageItem]]:
    """Every item; ``limit`` caps each kind's count (for a small set)."""
    scenarios = [
        build_scenario(kind, index, seed)
        for kind, count in COUNTS.items()
        for index in range(count if limit is None else min(count, limit))
    ]
    pages = []
    for family, count in PAGE_COUNTS.items():
        make = legit_page if family == "legit" else deface_page_item
        pages += [make(index, seed) for index in range(count if limit is None else min(count, limit))]
    ids = [s.sid for s in scenarios] + [p.pid for p in pages]
    if len(set(ids)) != len(ids):
        raise RuntimeError("duplicate ids; choose another seed")
    return scenarios, pages


def run(
    out: Path, seed: int | None = None, limit: int | None = None, overwrite: bool = False
) -> Counter[str]:
    """Write the set into ``out``; the counts of what was written."""
    scenarios, pages = generate(DEFAULT_SEED if seed is None else seed, limit)
    if overwrite:
        clear_previous(out)
    write_all(out, scenarios, pages)
    counts: Counter[str] = Counter()
    for scenario in scenarios:
        counts[f"scenario {scenario.info['family']}"] += 1
        counts["checked legit snapshots"] += sum(
            1 for n, s in enumerate(scenario.snaps) if n >= scenario.learn and s.label != "defaced"
        )
        counts["checked legit-redesign snapshots"] += sum(
            1 for n, s in enumerate(scenario.snaps) if n >= scenario.learn and s.label == "legit-redesign"
        )
    for page in pages:
        counts[f"page {page.family}"] += 1
    return counts
