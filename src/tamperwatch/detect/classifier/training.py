"""Fitting the content classifier with scikit-learn (training time only; ``pip install .[train]``).

A class-weighted L2 logistic regression on the hashed n-grams plus standardised structural
statistics (scaled down by ``dense_weight`` so that size alone cannot outvote the text), then
Platt scaling fitted on decision values predicted out of fold (grouped by site), so the
exported probability is calibrated on pages the model did not see.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from tamperwatch.detect.classifier.features import FeatureConfig, PageFeatures
from tamperwatch.detect.classifier.weights import ModelWeights

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Hyper:
    c: float = 4.0
    dense_weight: float = 0.15
    # The n-gram part's scale in the fit (a smaller one regularises the words harder, so that
    # layout, not the vocabulary of the attackers seen in training, carries more of the decision).
    ngram_weight: float = 1.0
    inner_folds: int = 5
    threshold: float = 0.3  # calibrated p; out of fold it meets TPR >= 98% at FPR 0 on dev pages
    seed: int = 1234
    # Only the largest n-gram weights are kept (the model file stays about 1 MB): the transplants'
    # many languages spread small weights over almost every bucket. Pruned inside every fit, so
    # the calibration is fitted on decisions of pruned models too.
    max_ngram_weights: int = 300_000


def ngram_matrix(feats: Sequence[PageFeatures], n_features: int) -> sparse.csr_matrix:
    indptr = np.cumsum([0] + [len(f.indices) for f in feats])
    indices = np.concatenate([f.indices for f in feats]) if feats else np.zeros(0, np.int64)
    values = np.concatenate([f.values for f in feats]) if feats else np.zeros(0)
    matrix = sparse.csr_matrix((values, indices, indptr), shape=(len(feats), n_features))
    matrix.sum_duplicates()
    return matrix


def dense_matrix(feats: Sequence[PageFeatures]) -> FloatArray:
    return np.vstack([f.dense for f in feats])


@dataclass(frozen=True)
class LinearFit:
    ngram: FloatArray
    dense: FloatArray
    mean: FloatArray
    scale: FloatArray
    intercept: float
    estimator: LogisticRegression
    ngram_weight: float = 1.0

    def design(self, ngrams: sparse.csr_matrix, dense: FloatArray) -> sparse.csr_matrix:
        """The matrix the scikit-learn estimator was fitted on."""
        return _design(ngrams, dense, self.mean, self.scale, self.ngram_weight)

    def decision(self, ngrams: sparse.csr_matrix, dense: FloatArray) -> FloatArray:
        z = ngrams @ self.ngram + ((dense - self.mean) / self.scale) @ self.dense
        return np.asarray(z, dtype=np.float64) + self.intercept


def _design(ngrams: sparse.csr_matrix, dense: FloatArray, mean: FloatArray, scale: FloatArray,
            ngram_weight: float) -> sparse.csr_matrix:
    return sparse.hstack([ngrams * ngram_weight, sparse.csr_matrix((dense - mean) / scale)], format="csr")


def fit_linear(
    ngrams: sparse.csr_matrix, dense: FloatArray, y: npt.NDArray[np.bool_], weight: FloatArray, hyper: Hyper
) -> LinearFit:
    mean = dense.mean(axis=0)
    scale = dense.std(axis=0)
    scale[scale < 1e-9] = 1.0
    scale /= hyper.dense_weight  # a smaller dense_weight regularises the structural statistics harder
    design = _design(ngrams, dense, mean, scale, hyper.ngram_weight)
    positive = weight[y].sum()
    negative = weight[~y].sum()
    total = positive + negative
    balanced = np.where(y, weight * total / (2 * positive), weight * total / (2 * negative))
    model = LogisticRegression(C=hyper.c, max_iter=3000, solver="liblinear", random_state=hyper.seed)
    model.fit(design, y, sample_weight=balanced)
    coef = model.coef_.ravel()
    n = ngrams.shape[1]
    ngram = prune(coef[:n], hyper.max_ngram_weights) * hyper.ngram_weight  # weights of the raw n-grams
    intercept = float(model.intercept_[0])
    return LinearFit(ngram, coef[n:].copy(), mean, scale, intercept, model, hyper.ngram_weight)


def prune(weights: FloatArray, keep: int) -> FloatArray:
    """A copy of ``weights`` with all but the ``keep`` largest in magnitude set to zero."""
    out = weights.copy()
    if np.count_nonzero(out) > keep:
        out[np.argsort(np.abs(out))[: len(out) - keep]] = 0.0
    return out


def fit_platt(z: FloatArray, y: npt.NDArray[np.bool_], seed: int) -> tuple[float, float]:
    model = LogisticRegression(C=1e4, solver="lbfgs", random_state=seed)
    model.fit(z.reshape(-1, 1), y)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def out_of_fold_decision(
    ngrams: sparse.csr_matrix, dense: FloatArray, y: npt.NDArray[np.bool_], weight: FloatArray,
    groups: IntArray, hyper: Hyper, folds: int,
) -> FloatArray:
    """Decision values of every example from a model that never saw its group."""
    z = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=folds).split(ngrams, y, groups):
        fit = fit_linear(ngrams[train], dense[train], y[train], weight[train], hyper)
        z[test] = fit.decision(ngrams[test], dense[test])
    return z


def train_weights(
    feats: Sequence[PageFeatures], y: npt.NDArray[np.bool_], weight: FloatArray, groups: IntArray,
    config: FeatureConfig, hyper: Hyper,
) -> ModelWeights:
    """Fit on everything; calibrate on inner out-of-fold decisions; export numpy weights."""
    ngrams = ngram_matrix(feats, config.hasher.n_features)
    dense = dense_matrix(feats)
    inner = out_of_fold_decision(ngrams, dense, y, weight, groups, hyper, hyper.inner_folds)
    calib_a, calib_b = fit_platt(inner, y, hyper.seed)
    fit = fit_linear(ngrams, dense, y, weight, hyper)
    return export_weights(fit, config, (calib_a, calib_b), hyper.threshold)


def export_weights(
    fit: LinearFit, config: FeatureConfig, calibration: tuple[float, float], threshold: float
) -> ModelWeights:
    """The numpy-only model of a fitted estimator and its Platt calibration."""
    calib_a, calib_b = calibration
    return ModelWeights(
        config=config,
        ngram=fit.ngram.astype(np.float32),
        dense=fit.dense,
        dense_mean=fit.mean,
        dense_scale=fit.scale,
        intercept=fit.intercept,
        calib_a=calib_a,
        calib_b=calib_b,
        threshold=threshold,
    )
