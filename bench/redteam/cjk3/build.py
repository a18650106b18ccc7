"""CJK edition 3's whole set: 75 legit scenarios (15 through a redesign), 15 attacked per family,
130 legit pages and 60 defacement pages; deterministic for a seed."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from ..model import PageItem, Scenario
from ..writer import clear_previous, write_all
from .pages import deface_page, legit_page
from .scenarios import build_scenario

DEFAULT_SEED = 30317
COUNTS = {"legit": 75, "tamper": 15, "inject": 15, "replace": 15, "seo-spam": 15, "script": 15}
PAGE_COUNTS = {"legit": 130, "deface-page": 60}


def generate(seed: int = DEFAULT_SEED, limit: int | None = None) -> tuple[list[Scenario], list[PageItem]]:
    scenarios = []
    for family, count in COUNTS.items():
        total = count if limit is None else min(count, limit)
        scenarios += [build_scenario(family, index, seed) for index in range(total)]
        print(f"{family}: {total}", file=sys.stderr, flush=True)
    pages = []
    for family, count in PAGE_COUNTS.items():
        make = legit_page if family == "legit" else deface_page
        pages += [make(index, seed) for index in range(count if limit is None else min(count, limit))]
    ids = [s.sid for s in scenarios] + [p.pid for p in pages]
    if len(set(ids)) != len(ids):
        raise RuntimeError("duplicate ids; choose another seed")
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
        counts[f"scenario {scenario.info['kind']}"] += 1
        for snap in scenario.snaps:
            if snap.label is not None:
                counts[f"checked snapshots {snap.label}"] += 1
    for page in pages:
        counts[f"page {page.family}"] += 1
    return counts
