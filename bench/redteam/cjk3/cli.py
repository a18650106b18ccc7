"""`python -m bench.redteam --edition cjk3 --out DIR [--seed N] [--limit N] [--overwrite]` (no corpus)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def wants_cjk3(argv: list[str]) -> bool:
    """Whether the command line asks for CJK edition 3."""
    return any(
        a == "--edition=cjk3" or (a == "--edition" and n + 1 < len(argv) and argv[n + 1] == "cjk3")
        for n, a in enumerate(argv)
    )


def main(argv: list[str]) -> int:
    from .build import run

    parser = argparse.ArgumentParser(description="Generate CJK red-team edition 3 (no corpus needed).")
    parser.add_argument("--edition", choices=("cjk3",), required=True)
    parser.add_argument("--out", type=Path, required=True, help="an empty or new folder")
    parser.add_argument("--seed", type=int, help="default: the edition's own")
    parser.add_argument("--limit", type=int, help="at most this many items of each kind")
    parser.add_argument("--overwrite", action="store_true", help="replace an earlier red-team set at --out")
    parser.add_argument("--corpus", type=Path, help="ignored: this edition needs no corpus")
    args = parser.parse_args(argv)
    started = time.monotonic()
    counts = run(args.out, args.seed, args.limit, args.overwrite)
    for key, value in sorted(counts.items()):
        print(f"{key}: {value}")
    print(f"wrote {args.out} in {time.monotonic() - started:.1f} s")
    return 0
