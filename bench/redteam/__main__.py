"""python -m bench.redteam --corpus DIR --out DIR [--edition 1-10] [--seed N] [--limit N] [--overwrite]
(--edition cjk, cjk2, cjk3, cjk4, cjk5, cjk6 or cjk7 need no --corpus)"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .build import run


def main(argv: list[str] | None = None) -> int:
    from .cjk.cli import main as cjk_main
    from .cjk.cli import wants_cjk
    from .cjk2.cli import main as cjk2_main
    from .cjk2.cli import wants_cjk2
    from .cjk3.cli import main as cjk3_main
    from .cjk3.cli import wants_cjk3
    from .cjk4.cli import main as cjk4_main
    from .cjk4.cli import wants_cjk4
    from .cjk5.cli import main as cjk5_main
    from .cjk5.cli import wants_cjk5
    from .cjk6.cli import main as cjk6_main
    from .cjk6.cli import wants_cjk6
    from .cjk7.cli import main as cjk7_main
    from .cjk7.cli import wants_cjk7

    if wants_cjk7(sys.argv[1:] if argv is None else argv):  # CJK edition 7: no corpus either
        return cjk7_main(sys.argv[1:] if argv is None else argv)
    if wants_cjk6(sys.argv[1:] if argv is None else argv):  # CJK edition 6: no corpus either
        return cjk6_main(sys.argv[1:] if argv is None else argv)
    if wants_cjk5(sys.argv[1:] if argv is None else argv):  # CJK edition 5: no corpus either
        return cjk5_main(sys.argv[1:] if argv is None else argv)
    if wants_cjk4(sys.argv[1:] if argv is None else argv):  # CJK edition 4: no corpus either
        return cjk4_main(sys.argv[1:] if argv is None else argv)
    if wants_cjk3(sys.argv[1:] if argv is None else argv):  # CJK edition 3: no corpus either
        return cjk3_main(sys.argv[1:] if argv is None else argv)
    if wants_cjk2(sys.argv[1:] if argv is None else argv):  # CJK edition 2: no corpus either
        return cjk2_main(sys.argv[1:] if argv is None else argv)
    if wants_cjk(sys.argv[1:] if argv is None else argv):  # the CJK edition: no corpus, its own options
        return cjk_main(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description="Generate the red-team evaluation set from the dev corpus.")
    parser.add_argument("--corpus", type=Path, required=True, help="an unpacked dev/ folder")
    parser.add_argument("--out", type=Path, required=True, help="an empty or new folder")
    parser.add_argument(
        "--edition",
        type=int,
        choices=(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
        default=1,
        help="1: the original set; 2: fresh payloads nobody tuning the detectors has read "
        "(bench/redteam/v2); 3: a further set written without reading the detectors (bench/redteam/v3); "
        "4: a fourth, likewise (bench/redteam/v4); 5: a fifth, likewise (bench/redteam/v5); "
        "6: a sixth, likewise (bench/redteam/v6); 7: a seventh, likewise (bench/redteam/v7); "
        "8: an eighth, likewise (bench/redteam/v8); 9: a ninth, likewise (bench/redteam/v9); "
        "10: a tenth, likewise (bench/redteam/v10)",
    )
    parser.add_argument(
        "--seed", type=int, help="default: 0 for edition 1, the edition's own for editions 2 to 10"
    )
    parser.add_argument("--limit", type=int, help="at most this many items of each kind")
    parser.add_argument("--overwrite", action="store_true", help="replace an earlier red-team set at --out")
    args = parser.parse_args(argv)
    started = time.monotonic()
    counts = run(args.corpus, args.out, args.seed, args.limit, args.overwrite, args.edition)
    for key, value in sorted(counts.items()):
        print(f"{key}: {value}")
    print(f"wrote {args.out} in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
