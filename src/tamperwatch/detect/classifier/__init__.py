"""Content-semantics classifier: is this page itself a defacement page? (cold start, no history)

``classify_page(capture)`` is what ``tamperwatch classify`` calls for each page file; the
``ContentClassifierDetector`` plugin uses the same scorer inside the engine. The model is a
linear model over hashed character n-grams of the salient text plus structural statistics,
trained by ``python -m tamperwatch.detect.train`` and read with numpy only.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tamperwatch.detect.headline_slots import markup_in_title
from tamperwatch.detect.page import Page
from tamperwatch.models import Capture

if TYPE_CHECKING:  # the runtime (and numpy) is imported when a model is first loaded
    from tamperwatch.detect.classifier.runtime import ContentClassifier, Explanation


def __getattr__(name: str) -> Any:
    if name in ("ContentClassifier", "Explanation"):
        from tamperwatch.detect.classifier import runtime

        return getattr(runtime, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "ContentClassifier",
    "Explanation",
    "classify_page",
    "default_classifier",
    "describe",
    "load_classifier",
]


MARKUP_SCORE = 0.9  # cold-start score of a page whose title holds a script/frame tag


@lru_cache(maxsize=1)
def default_classifier() -> ContentClassifier:
    """The model shipped with the package, loaded once per process."""
    from tamperwatch.detect.classifier.runtime import ContentClassifier

    return ContentClassifier.load()


@lru_cache(maxsize=4)
def load_classifier(model_path: str = "") -> ContentClassifier:
    """The model at ``model_path`` (``Settings.classifier_model_path``), or the shipped one when empty."""
    from tamperwatch.detect.classifier.runtime import ContentClassifier

    return ContentClassifier.load(Path(model_path)) if model_path else default_classifier()


def describe(explanation: Explanation) -> str:
    """A reason a person can read: probability, snippet and the words that weighed most."""
    text = f"page text reads like a defacement page (p={explanation.probability:.2f})"
    if explanation.snippet:
        text += f": '{explanation.snippet}'"
    if explanation.terms:
        text += f" (words: {', '.join(explanation.terms)})"
    return text


def classify_page(
    capture: Capture, classifier: ContentClassifier | None = None, threshold: float | None = None
) -> tuple[bool, float, list[str]]:
    """``(defaced, score, reasons)`` for one capture with no history; never raises on bad HTML.

    Besides the model's probability, a title that holds a script or frame tag (an injection that
    landed in the title) makes the page defaced.
    """
    model = classifier or default_classifier()
    cut = model.threshold if threshold is None else threshold
    page = Page(capture)
    explanation = model.explain(page)
    score = round(explanation.probability, 6)
    markup = markup_in_title(page.title)
    if markup and score < cut:  # an injection artefact the text model cannot weigh: a tag as the title
        return True, max(score, MARKUP_SCORE), [f"title holds injected markup '{markup[:80]}'"]
    defaced = score >= cut
    return defaced, score, [describe(explanation)] if defaced else []
