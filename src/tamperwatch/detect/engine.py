"""DetectionEngine: runs the configured detectors over a page, learns from good ones, accepts redesigns.

Order and cost: cheap history-based detectors run on every changed capture; detectors marked
``escalation_only`` (the content classifier) run only when an earlier detector found something
or the profile has learned nothing yet (cold start), which keeps the changed-page path fast.
A detector that raises is skipped and logged: a hostile page never stops a check. What each
detector can do is resolved once into ``Hooks`` (detect/hooks.py) when the detectors are built.

``from_settings`` checks the configured detector names at once but imports and builds the
detectors on first use: a cron-style round whose pages are all unchanged never pays for them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tamperwatch.detect.base import Detector
from tamperwatch.detect.hooks import FoldKind, Hooks
from tamperwatch.detect.page import Page
from tamperwatch.detect.profile import Profile
from tamperwatch.detect.screen import Screen, ScreenMode
from tamperwatch.detect.tuning import tuned
from tamperwatch.detect.verdict import (
    DEFACED_THRESHOLD,
    SUSPICIOUS_THRESHOLD,
    VerdictConfig,
    combine,
    has_content_evidence,
)
from tamperwatch.models import Capture, Finding, Status, Verdict
from tamperwatch.plugins import PluginCatalog
from tamperwatch.settings import Settings

DETECTOR_GROUP = "tamperwatch.detectors"
# Target sensitivities are rounded to this many decimals: at most 101 tuned engines per process.
SENSITIVITY_DIGITS = 2
VERDICT_TUNING = "verdict"  # the name of how findings combine in detector_tuning
# The shipped defaults of an engine built without Settings are Settings' own.
LEARN_CAPTURES: int = Settings.model_fields["learn_captures"].default
MAX_ANALYSED_CHARS: int = Settings.model_fields["max_analysed_chars"].default


class DetectionEngine:
    def __init__(
        self,
        detectors: Sequence[Detector] | Callable[[], Sequence[Detector]],
        learn_captures: int = LEARN_CAPTURES,
        defaced_threshold: float = DEFACED_THRESHOLD,
        suspicious_threshold: float = SUSPICIOUS_THRESHOLD,
        max_chars: int = MAX_ANALYSED_CHARS,
        escalation_only: Sequence[str] = (),
        verdict: VerdictConfig | None = None,
    ) -> None:
        """``detectors`` is the list itself, or a function that builds it on first use; ``verdict``
        says how their findings combine."""
        self._build = detectors if callable(detectors) else None
        self._configured_escalation = frozenset(escalation_only)
        self._detectors: list[Detector] | None = None
        self._hooks: list[Hooks] = []
        if not callable(detectors):
            self._set_detectors(detectors)
        self.learn_captures = learn_captures
        self.defaced_threshold = defaced_threshold
        self.suspicious_threshold = suspicious_threshold
        self.max_chars = max_chars
        self.verdict_config = verdict or VerdictConfig()
        self._settings: Settings | None = None  # set by from_settings: engines for other sensitivities
        self._tuned: dict[float, DetectionEngine] = {}

    def _set_detectors(self, detectors: Sequence[Detector]) -> list[Detector]:
        self._detectors = list(detectors)
        self._hooks = [Hooks.of(d, self._configured_escalation) for d in self._detectors]
        return self._detectors

    @property
    def detectors(self) -> list[Detector]:
        """The detectors in the order they run (built on first use when given as a function)."""
        if self._detectors is not None:
            return self._detectors
        assert self._build is not None
        return self._set_detectors(self._build())

    @property
    def hooks(self) -> list[Hooks]:
        """What each detector declared it can do, in run order (resolved once)."""
        _ = self.detectors
        return self._hooks

    @property
    def escalation_only(self) -> frozenset[str]:
        """Names of the detectors run only on cold start or after an earlier finding."""
        return self._configured_escalation | {h.name for h in self.hooks if h.escalation_only}

    @classmethod
    def from_settings(cls, settings: Settings) -> DetectionEngine:
        """Unknown detector names fail here; the detectors themselves are built on first use."""
        catalog = PluginCatalog()
        entry_points = [catalog.entry_point(DETECTOR_GROUP, name) for name in settings.detectors]

        def build() -> list[Detector]:
            return [ep.load().from_settings(settings) for ep in entry_points]

        engine = cls(
            build,
            settings.learn_captures,
            settings.defaced_threshold,
            settings.suspicious_threshold,
            settings.max_analysed_chars,
            settings.escalation_detectors,
            tuned(settings, VERDICT_TUNING, VerdictConfig()),
        )
        engine._settings = settings
        return engine

    def for_sensitivity(self, sensitivity: float | None) -> DetectionEngine:
        """The engine whose detectors are built for ``sensitivity`` (a target's own, 0 to 1): every
        detector scales its thresholds and weights by it in ``from_settings``. None, the configured
        value, or an engine not built from settings: this engine. One engine per value, built once."""
        settings = self._settings
        if sensitivity is None or settings is None or sensitivity == settings.sensitivity:
            return self
        key = round(min(1.0, max(0.0, sensitivity)), SENSITIVITY_DIGITS)
        if key not in self._tuned:
            self._tuned[key] = DetectionEngine.from_settings(settings.model_copy(update={"sensitivity": key}))
        return self._tuned[key]

    def page(self, capture: Capture | Page, ignore_selectors: tuple[str, ...] = ()) -> Page:
        """The parsed view of ``capture`` (a Page is passed through, so one parse serves a whole check)."""
        if isinstance(capture, Page):
            return capture
        return Page(capture, max_chars=self.max_chars, ignore_selectors=ignore_selectors)

    def learn(
        self,
        profile: Profile,
        capture: Capture | Page,
        ignore_selectors: tuple[str, ...] = (),
        trusted: bool | None = None,
    ) -> None:
        """Fold a good capture in.

        ``trusted`` (known-good history, e.g. a replay's snapshots before ``learn``) also teaches
        resource origins and hidden blocks; by default only the first ``learn_captures`` are trusted
        and later clean captures update the profile cautiously (online).
        """
        if trusted is None:
            trusted = profile.learned < self.learn_captures
        kind = FoldKind.TRUSTED if trusted else FoldKind.LEARN
        self._fold(profile, self.page(capture, ignore_selectors), kind)

    def accept(
        self, profile: Profile, capture: Capture | Page, ignore_selectors: tuple[str, ...] = ()
    ) -> bytes:
        """Operator (or auto-) acceptance: ``capture`` is the new normal, new origins included.

        Returns the profile's previous bytes so the caller can store them for undo
        (``Profile.loads(previous)`` restores it).
        """
        previous = profile.dumps()
        self._fold(profile, self.page(capture, ignore_selectors), FoldKind.ACCEPT)
        profile.learned = max(profile.learned, self.learn_captures)
        return previous

    def _fold(self, profile: Profile, page: Page, kind: FoldKind) -> None:
        for hook in self.hooks:
            hook.fold(profile.part(hook.name), page, kind)
        profile.learned += 1

    def learning(self, profile: Profile) -> bool:
        """Whether ``profile`` is still in its learning phase (checks answer LEARNING)."""
        return not profile.closed and profile.learned < self.learn_captures

    @staticmethod
    def close_learning(profile: Profile) -> None:
        """End the learning phase now, with whatever history exists (a replay's known-good
        snapshots): later checks are judged against it, with the cold-start detectors added
        while it holds fewer than ``learn_captures`` captures."""
        profile.closed = True

    def screen(
        self,
        profile: Profile,
        capture: Capture | Page,
        ignore_selectors: tuple[str, ...] = (),
        previous: Page | None = None,
    ) -> Screen:
        """Run the detectors over ``capture`` once: the findings a verdict is judged from.

        While the profile is still learning nothing runs (mode ``learning``); a closed profile with
        no history at all is screened as ``classify`` screens a page (mode ``cold``). ``previous``
        is the last clean capture, parsed, when the caller has it: detectors with a
        ``compare(part, page, previous)`` hook judge the change against it."""
        if self.learning(profile):
            return Screen(ScreenMode.LEARNING)
        page = self.page(capture, ignore_selectors)
        if profile.learned == 0:
            return Screen(ScreenMode.COLD, tuple(self.cold_findings(page)))
        return Screen(ScreenMode.JUDGED, tuple(self.findings(profile, page, previous)))

    def verdict(self, screen: Screen, extra: Sequence[Finding] = ()) -> Verdict:
        """The verdict of a screen, with ``extra`` findings (other views of the page) combined in."""
        if screen.mode is ScreenMode.LEARNING:
            return Verdict(Status.LEARNING, 0.0, ("learning the baseline",))
        return self.combine([*screen.findings, *extra])

    def combine(self, findings: Sequence[Finding]) -> Verdict:
        return combine(list(findings), self.defaced_threshold, self.suspicious_threshold, self.verdict_config)

    def evaluate(
        self,
        profile: Profile,
        capture: Capture | Page,
        ignore_selectors: tuple[str, ...] = (),
        previous: Page | None = None,
    ) -> Verdict:
        """Verdict for ``capture`` (``screen`` then ``verdict``); LEARNING while the profile learns."""
        return self.verdict(self.screen(profile, capture, ignore_selectors, previous))

    def classify(self, capture: Capture | Page) -> Verdict:
        """Cold-start verdict with no history (``tamperwatch classify``, a first check, a replay
        with no known-good snapshot)."""
        return self.combine(self.cold_findings(self.page(capture)))

    def cold_findings(self, page: Page) -> list[Finding]:
        """The findings of the detectors that judge a page alone (layout, the content classifier).
        Those marked ``needs_history`` (template, origins, redirects) or ``cold_start = False``
        (vocabulary, hidden links) are skipped."""
        findings: list[Finding] = []
        for hook in self.hooks:
            if hook.judges_cold:
                findings.extend(hook.run({}, page))
        return findings

    def findings(self, profile: Profile, page: Page, previous: Page | None = None) -> list[Finding]:
        found: list[Finding] = []
        thin = profile.learned < self.learn_captures  # cold or a short closed history
        for hook in self.hooks:
            if hook.escalation_only and not (thin or found):
                continue
            found.extend(hook.run(profile.part(hook.name), page, previous))
        return found


def auto_accept_candidate(verdict: Verdict) -> bool:
    """A suspicious verdict with no content evidence: counts toward auto-accepting a redesign."""
    return verdict.status is Status.SUSPICIOUS and not has_content_evidence(verdict)
