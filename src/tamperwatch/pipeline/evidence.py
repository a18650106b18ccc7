"""Evidence: everything acquisition gathered for one check, frozen, for the judge.

Acquisition (fetch, render, the delta check, the detectors' screen of each page, other views of
the page, a confirming re-fetch) fills a ``CheckContext``; ``Evidence.of`` takes the part the
judge may look at. Nothing in it can reach the network or the archive.
"""

from __future__ import annotations

from dataclasses import dataclass

from tamperwatch.detect.page import Page
from tamperwatch.detect.screen import Screen
from tamperwatch.models import Capture, Finding, Verdict
from tamperwatch.pipeline.context import CheckContext


@dataclass(frozen=True, slots=True)
class Recheck:
    """A second, fresh capture taken to confirm an alert: why it shows no page, or its screen."""

    capture: Capture
    unavailable: str = ""
    screen: Screen | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    capture: Capture
    known_good: bool = False  # known-good history: learned, never judged
    unavailable: str = ""  # why the capture shows no page ('' when it does)
    carried: Verdict | None = None  # the same content as last check: the verdict it got then
    cleared: str = ""  # the delta check's reason: a plain change, judged without the detectors
    learn_cleared: bool = False  # ...one of the plain changes still learned from
    page: Page | None = None  # the capture, parsed (None when the detectors did not need it)
    screen: Screen | None = None  # the detectors' findings on the capture
    views: tuple[Finding, ...] = ()  # comparisons with other views of the page (cloaking)
    recheck: Recheck | None = None  # the confirming re-fetch, when one was taken
    confirm_needed: bool = True  # False: re-fetching is off, or an incident is open already
    previous_status: str = ""  # the target's status before this check
    consecutive_suspicious: int = 0  # suspicious checks without content evidence, in a row

    @classmethod
    def of(cls, ctx: CheckContext) -> Evidence:
        assert ctx.capture is not None
        return cls(
            capture=ctx.capture,
            known_good=ctx.known_good,
            unavailable=ctx.unavailable,
            carried=ctx.carried,
            cleared=ctx.cleared_reason,
            learn_cleared=ctx.learn_cleared,
            page=ctx.page,
            screen=ctx.screen,
            views=tuple(ctx.views),
            recheck=ctx.recheck,
            confirm_needed=ctx.confirm_needed,
            previous_status=ctx.previous.last_status,
            consecutive_suspicious=ctx.previous.consecutive_suspicious,
        )
