"""Is each archived capture itself a defacement? The detection engine's answer, with history.

Captures are judged in time order as a watched target's checks would be: the first one cold
(``DetectionEngine.classify``: layout, the content classifier), every later one against the
profile learned from the earlier captures judged clean, with the last clean one as the previous
page. So a defaced capture after clean ones is judged the way tamperwatch judges a live change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.page import Page
from tamperwatch.detect.profile import Profile
from tamperwatch.models import Capture, Status
from tamperwatch.verify.evidence import ArchivedCapture


@dataclass(frozen=True, slots=True)
class CaptureJudgement:
    capture: ArchivedCapture
    defaced: bool
    score: float
    status: str
    reasons: tuple[str, ...]
    with_history: bool  # judged against earlier captures (False: cold, the page alone)


def as_capture(archived: ArchivedCapture) -> Capture:
    return Capture(
        url=archived.url,
        final_url=archived.url,
        fetched_at=archived.time,
        status=200,
        headers=(("content-type", archived.content_type),),
        body=archived.html,
    )


def judge_all(
    engine: DetectionEngine, captures: Sequence[ArchivedCapture]
) -> dict[ArchivedCapture, CaptureJudgement]:
    """A judgement for every capture (each distinct capture once), judged in time order."""
    profile = Profile()
    previous: Page | None = None
    out: dict[ArchivedCapture, CaptureJudgement] = {}
    for archived in sorted(set(captures), key=lambda c: c.time):
        page = engine.page(as_capture(archived))
        history = profile.learned > 0
        verdict = engine.evaluate(profile, page, previous=previous) if history else engine.classify(page)
        out[archived] = CaptureJudgement(
            archived,
            verdict.defaced,
            verdict.score,
            verdict.status.value,
            tuple(verdict.reasons[:5]),
            history,
        )
        if verdict.status is Status.CLEAN:
            engine.learn(profile, page, trusted=True)
            engine.close_learning(profile)
            previous = page
    return out
