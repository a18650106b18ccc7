"""`make accuracy`: replay every dev scenario and classify every dev page, then score them.

    python -m bench.accuracy [--corpus DIR] [--keep PREDICTIONS] [--workers N]

Unpacks ../shared/corpus/dev.tar.zst to a temporary folder (unless --corpus points at an
unpacked ``dev/`` folder), runs `tamperwatch replay` and `tamperwatch classify` exactly as a
user would, and prints the report of ../shared/eval/score.py.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def unpack(archive: Path, into: Path) -> Path:
    if shutil.which("zstd") is None:
        sys.exit("zstd is needed to unpack the corpus: apt-get install zstd (make accuracy does it)")
    subprocess.run(["tar", "-I", "zstd --long=27", "-xf", str(archive), "-C", str(into)], check=True)
    return into / "dev"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score tamperwatch on the development corpus.")
    parser.add_argument(
        "--corpus", type=Path, help="an unpacked dev/ folder (default: unpack the shared archive)"
    )
    parser.add_argument("--keep", type=Path, help="also write the predictions here")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tw-accuracy-") as tmp:
        work = Path(tmp)
        dev = args.corpus or unpack(SHARED / "corpus" / "dev.tar.zst", work)
        preds = work / "preds.jsonl"
        tw = [sys.executable, "-m", "tamperwatch"]
        started = time.monotonic()
        subprocess.run(
            [
                *tw,
                "replay",
                str(dev / "scenarios"),
                "--workers",
                str(args.workers),
                "--output",
                str(work / "scenarios.jsonl"),
            ],
            check=True,
        )
        replay_s = time.monotonic() - started
        subprocess.run(
            [*tw, "classify", str(dev / "pages"), "--output", str(work / "pages.jsonl")], check=True
        )
        classify_s = time.monotonic() - started - replay_s
        with preds.open("w") as out:
            for part in ("scenarios.jsonl", "pages.jsonl"):
                out.write((work / part).read_text())
        if args.keep:
            shutil.copyfile(preds, args.keep)
        print(f"replay {replay_s:.0f} s, classify {classify_s:.0f} s", flush=True)
        return subprocess.run(
            [
                sys.executable,
                str(SHARED / "eval" / "score.py"),
                "--labels",
                str(dev / "labels.json"),
                "--predictions",
                str(preds),
            ]
        ).returncode


if __name__ == "__main__":
    sys.exit(main())
