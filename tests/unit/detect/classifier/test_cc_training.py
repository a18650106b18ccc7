"""Training and export: the numpy runtime reproduces the scikit-learn model it was exported from."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from tamperwatch.detect.classifier.features import FeatureConfig, featurize_html
from tamperwatch.detect.classifier.runtime import ContentClassifier
from tamperwatch.detect.classifier.weights import ModelWeights

pytest.importorskip("sklearn")

from tamperwatch.detect.classifier.training import (
    Hyper,
    dense_matrix,
    export_weights,
    fit_linear,
    ngram_matrix,
    train_weights,
)

_BAD = ["hacked", "owned", "greetz", "defaced", "security", "weak", "team", "cyber", "was", "here"]
_GOOD = ["council", "budget", "weather", "sport", "market", "school", "report", "league", "rain", "city"]


def _page(rng: random.Random, bad: bool) -> str:
    words = _BAD if bad else _GOOD
    title = " ".join(rng.choices(words, k=4))
    text = " ".join(rng.choices(words + _GOOD, k=rng.randint(20, 80)))
    links = "".join(f'<a href="/p{i}">link {i}</a>' for i in range(rng.randint(0, 30)))
    return f"<html><title>{title}</title><body><h1>{title}</h1><p>{text}</p>{links}</body></html>"


@pytest.fixture(scope="module")
def samples() -> Samples:
    rng = random.Random(7)
    labels = np.asarray([i % 3 == 0 for i in range(60)])
    return [_page(rng, bool(b)) for b in labels], labels


Samples = tuple[list[str], np.ndarray]


def test_exported_runtime_matches_sklearn_probabilities(tmp_path: Path, samples: Samples) -> None:
    pages, y = samples
    config = FeatureConfig(bits=14)
    feats = [featurize_html(html, config) for html in pages]
    ngrams, dense = ngram_matrix(feats, config.hasher.n_features), dense_matrix(feats)
    fit = fit_linear(ngrams, dense, y, np.ones(len(y)), Hyper(c=2.0))
    expected = fit.estimator.predict_proba(fit.design(ngrams, dense))[:, 1]
    path = tmp_path / "model.npz"
    export_weights(fit, config, (1.0, 0.0), 0.5).save(path)
    runtime = ContentClassifier.load(path)
    got = np.asarray([runtime.probability(f) for f in feats])
    np.testing.assert_allclose(got, expected, atol=2e-3)


def test_training_separates_classes_and_calibrates(tmp_path: Path, samples: Samples) -> None:
    pages, y = samples
    config = FeatureConfig(bits=14)
    feats = [featurize_html(html, config) for html in pages]
    groups = np.arange(len(y)) // 4
    weights = train_weights(feats, y, np.ones(len(y)), groups, config, Hyper(c=2.0, inner_folds=3))
    path = tmp_path / "model.npz"
    weights.save(path)
    loaded = ModelWeights.load(path)
    assert loaded.config == config
    model = ContentClassifier(loaded)
    probs = np.asarray([model.probability(f) for f in feats])
    assert ((probs >= 0.5) == y).mean() >= 0.95
    assert np.all((probs >= 0.0) & (probs <= 1.0))
