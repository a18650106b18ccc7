"""python -m bench.redteam --edition cjk7 --out DIR [--seed N] [--limit N] [--overwrite] (no --corpus)"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .build import DEFAULT_SEED, run

EDITION = "cjk7"


def wants_cjk7(argv: list[str]) -> bool:
    """Whether the command line asks for this edition (``--edition cjk7`` or ``--edition=cjk7``)."""
    return any(
        a == f"--edition={EDITION}" or (a == "--edition" and b == EDITION)
        for a, b in zip(argv, [*argv[1:], ""], strict=True)
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="CJK red-team edition 7 (invented sites; no corpus).")
    parser.add_argument("--edition", choices=(EDITION,), required=True)
    parser.add_argument("--out", type=Path, required=True, help="an empty or new folder")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--limit", type=int, help="at most this many sites and pages of each label")
    parser.add_argument("--overwrite", action="store_true", help="replace an earlier red-team set at --out")
    args = parser.parse_args(argv)
    started = time.monotonic()
    counts = run(args.out, args.seed, args.limit, args.overwrite)
    for key, value in sorted(counts.items()):
        print(f"{key}: {value}")
    print(f"wrote {args.out} in {time.monotonic() - started:.1f} s")
    return 0
