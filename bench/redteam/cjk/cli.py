"""python -m bench.redteam --edition cjk --out DIR [--seed N] [--limit N] [--overwrite]

The CJK edition needs no corpus: its sites and histories are written by the generator."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .build import DEFAULT_SEED, run


def wants_cjk(argv: list[str]) -> bool:
    """Whether the command line asks for the CJK edition (``--edition cjk`` or ``--edition=cjk``)."""
    for n, arg in enumerate(argv):
        if arg == "--edition" and n + 1 < len(argv):
            return argv[n + 1] == "cjk"
        if arg == "--edition=cjk":
            return True
    return False


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.redteam --edition cjk",
        description="Generate the CJK red-team set: Chinese and Japanese site histories (no corpus).",
    )
    parser.add_argument("--edition", choices=("cjk",), required=True)
    parser.add_argument("--corpus", type=Path, help="ignored: this edition writes its own sites")
    parser.add_argument("--out", type=Path, required=True, help="an empty or new folder")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"default {DEFAULT_SEED}")
    parser.add_argument("--limit", type=int, help="at most this many scenarios of each family")
    parser.add_argument("--overwrite", action="store_true", help="replace an earlier red-team set at --out")
    args = parser.parse_args(argv)
    started = time.monotonic()
    counts = run(args.out, args.seed, args.limit, args.overwrite)
    for key, value in sorted(counts.items()):
        print(f"{key}: {value}")
    print(f"wrote {args.out} in {time.monotonic() - started:.1f} s")
    return 0
