"""``python -m bench.redteam --edition cjk5 --out DIR [--seed N] [--limit N] [--overwrite]``."""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from ..writer import clear_previous, write_all
from .build import DEFAULT_SEED, generate

EDITION = "cjk5"


def wants_cjk5(argv: list[str]) -> bool:
    """Whether the command line asks for this edition (``--edition cjk5`` or ``--edition=cjk5``)."""
    return any(
        a == f"--edition={EDITION}" or (a == EDITION and i and argv[i - 1] == "--edition")
        for i, a in enumerate(argv)
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Generate CJK red-team edition 5 (no corpus needed).")
    parser.add_argument("--edition", choices=(EDITION,), required=True)
    parser.add_argument("--out", type=Path, required=True, help="an empty or new folder")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--limit", type=int, help="at most this many items of each kind")
    parser.add_argument("--overwrite", action="store_true", help="replace an earlier red-team set at --out")
    args = parser.parse_args(argv)
    started = time.monotonic()
    scenarios, pages = generate(args.seed, args.limit)
    if args.overwrite:
        clear_previous(args.out)
    write_all(args.out, scenarios, pages)
    counts: Counter[str] = Counter()
    for scenario in scenarios:
        counts[f"scenario {scenario.snaps[-1].family}"] += 1
        for n, snap in enumerate(scenario.snaps):
            if n >= scenario.learn and snap.label is not None:
                counts[f"checked {snap.family}"] += 1
    for page in pages:
        counts[f"page {page.family}"] += 1
    for key, value in sorted(counts.items()):
        print(f"{key}: {value}")
    print(f"wrote {args.out} in {time.monotonic() - started:.1f} s")
    return 0
