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
_MAX_LOGIT = 60.0  # the sigmoid's input is clipped to +-this (p is 0 or 1 long before; exp overflows)
# What ``explain`` shows: the words weighed, from the title, the headings and the body's start.
EXPLAIN_TERMS = 4  # words with the largest positive weight named
_EXPLAIN_BODY_CHARS = 400  # characters of the salient body whose words are weighed
_EXPLAIN_WORDS = 300  # words weighed at most
_TERM_CHARS = 40  # characters of a named word
_SNIPPET_CHARS = 80  # characters of the salient snippet


@dataclass(frozen=True, slots=True)
class Explanation:
    probability: float
    terms: tuple[str, ...]
    snippet: str


def _sigmoid(z: float) -> float:
    z = max(-_MAX_LOGIT, min(_MAX_LOGIT, z))
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

    def explain(self, page: Page, max_terms: int = EXPLAIN_TERMS) -> Explanation:
        """Probability, the words with the largest positive weight, and the salient snippet."""
        try:
            features = self.features(page)
        except (ValueError, TypeError, MemoryError, RecursionError, UnicodeError):
            return Explanation(0.0, (), "")
        salient = features.salient
        text = f"{salient.title} {salient.headings} {salient.body[:_EXPLAIN_BODY_CHARS]}"
        words = dict.fromkeys(text.split()[:_EXPLAIN_WORDS])
        scored = sorted(((self._term_weight(wd), wd) for wd in words if len(wd) > 1), reverse=True)
        terms = tuple(wd[:_TERM_CHARS] for weight, wd in scored[:max_terms] if weight > 0)
        snippet = (salient.title or salient.headings or salient.body)[:_SNIPPET_CHARS]
        return Explanation(self.probability(features), terms, snippet)
