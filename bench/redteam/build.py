"""The whole set: how many items of each kind, generated in a fixed order for a seed."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from .model import PageItem, Scenario
from .pages import deface_page, legit_page
from .scenarios import build_scenario
from .source import History, legit_histories
from .writer import clear_previous, write_all

DEFACE_FAMILIES = ("tamper", "inject", "replace", "seo-spam", "script")
COUNTS = {"tamper": 60, "inject": 60, "replace": 60, "seo-spam": 60, "script": 60, "legit-hard": 200}
PAGE_COUNTS = {"deface-page": 120, "legit": 150}


ScenarioMaker = Callable[[str, int, list[History], int], Scenario]
PageMaker = Callable[[int, int], PageItem]


def generate_with(
    corpus: Path,
    seed: int,
    limit: int | None,
    scenario: ScenarioMaker,
    deface: PageMaker,
    legit: PageMaker,
) -> tuple[list[Scenario], list[PageItem]]:
    """Every item of an edition, made by its ``scenario``, ``deface`` and ``legit`` makers;
    ``limit`` caps each kind's count (for a small set)."""
    histories = legit_histories(corpus)
    if not histories:
        raise SystemExit(f"{corpus} holds no all-legit scenario")
    scenarios = []
    for family, count in COUNTS.items():
        total = count if limit is None else min(count, limit)
        scenarios += [scenario(family, index, histories, seed) for index in range(total)]
        print(f"{family}: {total}", file=sys.stderr, flush=True)
    pages = []
    for family, count in PAGE_COUNTS.items():
        make = deface if family == "deface-page" else legit
        pages += [make(index, seed) for index in range(count if limit is None else min(count, limit))]
    ids = [s.sid for s in scenarios] + [p.pid for p in pages]
    if len(set(ids)) != len(ids):
        raise RuntimeError("duplicate ids; choose another seed")
    return scenarios, pages


def generate(corpus: Path, seed: int = 0, limit: int | None = None) -> tuple[list[Scenario], list[PageItem]]:
    """Every item of edition 1; ``limit`` caps each kind's count (for a small set)."""
    return generate_with(corpus, seed, limit, build_scenario, deface_page, legit_page)


def run(
    corpus: Path,
    out: Path,
    seed: int | None = 0,
    limit: int | None = None,
    overwrite: bool = False,
    edition: int = 1,
) -> Counter[str]:
    """Generate edition ``edition`` (1 to 10) into ``out``; ``seed`` None means the edition's own
    default (0 for edition 1, ``vN.build.DEFAULT_SEED`` for editions 2 to 10)."""
    if not (corpus / "labels.json").is_file() or not (corpus / "scenarios").is_dir():
        raise SystemExit(
            f"{corpus} is not an unpacked dev corpus; unpack it with:\n"
            "  mkdir -p /tmp/corpus && "
            "tar -I 'zstd --long=27' -xf ../shared/corpus/dev.tar.zst -C /tmp/corpus"
        )
    if edition == 2:
        from .v2.build import DEFAULT_SEED
        from .v2.build import generate as generate_v2

        scenarios, pages = generate_v2(corpus, DEFAULT_SEED if seed is None else seed, limit)
    elif edition == 3:
        from .v3.build import DEFAULT_SEED as SEED_V3
        from .v3.build import generate as generate_v3

        scenarios, pages = generate_v3(corpus, SEED_V3 if seed is None else seed, limit)
    elif edition == 4:
        from .v4.build import DEFAULT_SEED as SEED_V4
        from .v4.build import generate as generate_v4

        scenarios, pages = generate_v4(corpus, SEED_V4 if seed is None else seed, limit)
    elif edition == 5:
        from .v5.build import DEFAULT_SEED as SEED_V5
        from .v5.build import generate as generate_v5

        scenarios, pages = generate_v5(corpus, SEED_V5 if seed is None else seed, limit)
    elif edition == 6:
        from .v6.build import DEFAULT_SEED as SEED_V6
        from .v6.build import generate as generate_v6

        scenarios, pages = generate_v6(corpus, SEED_V6 if seed is None else seed, limit)
    elif edition == 7:
        from .v7.build import DEFAULT_SEED as SEED_V7
        from .v7.build import generate as generate_v7

        scenarios, pages = generate_v7(corpus, SEED_V7 if seed is None else seed, limit)
    elif edition == 8:
        from .v8.build import DEFAULT_SEED as SEED_V8
        from .v8.build import generate as generate_v8

        scenarios, pages = generate_v8(corpus, SEED_V8 if seed is None else seed, limit)
    elif edition == 9:
        from .v9.build import DEFAULT_SEED as SEED_V9
        from .v9.build import generate as generate_v9

        scenarios, pages = generate_v9(corpus, SEED_V9 if seed is None else seed, limit)
    elif edition == 10:
        from .v10.build import DEFAULT_SEED as SEED_V10
        from .v10.build import generate as generate_v10

        scenarios, pages = generate_v10(corpus, SEED_V10 if seed is None else seed, limit)
    elif edition == 1:
        scenarios, pages = generate(corpus, 0 if seed is None else seed, limit)
    else:
        raise SystemExit(f"unknown red-team edition {edition} (1 to 10)")
    if overwrite:
        clear_previous(out)
    write_all(out, scenarios, pages)
    counts: Counter[str] = Counter()
    for scenario in scenarios:
        counts[f"scenario {scenario.snaps[-1].family}"] += 1
    for page in pages:
        counts[f"page {page.family}"] += 1
    return counts
