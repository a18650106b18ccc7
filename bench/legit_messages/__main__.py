"""``python -m bench.legit_messages --out DIR [--seed N]``: write the legit message pages as a page task."""

from __future__ import annotations

import argparse
import shutil
from collections import Counter
from pathlib import Path

from .build import DEFAULT_SEED, SERVER_PAGE_SHARE, write_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="folder to write (labels.json, pages/)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--server-share", type=float, default=SERVER_PAGE_SHARE,
                        help="share of the error pages that are a web server's own default page (evaluation)")
    parser.add_argument("--overwrite", action="store_true", help="replace the folder if it exists")
    args = parser.parse_args(argv)
    if args.out.exists() and args.overwrite:
        shutil.rmtree(args.out)
    labels = write_corpus(args.out, args.seed, server_share=args.server_share)
    kinds = Counter(item["family"] for item in labels.values())
    print(
        f"wrote {len(labels)} legit message pages to {args.out}: "
        + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
