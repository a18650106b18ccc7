"""CJK edition 7 as a whole: 75 attacked scenarios, 45 legit ones, and the page task, for a seed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..model import PageItem, Scenario
from ..writer import clear_previous, write_all
from .pages import deface_pages, legit_pages
from .scenarios import FAMILIES, LEGIT_PER_SITE, attacked, legit
from .sites import all_sites

DEFAULT_SEED = 70717


def generate(seed: int = DEFAULT_SEED, limit: int | None = None) -> tuple[list[Scenario], list[PageItem]]:
    """Every item; ``limit`` caps the sites used and each page kind's count (for a small set)."""
    sites = all_sites()[: limit or None]
    scenarios = [attacked(site, family, i, seed) for family in FAMILIES for i, site in enumerate(sites)]
    scenarios += [legit(site, k, seed) for site in sites for k in range(LEGIT_PER_SITE)]
    pages = deface_pages(seed) + legit_pages(seed)
    if limit is not None:
        pages = pages[:limit] + [p for p in pages if p.label == "legit"][:limit]
    ids = [s.sid for s in scenarios] + [p.pid for p in pages]
    if len(set(ids)) != len(ids):
        raise RuntimeError("duplicate ids; choose another seed")
    return scenarios, pages


def run(
    out: Path, seed: int = DEFAULT_SEED, limit: int | None = None, overwrite: bool = False
) -> Counter[str]:
    scenarios, pages = generate(seed, limit)
    if overwrite:
        clear_previous(out)
    write_all(out, scenarios, pages)
    counts: Counter[str] = Counter()
    for scenario in scenarios:
        counts[f"scenario {scenario.snaps[-1].family}"] += 1
        for snap in scenario.snaps[scenario.learn :]:
            counts[f"checked {snap.family}"] += 1
    for page in pages:
        counts[f"page {page.family}"] += 1
    return counts
