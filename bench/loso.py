"""Leave-one-source-out evaluation of the content classifier (pages task).

    python -m bench.loso --dev /tmp/corpus/dev --pages /tmp/redteam --pages /tmp/redteam2 \
        --pages /tmp/redteam3 [--cache /tmp/loso-cache] [--attacker-folds 5]

Sources: the dev corpus (pages and scenarios, as ``make train`` reads it) and the page tasks of
the red-team editions (each written by another author, in other words and languages). For each
source, the full training recipe (augmentation, inner grouped calibration, export) runs on all
the other sources and the numpy runtime scores the held-out source's pages: a figure for pages
from a generator and attackers the model never saw. With ``--attacker-folds K`` the dev pages
are also scored leave-attackers-out (dev split by attacker and site into K folds, the other
sources always in training), which is ``bench.crossval``'s strictest figure with the extra data.

With ``--train-on NAME`` the model learns from that one source alone and scores all the others
(the dev-only model against the red-team editions: how a generator it never saw fares).

With ``--score-only NAME`` that source never trains any model: it is only scored (held out, by
a model of all the others), e.g. ``bench.legit_messages``'s pages when ``make train`` leaves them out.

With ``--kind-folds NAME`` the pages of source NAME are also scored leave-one-kind-out: each
``family`` of that source (a kind of page of ``bench.legit_messages``: maintenance, landing,
error...) is held out in turn while every other source and every other kind trains.

``--cache DIR`` keeps each source's augmented HTML (the transplants are slow to write) and its
features, keyed by the feature code, so a second run only refits.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import time
from pathlib import Path

import numpy as np
import numpy.typing as npt
from sklearn.model_selection import GroupKFold

from bench.crossval import handles_of, scores_with, wilson
from tamperwatch.detect.classifier import features, layout, resources, salient, structure
from tamperwatch.detect.classifier.dataset import find_corpus_root
from tamperwatch.detect.classifier.features import FeatureConfig
from tamperwatch.detect.classifier.grouping import attacker_groups
from tamperwatch.detect.classifier.prepare import (
    RawExample,
    TrainingSet,
    combine,
    featurize_raw,
    raw_examples,
)
from tamperwatch.detect.classifier.training import Hyper

Mask = npt.NDArray[np.bool_]
SWEEP = (0.2, 0.3, 0.4, 0.5, 0.7)


def _feature_key(config: FeatureConfig) -> str:
    modules = (features, layout, resources, salient, structure)
    code = b"".join(Path(m.__file__ or "").read_bytes() for m in modules)
    return hashlib.sha256(code + repr(config).encode()).hexdigest()[:16]


def load_source(corpus: Path, pages_only: bool, config: FeatureConfig, cache: Path | None,
                key: str = "") -> TrainingSet:
    """The featurised training set of one source, from the cache when it is there.

    ``key`` names the feature code the running process loaded (taken when it started).
    """
    if cache is None:
        return featurize_raw(list(raw_examples(corpus, pages_only=pages_only)), config)
    cache.mkdir(parents=True, exist_ok=True)
    tag = f"{corpus.name}-{'pages' if pages_only else 'all'}"
    feats_path = cache / f"{tag}-{key or _feature_key(config)}.pkl"
    if feats_path.is_file():
        with feats_path.open("rb") as fh:
            data: TrainingSet = pickle.load(fh)
            return data
    raw_path = cache / f"{tag}-raw.pkl"
    if raw_path.is_file():
        with raw_path.open("rb") as fh:
            raws: list[RawExample] = pickle.load(fh)
    else:
        raws = list(raw_examples(corpus, pages_only=pages_only))
        with raw_path.open("wb") as fh:
            pickle.dump(raws, fh, protocol=pickle.HIGHEST_PROTOCOL)
    data = featurize_raw(raws, config)
    with feats_path.open("wb") as fh:
        pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return data


def subset(data: TrainingSet, rows: npt.NDArray[np.int64]) -> TrainingSet:
    return TrainingSet([data.info[i] for i in rows], [data.features[i] for i in rows], data.ngrams[rows],
                       data.dense[rows], data.y[rows], data.weight[rows], data.groups[rows])


def line(name: str, prob: npt.NDArray[np.float64], y: Mask, threshold: float) -> str:
    pos, neg = prob[y], prob[~y]
    tp, fp = int((pos >= threshold).sum()), int((neg >= threshold).sum())
    lo, hi = wilson(tp, len(pos))
    sweep = ", ".join(f"{t:.1f}: {(pos >= t).mean():.1%}/{(neg >= t).mean():.2%}" for t in SWEEP)
    return (f"  {name:<22} TPR {tp:>3}/{len(pos):<3} = {tp / max(1, len(pos)):6.1%} [{lo:.0%}, {hi:.0%}]  "
            f"FPR {fp:>2}/{len(neg):<3} = {fp / max(1, len(neg)):5.2%}   by threshold {sweep}")


def dev_folds(data: TrainingSet, dev_rows: npt.NDArray[np.int64], groups: npt.NDArray[np.int64], folds: int,
              title: str, config: FeatureConfig, hyper: Hyper, unseen: Mask) -> None:
    """Dev pages scored out of fold (``groups`` never split), every other source always in training."""
    others = np.flatnonzero(~np.isin(np.arange(len(data.y)), dev_rows) & ~unseen)
    pages = data.is_page
    probs, ys = [], []
    for fold_train, fold_test in GroupKFold(n_splits=folds).split(dev_rows, groups=groups):
        test = dev_rows[fold_test][pages[dev_rows[fold_test]]]
        probs.append(scores_with(data, np.concatenate([dev_rows[fold_train], others]), test, config, hyper))
        ys.append(data.y[test])
    print(line(title, np.concatenate(probs), np.concatenate(ys), hyper.threshold), flush=True)


def kind_folds(data: TrainingSet, name: str, config: FeatureConfig, hyper: Hyper) -> None:
    """Each kind (family) of source ``name`` held out in turn: trained on the rest, its pages scored."""
    source = data.corpus_mask(name)
    families = np.asarray([i.family for i in data.info])
    pages = data.is_page
    for family in sorted(set(families[source & pages].tolist())):
        held = source & (families == family)
        prob = scores_with(data, np.flatnonzero(~held), np.flatnonzero(held & pages), config, hyper)
        print(line(f"{name} kind {family}", prob, data.y[held & pages], hyper.threshold), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="leave-one-source-out evaluation of the page classifier")
    parser.add_argument("--dev", type=Path, required=True, help="the dev corpus (pages and scenarios)")
    parser.add_argument("--pages", type=Path, action="append", default=[],
                        help="a corpus whose page task is one more source (repeatable)")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--attacker-folds", type=int, default=0)
    parser.add_argument("--site-folds", type=int, default=0,
                        help="also score the dev pages out of fold grouped by site (the other sources train)")
    parser.add_argument("--only", action="append", default=[], help="hold out only these sources")
    parser.add_argument("--train-on", help="instead: train on this source alone, score every other one")
    parser.add_argument("--score-only", action="append", default=[],
                        help="a source that is never trained on, only scored when held out (repeatable)")
    parser.add_argument("--kind-folds", action="append", default=[],
                        help="score this source's pages leave-one-kind-out (its families; repeatable)")
    parser.add_argument("--dump", type=Path, help="write each held-out page's p here (JSONL)")
    parser.add_argument("--c", type=float, default=Hyper.c)
    parser.add_argument("--dense-weight", type=float, default=Hyper.dense_weight)
    parser.add_argument("--ngram-weight", type=float, default=Hyper.ngram_weight)
    args = parser.parse_args(argv)
    config = FeatureConfig()
    hyper = Hyper(c=args.c, dense_weight=args.dense_weight, ngram_weight=args.ngram_weight)
    key = _feature_key(config)
    started = time.monotonic()
    dev = find_corpus_root(args.dev)
    parts = [load_source(dev, False, config, args.cache, key)]
    parts += [load_source(find_corpus_root(p), True, config, args.cache, key) for p in args.pages]
    data = combine(parts)
    names = [dev.name] + [find_corpus_root(p).name for p in args.pages]
    print(f"{len(data.y)} examples from {', '.join(names)} ({time.monotonic() - started:.0f} s to load); "
          f"{hyper}")
    pages = data.is_page
    unseen = np.zeros(len(data.y), dtype=bool)
    for name in args.score_only:
        unseen |= data.corpus_mask(name)
    for name in names:
        if (args.only and name not in args.only) or name == args.train_on:
            continue
        held = data.corpus_mask(name)
        train = np.flatnonzero(data.corpus_mask(args.train_on) if args.train_on else ~held & ~unseen)
        test = np.flatnonzero(held & pages)
        prob = scores_with(data, train, test, config, hyper)
        print(line(f"held out {name}", prob, data.y[test], hyper.threshold), flush=True)
        if args.dump:
            with args.dump.open("a", encoding="utf-8") as fh:
                for row, p in zip(test, prob, strict=True):
                    item = {"corpus": name, "page": data.info[row].key, "defaced": bool(data.y[row]),
                            "p": float(p)}
                    fh.write(json.dumps(item) + "\n")
    dev_rows = np.flatnonzero(data.corpus_mask(dev.name))
    if args.site_folds:
        groups = data.groups[dev_rows]
        dev_folds(data, dev_rows, groups, args.site_folds, "dev sites out", config, hyper, unseen)
    if args.attacker_folds:
        groups = attacker_groups(data.groups[dev_rows], handles_of(subset(data, dev_rows)))
        dev_folds(data, dev_rows, groups, args.attacker_folds, "dev attackers out", config, hyper, unseen)
    for name in args.kind_folds:
        kind_folds(data, name, config, hyper)
    print(f"({time.monotonic() - started:.0f} s in all)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
