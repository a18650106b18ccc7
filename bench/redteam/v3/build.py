"""Edition 3's whole set: the same kinds and counts as editions 1 and 2, its own material and seed."""

from __future__ import annotations

import sys
from pathlib import Path

from ..build import COUNTS, PAGE_COUNTS
from ..model import PageItem, Scenario
from ..source import legit_histories
from .pages import deface_page, legit_page
from .scenarios import build_scenario

DEFAULT_SEED = 3907


def generate(
    corpus: Path, seed: int = DEFAULT_SEED, limit: int | None = None
) -> tuple[list[Scenario], list[PageItem]]:
    """Every item; ``limit`` caps each kind's count (for a small set)."""
    histories = legit_histories(corpus)
    if not histories:
        raise SystemExit(f"{corpus} holds no all-legit scenario")
    scenarios = []
    for family, count in COUNTS.items():
        total = count if limit is None else min(count, limit)
        scenarios += [build_scenario(family, index, histories, seed) for index in range(total)]
        print(f"{family}: {total}", file=sys.stderr, flush=True)
    pages = []
    for family, count in PAGE_COUNTS.items():
        make = deface_page if family == "deface-page" else legit_page
        pages += [make(index, seed) for index in range(count if limit is None else min(count, limit))]
    ids = [s.sid for s in scenarios] + [p.pid for p in pages]
    if len(set(ids)) != len(ids):
        raise RuntimeError("duplicate ids; choose another seed")
    return scenarios, pages
