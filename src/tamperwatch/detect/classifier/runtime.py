"""Run-time scorer of the content classifier: pure numpy, no scikit-learn.

``ContentClassifier.load()`` reads the model shipped in ``tamperwatch/detect/model/``;
``score_page(page)`` returns the calibrated probability that the page is itself a
defacement page, and ``explain(page)`` adds the words that pushed the score up.
Scoring reads only capped salient text and a few element counts, and never raises.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tamperwatch.detect.classifier.features import HEAD_SEED, PageFeatures, featurize_tree
from tamperwatch.detect.classifier.weights import ModelWeights
from tamperwatch.detect.page import Page

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent.parent / "model" / "content_classifier.npz"


@dataclass(frozen=True, slots=True)
class Explanation:
    probability: float
    terms: tuple[str, ...]
    snippet: str


def _sigmoid(z: float) -> float:
    z = max(-60.0, min(60.0, z))
    return 1.0 / (1.0 + math.exp(-z))


class ContentClassifier:
    """A loaded model; thread-safe (read-only after construction)."""

    def __init__(self, weights: ModelWeights) -> None:
        self.weights = weights

    @classmethod
    def load(cls, path: Path | None = None) -> ContentClassifier:
        return cls(ModelWeights.load(path or DEFAULT_MODEL_PATH))

    @property
    def threshold(self) -> float:
        return self.weights.threshold

    def decision(self, features: PageFeatures) -> float:
        w = self.weights
        z = float(np.dot(w.ngram[features.indices].astype(np.float64), features.values))
        z += float(np.dot(w.dense, (features.dense - w.dense_mean) / w.dense_scale))
        return z + w.intercept

    def probability(self, features: PageFeatures) -> float:
        w = self.weights
        return _sigmoid(w.calib_a * self.decision(features) + w.calib_b)

    def features(self, page: Page) -> PageFeatures:
        return featurize_tree(page.tree, page.html, self.weights.config)

    def score_page(self, page: Page) -> float:
        """Calibrated probability in [0, 1] that ``page`` is a defacement page; 0.0 if unreadable."""
        try:
            return self.probability(self.features(page))
        except (ValueError, TypeError, MemoryError, RecursionError, UnicodeError):
            return 0.0

    def _term_weight(self, word: str) -> float:
        hasher = self.weights.config.hasher
        buckets = hasher.buckets(word, HEAD_SEED)
        return float(self.weights.ngram[buckets].sum()) / max(1, len(buckets))

    def explain(self, page: Page, max_terms: int = 4) -> Explanation:
        """Probability, the words with the largest positive weight, and the salient snippet."""
        try:
            features = self.features(page)
        except (ValueError, TypeError, MemoryError, RecursionError, UnicodeError):
            return Explanation(0.0, (), "")
        salient = features.salient
        words = dict.fromkeys(f"{salient.title} {salient.headings} {salient.body[:400]}".split()[:300])
        scored = sorted(((self._term_weight(wd), wd) for wd in words if len(wd) > 1), reverse=True)
        terms = tuple(wd[:40] for weight, wd in scored[:max_terms] if weight > 0)
        snippet = (salient.title or salient.headings or salient.body)[:80]
        return Explanation(self.probability(features), terms, snippet)
