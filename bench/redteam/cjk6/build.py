"""The whole edition for a seed: every site's scenarios, then the page task, in a fixed order."""

from __future__ import annotations

from ..model import PageItem, Scenario
from .pages import DEFACE_PAGES, LEGIT_PAGES, deface_page, legit_page
from .scenarios import site_scenarios
from .sites import all_sites

DEFAULT_SEED = 60613


def generate(seed: int = DEFAULT_SEED, limit: int | None = None) -> tuple[list[Scenario], list[PageItem]]:
    """Scenarios and pages; ``limit`` caps the sites used and each page kind (for a small set)."""
    sites = all_sites() if limit is None else all_sites()[:limit]
    scenarios = [s for n, site in enumerate(sites) for s in site_scenarios(site, n, seed)]
    deface_n = DEFACE_PAGES if limit is None else min(DEFACE_PAGES, limit)
    legit_n = LEGIT_PAGES if limit is None else min(LEGIT_PAGES, limit)
    pages = [deface_page(i, seed) for i in range(deface_n)] + [legit_page(i, seed) for i in range(legit_n)]
    ids = [s.sid for s in scenarios] + [p.pid for p in pages]
    if len(set(ids)) != len(ids):
        raise RuntimeError("duplicate ids; choose another seed")
    return scenarios, pages
