"""DetectionEngine: runs the configured detectors over a page and learns from clean ones."""

from __future__ import annotations

from collections.abc import Sequence

from tamperwatch.detect.base import Detector
from tamperwatch.detect.page import Page
from tamperwatch.detect.profile import Profile
from tamperwatch.detect.verdict import combine
from tamperwatch.models import Capture, Status, Verdict
from tamperwatch.plugins import load_plugin
from tamperwatch.settings import Settings


class DetectionEngine:
    def __init__(self, detectors: Sequence[Detector], learn_captures: int = 3, defaced_threshold: float = 0.5):
        self.detectors = list(detectors)
        self.learn_captures = learn_captures
        self.defaced_threshold = defaced_threshold

    @classmethod
    def from_settings(cls, settings: Settings) -> "DetectionEngine":
        detectors = [load_plugin("tamperwatch.detectors", n).from_settings(settings) for n in settings.detectors]
        return cls(detectors, settings.learn_captures, settings.defaced_threshold)

    def learn(self, profile: Profile, capture: Capture) -> None:
        page = Page(capture)
        for det in self.detectors:
            det.learn(profile.part(det.name), page)
        profile.learned += 1

    def evaluate(self, profile: Profile, capture: Capture) -> Verdict:
        """Verdict for ``capture``; while the profile is still learning, the verdict is LEARNING."""
        if profile.learned < self.learn_captures:
            return Verdict(Status.LEARNING, 0.0, ("learning the baseline",))
        page = Page(capture)
        findings = []
        for det in self.detectors:
            findings.extend(det.detect(profile.part(det.name), page))
        return combine(findings, self.defaced_threshold)
