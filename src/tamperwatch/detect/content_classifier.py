"""Content-classifier detector: catches a page that has itself become a defacement page.

Scores the page's salient text and structure with the shipped classifier (see
``detect.classifier``) and reports a content finding whose score is the calibrated
probability. Its profile part remembers the scores of the last known-good captures (at most
``baseline_slots``), so a site whose normal pages already read a bit like a defacement page
(a security blog, a hacker-culture site) only alerts when a capture scores clearly above its
own normal. A parked domain ("Buy this domain") reads like a defacement page to the model but
is a lapsed domain: it is reported as a structure-only finding (at most ``suspicious``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.classifier import MARKUP_SCORE, describe, load_classifier
from tamperwatch.detect.headline_slots import markup_in_title
from tamperwatch.detect.page import Page
from tamperwatch.detect.parked import parked_phrase
from tamperwatch.detect.tuning import tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

if TYPE_CHECKING:
    from tamperwatch.detect.classifier import ContentClassifier


@dataclass(frozen=True, slots=True)
class ContentClassifierConfig:
    baseline_slots: int = 8  # scores of known-good captures remembered per site
    margin: float = 0.15  # a capture must score this much above the site's own best known-good score
    resample_every: int = 16  # every this-many-th clean capture is scored into the baseline
    # The model's own threshold moves by this times (0.5 - sensitivity): 0.2 lower at 1, higher at 0 ...
    threshold_per_sensitivity: float = 0.4
    min_threshold: float = 0.05  # ... and stays at least this ...
    max_threshold: float = 0.95  # ... and at most this
    score_digits: int = 4  # decimals of a baseline score kept


class ContentClassifierDetector:
    name: ClassVar[str] = "content_classifier"
    config_type: ClassVar[type[ContentClassifierConfig]] = ContentClassifierConfig

    def __init__(
        self,
        classifier: ContentClassifier | Callable[[], ContentClassifier],
        threshold: float | None = 0.5,
        sensitivity: float = 0.5,
        config: ContentClassifierConfig | None = None,
    ) -> None:
        """``threshold`` None: the model's own, moved by ``sensitivity``."""
        self._classifier = classifier
        self._threshold = threshold
        self.config = config or ContentClassifierConfig()
        self.baseline_slots = self.config.baseline_slots
        self.margin = self.config.margin
        self.resample_every = self.config.resample_every
        self.sensitivity = sensitivity

    @classmethod
    def from_settings(cls, settings: Settings) -> ContentClassifierDetector:
        """The model is loaded (with numpy) on the first page scored, not when the engine is built."""
        path = settings.classifier_model_path
        if path and not Path(path).is_file():  # a wrong path is said at start, not at the first score
            raise ValueError(f"classifier_model_path {path!r}: no such model file")
        config = tuned(settings, cls.name, ContentClassifierConfig())
        return cls(
            lambda: load_classifier(path), threshold=None, sensitivity=settings.sensitivity, config=config
        )

    @cached_property
    def classifier(self) -> ContentClassifier:
        made = self._classifier
        return made() if callable(made) else made

    @cached_property
    def threshold(self) -> float:
        """The given threshold, else the model's own moved by the sensitivity (0.5 keeps it; 1 lowers
        it by 0.2, 0 raises it by 0.2)."""
        if self._threshold is not None:
            return self._threshold
        c = self.config
        shift = c.threshold_per_sensitivity * (0.5 - self.sensitivity)
        return min(c.max_threshold, max(c.min_threshold, self.classifier.threshold + shift))

    @staticmethod
    def _baseline(part: ProfilePart) -> list[float]:
        """Learned scores of known-good captures (anything malformed in a stored profile is dropped)."""
        stored = part.get("baseline", [])
        return [float(s) for s in stored if isinstance(s, (int, float))] if isinstance(stored, list) else []

    def learn_trusted(self, part: ProfilePart, page: Page) -> None:
        """Known-good history: its score always joins the site's baseline."""
        scores = self._baseline(part)
        scores.append(round(self.classifier.score_page(page), self.config.score_digits))
        part["baseline"] = scores[-self.baseline_slots :]

    def learn(self, part: ProfilePart, page: Page) -> None:
        """Online update from a clean capture. The baseline comes from the trusted captures; later
        only every ``resample_every``-th clean capture is scored, to follow slow drift: scoring
        needs the model (loaded with numpy, about a quarter CPU-second per process) and a clean
        change seldom moves how defacement-like the site reads."""
        seen = int(part.get("seen", 0)) + 1 if isinstance(part.get("seen", 0), int) else 1
        part["seen"] = seen
        if seen % self.resample_every == 0:
            self.learn_trusted(part, page)

    def _bar(self, part: ProfilePart) -> float:
        """The score a capture must reach: the threshold, or the site's own normal plus a margin."""
        return max(self.threshold, max(self._baseline(part), default=0.0) + self.margin)

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        explanation = self.classifier.explain(page)
        probability = explanation.probability
        markup = "" if part else markup_in_title(page.title)
        if markup and probability < self._bar(
            part
        ):  # cold: a tag as the title, which the text model cannot weigh
            reason = f"title holds injected markup '{markup[:80]}'"
            return [Finding(self.name, max(probability, MARKUP_SCORE), reason, evidence={"markup": markup})]
        if probability < self._bar(part):
            return []
        evidence = {
            "probability": round(probability, 4),
            "terms": list(explanation.terms),
            "baseline_max": max(self._baseline(part), default=0.0),
        }
        parked = parked_phrase(page)
        if parked:
            evidence["parked"] = parked
            reason = (
                f"page became a parked domain ('{parked[:60]}'), not a defacement page (p={probability:.2f})"
            )
            return [Finding(self.name, probability, reason, content=False, evidence=evidence)]
        return [Finding(self.name, probability, describe(explanation), content=True, evidence=evidence)]
