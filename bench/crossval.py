"""Out-of-fold evaluation of the content classifier, cross-validated GROUPED BY SITE and BY ATTACKER.

    python -m bench.crossval [--corpus DIR] [--folds 5] [--out bench/out/oof-pages.jsonl] [--no-in-sample]

Groups (see ``detect.classifier.grouping``): a scenario's snapshots share its target host;
a single page is grouped by its canonical / og:url host; and any two examples whose text is
near-identical (cosine >= 0.8 of the n-gram vectors: one attacker's template, or a
defacement page reused in a ``replace`` scenario) share a group. No group is ever in both a
training and a test fold. Every outer fold runs the full training recipe (inner grouped CV
for the calibration, then the fit) and scores its test pages with the exported numpy
runtime, so the figures are those of the shipped pipeline.

A second run merges, on top of that, every defacement page signed by the same attacker
(``grouping.attacker_handle``: the handle after "hacked by", "owned by", ...; a page with no
handle keeps its site / similarity group): leave-attackers-out, so no attacker's pages are in
training and test at once.

Prints pages TPR / FPR with Wilson 95% intervals, the Brier score of the out-of-fold
probabilities, in-sample figures for comparison, the language diagnostic (mean out-of-fold
p of the legit transplants per target language next to that of the pages they were built
from: the language should carry no signal), and writes the out-of-fold page predictions of
the by-site run in the scorer's JSONL format:

    python3 ../shared/eval/score.py --labels DIR/labels.json --predictions bench/out/oof-pages.jsonl
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
import time
from pathlib import Path

import numpy as np
import numpy.typing as npt
from sklearn.model_selection import GroupKFold

from tamperwatch.detect.classifier.dataset import find_corpus_root
from tamperwatch.detect.classifier.features import FeatureConfig
from tamperwatch.detect.classifier.grouping import attacker_groups, attacker_handle
from tamperwatch.detect.classifier.prepare import TrainingSet, build_training_set
from tamperwatch.detect.classifier.runtime import ContentClassifier
from tamperwatch.detect.classifier.training import Hyper, train_weights
from tamperwatch.detect.classifier.transplant import LANGUAGES
from tamperwatch.detect.train import DEFAULT_ARCHIVE, unpack

Mask = npt.NDArray[np.bool_]


def wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score 95% interval of a proportion."""
    if n == 0:
        return (0.0, 1.0)
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def rate_line(name: str, flagged: Mask, mask: Mask) -> str:
    hits, n = int(flagged[mask].sum()), int(mask.sum())
    low, high = wilson(hits, n)
    return f"  {name:<28} {hits:>4}/{n:<4} = {hits / max(1, n):7.2%}   95% CI [{low:6.2%}, {high:6.2%}]"


def scores_with(data: TrainingSet, train: npt.NDArray[np.int64], test: npt.NDArray[np.int64],
                config: FeatureConfig, hyper: Hyper) -> npt.NDArray[np.float64]:
    weights = train_weights([data.features[i] for i in train], data.y[train], data.weight[train],
                            data.groups[train], config, hyper)
    model = ContentClassifier(weights)
    return np.asarray([model.probability(data.features[i]) for i in test])


def report(title: str, data: TrainingSet, prob: npt.NDArray[np.float64], threshold: float) -> None:
    flagged = prob >= threshold
    pages = data.is_page
    scen = ~pages & data.is_real
    replace = np.asarray([i.family == "replace" and not i.synthetic for i in data.info])
    print(f"{title} (threshold {threshold:.2f})")
    print(rate_line("pages TPR (deface-page)", flagged, pages & data.y))
    print(rate_line("pages FPR (legit)", flagged, pages & ~data.y))
    print(rate_line("replace snapshots TPR", flagged, replace))
    print(rate_line("legit snapshots FPR", flagged, scen & ~data.y))
    brier = float(np.mean((prob[pages] - data.y[pages]) ** 2))
    print(f"  {'pages Brier score':<28} {brier:.4f}")
    sweep = ", ".join(
        f"{t:.2f}: {(prob[pages & data.y] >= t).mean():.1%}/{(prob[pages & ~data.y] >= t).mean():.2%}"
        for t in (0.2, 0.3, 0.4, 0.5, 0.7)
    )
    print(f"  pages TPR/FPR by threshold  {sweep}")


def write_predictions(path: Path, data: TrainingSet, prob: npt.NDArray[np.float64], threshold: float) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for info, p in zip(data.info, prob, strict=True):
            if info.task == "pages" and not info.synthetic:
                line = {"page": info.key, "defaced": bool(p >= threshold), "score": round(float(p), 6)}
                fh.write(json.dumps(line) + "\n")


def out_of_fold(data: TrainingSet, groups: npt.NDArray[np.int64], folds: int, config: FeatureConfig,
                hyper: Hyper) -> npt.NDArray[np.float64]:
    oof = np.zeros(len(data.y))
    for train, test in GroupKFold(n_splits=folds).split(data.dense, data.y, groups):
        fold = TrainingSet(data.info, data.features, data.ngrams, data.dense, data.y, data.weight, groups)
        oof[test] = scores_with(fold, train, test, config, hyper)
    return oof


def handles_of(data: TrainingSet) -> list[str]:
    """The attacker handle of every defacement example ('' for legit and unsigned ones)."""
    return [attacker_handle(f.salient.title, f.salient.headings) if defaced else ""
            for f, defaced in zip(data.features, data.y, strict=True)]


def language_report(data: TrainingSet, prob: npt.NDArray[np.float64], threshold: float) -> None:
    """Mean out-of-fold p of the legit transplants per language next to their source pages'."""
    rows = np.flatnonzero(data.is_transplant)
    if not len(rows):
        return
    print(f"legit transplants out of fold, per target language (threshold {threshold:.2f}; "
          f"'source' = the same pages untranslated)")
    print(f"  {'language':<9} {'n':>5} {'mean p':>7} {'source':>7} {'mean |dp|':>9} {'max p':>6} "
          f"{'>= thr':>7}")
    source = np.asarray([data.info[i].source for i in rows])
    langs = np.asarray([data.info[i].language for i in rows])
    for lang in LANGUAGES:
        mask = langs == lang
        if not mask.any():
            continue
        p, ps = prob[rows[mask]], prob[source[mask]]
        print(f"  {lang:<9} {int(mask.sum()):>5} {p.mean():7.4f} {ps.mean():7.4f} "
              f"{np.abs(p - ps).mean():9.4f} "
              f"{p.max():6.3f} {int((p >= threshold).sum()):>7}")
    p, ps = prob[rows], prob[source]
    print(f"  {'all':<9} {len(rows):>5} {p.mean():7.4f} {ps.mean():7.4f} {np.abs(p - ps).mean():9.4f} "
          f"{p.max():6.3f} {int((p >= threshold).sum()):>7}")


def run(corpus: Path, folds: int, out: Path, hyper: Hyper, in_sample: bool = True) -> None:
    config = FeatureConfig()
    started = time.monotonic()
    data = build_training_set(corpus, config)
    handles = handles_of(data)
    by_attacker = attacker_groups(data.groups, handles)
    signed = sorted({h for h in handles if h})
    print(f"examples {len(data.y)} ({int(data.y.sum())} defaced, {int(data.is_transplant.sum())} legit "
          f"transplants, {int((~data.is_real).sum())} synthetic legit in all), site groups "
          f"{len(set(data.groups))}, {folds} outer folds; {len(signed)} attacker handles on "
          f"{sum(bool(h) for h in handles)}/{int(data.y.sum())} defacement examples, "
          f"{len(set(by_attacker))} groups with attackers merged")
    oof = out_of_fold(data, data.groups, folds, config, hyper)
    report("out of fold, grouped by site", data, oof, hyper.threshold)
    language_report(data, oof, hyper.threshold)
    attackers_oof = out_of_fold(data, by_attacker, folds, config, hyper)
    report("out of fold, leave attackers out", data, attackers_oof, hyper.threshold)
    language_report(data, attackers_oof, hyper.threshold)
    if in_sample:
        everything = np.arange(len(data.y))
        report("in sample", data, scores_with(data, everything, everything, config, hyper), hyper.threshold)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_predictions(out, data, oof, hyper.threshold)
    print(f"out-of-fold page predictions (grouped by site): {out} "
          f"({time.monotonic() - started:.0f} s in all)\n"
          f"score: python3 ../shared/eval/score.py --labels {corpus / 'labels.json'} --predictions {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="grouped cross-validation of the content classifier")
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--archive", type=Path, default=DEFAULT_ARCHIVE)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path("bench/out/oof-pages.jsonl"))
    parser.add_argument("--c", type=float, default=Hyper.c)
    parser.add_argument("--no-in-sample", action="store_true",
                        help="skip the in-sample fit (one training less)")
    args = parser.parse_args(argv)
    hyper = Hyper(c=args.c)
    if args.corpus is not None:
        run(find_corpus_root(args.corpus), args.folds, args.out, hyper, not args.no_in_sample)
        return 0
    with tempfile.TemporaryDirectory(prefix="tamperwatch-cv-") as tmp:
        run(unpack(args.archive, Path(tmp)), args.folds, args.out, hyper, not args.no_in_sample)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
