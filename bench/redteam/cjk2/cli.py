"""python -m bench.redteam --edition cjk2 --out DIR [--seed N] [--limit N] [--overwrite] (no corpus)."""

# ruff: noqa: E501

from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

EDITION = "cjk2"


def wants_cjk2(argv: list[str]) -> bool:
    """Whether the command line asks for this edition."""
    return f"--edition={EDITION}" in argv or any(
        a == "--edition" and b == EDITION for a, b in itertools.pairwise(argv)
    )


def main(argv: list[str]) -> int:
    from .build import DEFAULT_SEED, run

    parser = argparse.ArgumentParser(
        prog="python -m bench.redteam --edition cjk2",
        description="CJK edition 2: Chinese, Japanese and Korean site histories and pages written from scratch.",
    )
    parser.add_argument("--edition", choices=(EDITION,), required=True)
    parser.add_argument("--out", type=Path, required=True, help="an empty or new folder")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
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
