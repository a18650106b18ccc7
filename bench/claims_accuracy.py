"""`make claims-accuracy`: run a claims set through `tamperwatch verify --batch` exactly as a user
would, and print the report of ../shared/eval/score_claims.py.

    python -m bench.claims_accuracy [--set ../shared/claims/dev.tar.zst] [--dir DIR]
    python -m bench.claims_accuracy --generate [--corpus /tmp/corpus/dev] [--dir DIR] [--per-kind 6]

The archive is unpacked into DIR once (kept while DIR holds its claims.jsonl); ``--generate``
builds the set of ``bench.claims_gen`` there instead. Verdicts go to DIR/verdicts.jsonl; the time
per claim is printed after the scorer's report.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def claims_file(folder: Path) -> Path | None:
    found = sorted(folder.glob("*/claims.jsonl"))
    return found[0] if found else None


def unpack(archive: Path, folder: Path) -> Path:
    """The claims file of ``archive``, unpacked under ``folder``/<archive name> on first use."""
    folder = folder / archive.name.split(".")[0]
    found = claims_file(folder)
    if found is None:
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(["tar", "-I", "zstd", "-xf", str(archive), "-C", str(folder)], check=True)
        found = claims_file(folder)
    if found is None:
        raise SystemExit(f"claims_accuracy: {archive} holds no */claims.jsonl")
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", type=Path, default=HERE.parent / "shared" / "claims" / "dev.tar.zst")
    ap.add_argument("--dir", type=Path, default=None)
    ap.add_argument("--scorer", type=Path, default=HERE.parent / "shared" / "eval" / "score_claims.py")
    ap.add_argument("--generate", action="store_true", help="score bench.claims_gen's set instead")
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/corpus/dev"))
    ap.add_argument("--per-kind", type=int, default=6)
    args = ap.parse_args(argv)
    folder = args.dir or Path("/tmp/claims-gen" if args.generate else "/tmp/claims-dev-set")
    if args.generate:
        claims = claims_file(folder)
        if claims is None:
            from bench.claims_gen import main as generate

            code = generate(
                ["--corpus", str(args.corpus), "--out", str(folder), "--per-kind", str(args.per_kind)]
            )
            if code:
                return code
            claims = claims_file(folder)
        assert claims is not None
    else:
        claims = unpack(args.set, folder)
    verdicts = claims.parent.parent / "verdicts.jsonl"
    env = dict(os.environ, TAMPERWATCH_DATA_DIR=str(claims.parent.parent / "data"))
    tamperwatch = [sys.executable, "-m", "tamperwatch"]
    started = time.perf_counter()
    # status 1: some claims could not be read (answered unverifiable, named on stderr); still scored
    done = subprocess.run(
        [*tamperwatch, "verify", "--batch", str(claims), "--output", str(verdicts)], env=env
    )
    if done.returncode not in (0, 1):
        return done.returncode
    elapsed = time.perf_counter() - started
    report = subprocess.run(
        [
            sys.executable,
            str(args.scorer),
            "--labels",
            str(claims.parent / "labels.json"),
            "--verdicts",
            str(verdicts),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    n = sum(1 for line in claims.read_text().splitlines() if line.strip())
    print(f"{n} claims verified in {elapsed:.0f} s wall ({elapsed / max(n, 1):.1f} s a claim)")
    print(report.stdout, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
