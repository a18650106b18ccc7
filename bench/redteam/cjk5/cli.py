"""``python -m bench.redteam --edition cjk5 --out DIR [--seed N] [--limit N] [--overwrite]``."""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from ..model import PageItem, Scenario
from ..writer import clear_previous, write_all
from .build import DEFAULT_SEED, generate

EDITION = "cjk5"


def wants_cjk5(argv: list[str]) -> bool:
    """True when the arguments name this edition, as ``--edition cjk5`` or ``--edition=cjk5``."""
    pairs = zip(["", *argv], argv, strict=False)
    return f"--edition={EDITION}" in argv or ("--edition", EDITION) in pairs


def tally(scenarios: list[Scenario], pages: list[PageItem]) -> Counter[str]:
    """Scenarios by their last snapshot's family, checked snapshots by family, pages by family."""
    counts: Counter[str] = Counter(f"scenario {s.snaps[-1].family}" for s in scenarios)
    counts.update(
        f"checked {snap.family}"
        for s in scenarios
        for n, snap in enumerate(s.snaps)
        if n >= s.learn and snap.label is not None
    )
    counts.update(f"page {p.family}" for p in pages)
    return counts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write CJK red-team edition 5 (it needs no corpus).")
    parser.add_argument("--edition", choices=(EDITION,), required=True)
    parser.add_argument("--out", type=Path, required=True, help="a new or empty folder")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--limit", type=int, help="at most this many items of each family")
    parser.add_argument("--overwrite", action="store_true", help="replace an earlier red-team set in --out")
    args = parser.parse_args(argv)
    began = time.monotonic()
    scenarios, pages = generate(args.seed, args.limit)
    if args.overwrite:
        clear_previous(args.out)
    write_all(args.out, scenarios, pages)
    print("\n".join(f"{key}: {value}" for key, value in sorted(tally(scenarios, pages).items())))
    print(f"wrote {args.out} in {time.monotonic() - began:.1f} s")
    return 0
