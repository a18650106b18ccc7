"""python -m bench.redteam --edition cjk6 --out DIR [--seed N] [--limit N] [--overwrite]"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from ..writer import clear_previous, write_all
from .build import DEFAULT_SEED, generate

EDITION = "cjk6"


def wants_cjk6(argv: list[str]) -> bool:
    """Whether the command line asks for this edition (``--edition cjk6`` or ``--edition=cjk6``)."""
    return any(
        (arg == "--edition" and argv[n + 1 : n + 2] == [EDITION]) or arg == f"--edition={EDITION}"
        for n, arg in enumerate(argv)
    )


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
        for n, snap in enumerate(scenario.snaps):
            if n >= scenario.learn and snap.label == "legit":
                counts[f"snapshot {snap.family}"] += 1
    for page in pages:
        counts[f"page {page.family}"] += 1
    return counts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Generate CJK red-team edition 6 (no corpus needed).")
    parser.add_argument("--edition", choices=(EDITION,), required=True)
    parser.add_argument("--out", type=Path, required=True, help="an empty or new folder")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--limit", type=int, help="at most this many sites and pages of each kind")
    parser.add_argument("--overwrite", action="store_true", help="replace an earlier red-team set at --out")
    parser.add_argument("--corpus", type=Path, help="ignored: this edition needs no corpus")
    args = parser.parse_args(argv)
    started = time.monotonic()
    counts = run(args.out, args.seed, args.limit, args.overwrite)
    for key, value in sorted(counts.items()):
        print(f"{key}: {value}")
    print(f"wrote {args.out} in {time.monotonic() - started:.1f} s")
    return 0
