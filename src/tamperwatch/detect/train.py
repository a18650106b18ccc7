"""``make train``: fit the content classifier on the corpora and export it into the package.

    python -m tamperwatch.detect.train [--corpus DIR] [--pages-corpus DIR ...] [--out FILE]

``--corpus`` is a full corpus (pages and scenarios: the dev corpus); each ``--pages-corpus``
adds the page task of another corpus (``make train`` writes red-team editions 1-7 and CJK editions 1-4 with
``bench.redteam`` into a temporary folder and passes them here: defacement pages by other
authors, in other words, languages and legacy charsets, and legit news, notices and company
pages in Chinese, Japanese, Korean... beside them). Without ``--corpus`` it unpacks
``../shared/corpus/dev.tar.zst`` (relative to the working directory, the repository root under
``make``) into a temporary folder. Seeds are fixed and the folds are deterministic, so the same
corpora give the same model. Needs scikit-learn (``pip install '.[train]'``); the exported file
is read at run time with numpy only.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from tamperwatch.detect.classifier.dataset import find_corpus_root
from tamperwatch.detect.classifier.features import FeatureConfig
from tamperwatch.detect.classifier.prepare import build_training_sets
from tamperwatch.detect.classifier.runtime import DEFAULT_MODEL_PATH
from tamperwatch.detect.classifier.training import Hyper, train_weights

DEFAULT_ARCHIVE = Path("../shared/corpus/dev.tar.zst")


def unpack(archive: Path, into: Path) -> Path:
    """Unpack a ``.tar.zst`` corpus (zstd long window) and return its folder with labels.json."""
    subprocess.run(["tar", "-I", "zstd --long=27", "-xf", str(archive), "-C", str(into)], check=True)
    return find_corpus_root(into)


def train(corpus: Path, pages: list[Path], out: Path, hyper: Hyper, config: FeatureConfig,
          legit_per_scenario: int) -> None:
    np.random.seed(hyper.seed)
    data = build_training_sets([corpus], [find_corpus_root(p) for p in pages], config, legit_per_scenario)
    print(f"examples: {len(data.y)} ({int(data.y.sum())} defaced, {int(data.is_transplant.sum())} legit "
          f"transplants, {int((~data.is_real).sum())} synthetic legit in all), "
          f"site groups: {len(set(data.groups))}")
    weights = train_weights(data.features, data.y, data.weight, data.groups, config, hyper)
    out.parent.mkdir(parents=True, exist_ok=True)
    weights.save(out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB), calibration a={weights.calib_a:.3f} "
          f"b={weights.calib_b:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="unpacked corpus folder (holding labels.json)")
    parser.add_argument("--pages-corpus", type=Path, action="append", default=[],
                        help="a corpus folder whose page task is added to the training set (repeatable)")
    parser.add_argument("--archive", type=Path, default=DEFAULT_ARCHIVE, help="corpus archive to unpack")
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL_PATH, help="model file to write")
    parser.add_argument("--legit-per-scenario", type=int, default=3)
    parser.add_argument("--c", type=float, default=Hyper.c, help="inverse L2 regularisation strength")
    args = parser.parse_args(argv)
    hyper = Hyper(c=args.c)
    settings = (args.out, hyper, FeatureConfig(), args.legit_per_scenario)
    if args.corpus is not None:
        train(find_corpus_root(args.corpus), args.pages_corpus, *settings)
        return 0
    if not args.archive.is_file():
        print(f"corpus archive not found: {args.archive} (give --corpus DIR)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="tamperwatch-train-") as tmp:
        train(unpack(args.archive, Path(tmp)), args.pages_corpus, *settings)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
