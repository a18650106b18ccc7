"""Out-of-fold figures of the WHOLE product (replay + classify), cross-validated grouped by site.

    python -m bench.crossval_scenarios [--corpus DIR] [--folds 5] [--workers 2]
                                       [--out bench/out/oof-all.jsonl] [--models DIR]
                                       [--pages-corpus DIR ...]

The shipped content classifier is trained on the dev corpus, so ``make accuracy`` is in-sample
for it. Here every outer fold (``GroupKFold`` over the site groups of ``bench.crossval``: a
scenario's snapshots share its host, pages their canonical host, near-identical texts one group)
trains the classifier with the full recipe (``train_weights``) on the OTHER folds' examples,
writes it to a model file, and then

* replays the fold's scenarios through the real pipeline (``pipeline.replay.replay_scenario``,
  every detector, the fold's model via ``Settings.classifier_model_path``);
* classifies the fold's pages cold exactly as ``tamperwatch classify`` does, with the fold's model.

No target URL is in both the training and the scoring side of a fold. ``--pages-corpus DIR``
(repeatable) adds another corpus's page task to the training side of EVERY fold, as ``make
train`` adds red-team editions 1-3 to the shipped model's (their pages come from other authors,
not from the dev sites, so no fold scores what it trained on). All out-of-fold lines go
to one JSONL file scored by ``../shared/eval/score.py``; the summary adds 95% Wilson intervals
and the Brier score of the out-of-fold scores (``bench.oof_summary``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import GroupKFold

from bench.oof_summary import summarise
from tamperwatch.capture.file_fetcher import Scenario
from tamperwatch.classify import classify_file
from tamperwatch.detect.classifier.dataset import find_corpus_root
from tamperwatch.detect.classifier.features import FeatureConfig
from tamperwatch.detect.classifier.prepare import TrainingSet, build_training_set, build_training_sets
from tamperwatch.detect.classifier.training import Hyper, train_weights
from tamperwatch.detect.train import DEFAULT_ARCHIVE, unpack
from tamperwatch.pipeline.replay import replay_scenario
from tamperwatch.settings import Settings

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
Job = tuple[str, str, str]  # (kind, path, settings json)


def fold_models(
    data: TrainingSet, folds: int, models: Path, extra: TrainingSet | None = None
) -> tuple[dict[str, int], list[Path]]:
    """Train one model per outer fold (``extra`` joins every fold's training side); returns
    {scenario or page id: its test fold} and the model files."""
    config, hyper = FeatureConfig(), Hyper()
    fold_of: dict[str, int] = {}
    paths: list[Path] = []
    splits = GroupKFold(n_splits=folds).split(data.dense, data.y, data.groups)
    for k, (train, test) in enumerate(splits):
        started = time.monotonic()
        rows = (
            [data.features[i] for i in train],
            data.y[train],
            data.weight[train],
            data.groups[train],
        )
        if extra is not None:  # the extra corpus's groups numbered after this corpus's
            offset = int(data.groups.max()) + 1
            rows = (
                rows[0] + extra.features,
                np.concatenate([rows[1], extra.y]),
                np.concatenate([rows[2], extra.weight]),
                np.concatenate([rows[3], extra.groups + offset]),
            )
        weights = train_weights(*rows, config, hyper)
        path = models / f"fold-{k}.npz"
        weights.save(path)
        paths.append(path)
        for i in test:
            previous = fold_of.setdefault(data.info[i].key, k)
            if previous != k:
                raise RuntimeError(f"{data.info[i].key} is split across folds {previous} and {k}")
        print(f"fold {k}: trained on {len(train)} examples, {len(test)} held out "
              f"({time.monotonic() - started:.0f} s)", flush=True)
    return fold_of, paths


def run_job(job: Job) -> list[dict[str, Any]]:
    """One scenario replayed, or one page classified, with the settings of its fold."""
    kind, path, settings_json = job
    settings = Settings.model_validate_json(settings_json)
    if kind == "page":
        defaced, score, reasons = classify_file(Path(path), settings)
        return [{"page": Path(path).stem, "defaced": defaced, "score": score, "reasons": reasons}]
    return asyncio.run(replay_scenario(Scenario.load(Path(path)), settings))


def jobs_for(corpus: Path, fold_of: dict[str, int], models: list[Path]) -> list[Job]:
    settings = [Settings(classifier_model_path=str(m)).model_dump_json() for m in models]
    jobs: list[Job] = []
    for folder in sorted(p for p in (corpus / "scenarios").iterdir() if (p / "meta.json").is_file()):
        if folder.name in fold_of:
            jobs.append(("scenario", str(folder), settings[fold_of[folder.name]]))
    for page in sorted((corpus / "pages").glob("*.html")):
        if page.stem in fold_of:
            jobs.append(("page", str(page), settings[fold_of[page.stem]]))
    return jobs


def kept_models(models: Path, folds: int) -> tuple[dict[str, int], list[Path]] | None:
    """The fold models and assignment an earlier run kept in ``models`` (``--models``), if complete."""
    assignment = models / "fold_of.json"
    paths = [models / f"fold-{k}.npz" for k in range(folds)]
    if not assignment.is_file() or not all(p.is_file() for p in paths):
        return None
    return json.loads(assignment.read_text()), paths


def trained_models(
    corpus: Path, folds: int, models: Path, pages: Sequence[Path] = ()
) -> tuple[dict[str, int], list[Path]]:
    kept = kept_models(models, folds)
    if kept is not None:
        print(f"fold models reused from {models} (the classifier's training does not depend on the rules)")
        return kept
    data = build_training_set(corpus, FeatureConfig())
    print(f"{len(data.y)} training examples, {len(set(data.groups))} site groups, {folds} folds", flush=True)
    extra = build_training_sets([], [find_corpus_root(p) for p in pages], FeatureConfig()) if pages else None
    if extra is not None:
        print(f"+ {len(extra.y)} page examples of {len(pages)} more corpora in every fold", flush=True)
    models.mkdir(parents=True, exist_ok=True)
    fold_of, paths = fold_models(data, folds, models, extra)
    (models / "fold_of.json").write_text(json.dumps(fold_of))
    return fold_of, paths


def run(
    corpus: Path, folds: int, workers: int, out: Path, keep: Path | None = None, pages: Sequence[Path] = ()
) -> None:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="tw-oof-models-") as tmp:
        fold_of, models = trained_models(corpus, folds, keep or Path(tmp), pages)
        jobs = jobs_for(corpus, fold_of, models)
        out.parent.mkdir(parents=True, exist_ok=True)
        with ProcessPoolExecutor(workers) as pool, out.open("w", encoding="utf-8") as fh:
            for lines in pool.map(run_job, jobs, chunksize=4):
                for line in lines:
                    fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"out-of-fold predictions: {out} ({time.monotonic() - started:.0f} s in all)\n", flush=True)
    subprocess.run([sys.executable, str(SCORER), "--labels", str(corpus / "labels.json"),
                    "--predictions", str(out)], check=False)
    print()
    print(summarise(corpus / "labels.json", out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="unpacked corpus folder (holding labels.json)")
    parser.add_argument("--archive", type=Path, default=DEFAULT_ARCHIVE)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=Path("bench/out/oof-all.jsonl"))
    parser.add_argument(
        "--models", type=Path, help="keep the fold models here, and reuse them when a later run finds them"
    )
    parser.add_argument("--train-only", action="store_true", help="with --models: only train the fold models")
    parser.add_argument(
        "--pages-corpus",
        type=Path,
        action="append",
        default=[],
        help="a corpus whose page task joins every fold's training side (repeatable)",
    )
    args = parser.parse_args(argv)
    if args.train_only:
        if args.models is None or args.corpus is None:
            parser.error("--train-only needs --models and --corpus")
        trained_models(find_corpus_root(args.corpus), args.folds, args.models, args.pages_corpus)
        return 0
    if args.corpus is not None:
        run(find_corpus_root(args.corpus), args.folds, args.workers, args.out, args.models, args.pages_corpus)
        return 0
    with tempfile.TemporaryDirectory(prefix="tw-oof-corpus-") as tmp:
        corpus = unpack(args.archive, Path(tmp))
        run(corpus, args.folds, args.workers, args.out, args.models, args.pages_corpus)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
