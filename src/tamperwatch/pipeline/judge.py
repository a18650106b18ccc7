"""The judge: one pure function from a target's profile and a check's evidence to its verdict.

``Judge.judge(profile, evidence) -> Judgement`` is called once per check by every run mode
(``check``, ``run``, ``serve``, ``replay``); ``tamperwatch classify`` and a one-off check of an
unwatched URL use the engine's cold screen, the judge's own rule for a profile with no history.
It reads the profile and never changes it, does no IO, and returns the verdict, whether an alert
is confirmed, and the ``ProfileChange`` that committing the check applies. Acquisition's
follow-up rules (render on a change, compare other views, re-fetch to confirm) ask ``assess``,
the judge's first step, what the evidence gathered so far says; the detectors themselves ran
once per page, in the screen.

The rules, in order:

1. A capture that shows no page is UNAVAILABLE (confirmed when a re-fetch shows none either).
2. The same content as last time keeps that verdict; a plain change (the delta check) is CLEAN;
   known-good history is learned (LEARNING); otherwise the verdict combines the screen's
   findings with the other views' (``detect.verdict.combine``).
3. An alert is confirmed by a re-fetch whose own screen, with the other views' findings, is
   defaced too; the same content judged the same way before confirms itself.
4. Clean captures are learned; a run of suspicious checks without content evidence (a redesign)
   is accepted as the new normal after ``auto_accept_after`` of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from tamperwatch.detect.engine import DetectionEngine, auto_accept_candidate
from tamperwatch.detect.page import Page
from tamperwatch.detect.profile import Profile
from tamperwatch.models import Capture, Status, Verdict
from tamperwatch.pipeline.evidence import Evidence

ALERTING = (Status.DEFACED, Status.UNAVAILABLE)
KNOWN_GOOD_REASON = "known-good capture learned"


@dataclass(frozen=True, slots=True)
class ProfileChange:
    """What committing the check does to the profile and the suspicious-run counter."""

    learn: Capture | Page | None = None  # fold this capture in as a good one
    trusted: bool | None = None  # ...as trusted history (None: the engine decides by count)
    accept: Capture | Page | None = None  # the new normal (auto-accepted redesign); keeps the old for undo
    count_unchanged: bool = False  # an unchanged page while learning: one more good capture
    consecutive_suspicious: int = 0


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    confirmed: bool  # an alerting verdict may open an incident
    change: ProfileChange
    capture: Capture  # the capture the verdict stands on (the re-fetch's when it confirmed)


class Judge:
    def __init__(self, engine: DetectionEngine, auto_accept_after: int = 3) -> None:
        self.engine = engine
        self.auto_accept_after = auto_accept_after

    def assess(self, profile: Profile | None, ev: Evidence) -> Verdict:
        """The verdict of the evidence, before confirmation (rules 1 and 2)."""
        if ev.unavailable:
            return Verdict(Status.UNAVAILABLE, 0.0, (ev.unavailable,))
        if ev.carried is not None:
            carried = ev.carried
            if carried.status is Status.LEARNING:
                assert profile is not None
                learning = self.engine.learning(profile)
                carried = Verdict(Status.LEARNING if learning else Status.CLEAN, 0.0, carried.reasons)
            return self.engine.combine([*carried.findings, *ev.views]) if ev.views else carried
        if ev.cleared:
            base = Verdict(Status.CLEAN, 0.0, (ev.cleared,))
            return self.engine.combine(list(ev.views)) if ev.views else base
        if ev.known_good:
            return Verdict(Status.LEARNING, 0.0, (KNOWN_GOOD_REASON,))
        assert ev.screen is not None
        return self.engine.verdict(ev.screen, ev.views)

    def judge(self, profile: Profile | None, ev: Evidence) -> Judgement:
        verdict = self.assess(profile, ev)
        confirmed, capture = False, ev.capture
        if verdict.status in ALERTING:
            confirmed, second = self._confirm(ev, verdict)
            if second is not None and ev.recheck is not None:
                verdict, capture = second, ev.recheck.capture
        return Judgement(verdict, confirmed, self._change(ev, verdict, capture), capture)

    def _confirm(self, ev: Evidence, verdict: Verdict) -> tuple[bool, Verdict | None]:
        """Whether the alert holds (rule 3), and the re-fetch's verdict when it confirmed a defacement."""
        if ev.carried is not None and ev.previous_status == verdict.status:
            return True, None  # the very same content was judged so before: seeing it again confirms it
        recheck = ev.recheck
        if not ev.confirm_needed or recheck is None:
            return not ev.confirm_needed, None
        if verdict.status is Status.UNAVAILABLE:
            return bool(recheck.unavailable), None
        if recheck.unavailable or recheck.screen is None:
            return False, None
        # other views (cloaking) are not fetched again: their findings carry over to the re-fetch
        second = self.engine.verdict(recheck.screen, ev.views)
        return (True, second) if second.status is Status.DEFACED else (False, None)

    def _change(self, ev: Evidence, verdict: Verdict, capture: Capture) -> ProfileChange:
        """Rule 4: what the profile learns from this check."""
        run = ev.consecutive_suspicious
        if ev.carried is not None:
            counted = ev.carried.status is Status.LEARNING
            return ProfileChange(count_unchanged=counted, consecutive_suspicious=run)
        if ev.known_good:
            return ProfileChange(learn=ev.page or capture, trusted=True, consecutive_suspicious=run)
        if ev.cleared and not ev.learn_cleared:
            return ProfileChange(consecutive_suspicious=run)
        page = ev.page if capture is ev.capture else None
        if verdict.status in (Status.CLEAN, Status.LEARNING):
            return ProfileChange(learn=page or capture)
        if auto_accept_candidate(verdict):
            run += 1
            if self.auto_accept_after and run >= self.auto_accept_after:
                return ProfileChange(accept=page or capture)
            return ProfileChange(consecutive_suspicious=run)
        return ProfileChange(consecutive_suspicious=run if verdict.status is Status.UNAVAILABLE else 0)
