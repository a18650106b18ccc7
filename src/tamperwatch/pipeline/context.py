"""CheckContext: the mutable state of one check as it moves through the stages.

Acquisition fills the evidence fields (capture ... recheck); the judge stage sets ``verdict``,
``confirmed`` and ``change`` from them; the commit stages store the outcome.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from tamperwatch.archive.base import TargetState
from tamperwatch.detect.page import Page
from tamperwatch.detect.profile import Profile
from tamperwatch.detect.screen import Screen
from tamperwatch.models import Capture, Finding, IncidentEvent, Target, Verdict

if TYPE_CHECKING:
    from tamperwatch.pipeline.evidence import Recheck
    from tamperwatch.pipeline.judge import ProfileChange


@dataclass
class CheckContext:
    target: Target
    state: TargetState  # updated by the check
    known_good: bool = False  # replay history / operator-declared good capture: learn unconditionally
    close_learning: bool = False  # the learning phase ends with this check: later checks are judged
    resolve_gap: bool = False  # the scheduler raised a monitoring-gap alert: resolve it if this check is fine
    # the plan, decided once before the fetch
    render_planned: bool | None = None  # this check renders before detection (None: not decided yet)
    # evidence, gathered by acquisition
    capture: Capture | None = None
    unavailable: str = ""  # why the capture shows no page
    unchanged: bool = False
    carried: Verdict | None = None  # unchanged content: the verdict it got last time
    cleared_reason: str = ""  # the delta check's reason: a plain change
    learn_cleared: bool = False  # ...still learned from (one in ``delta_learn_every``)
    cleared: bool = False  # cleared by the delta check and not learned from: never parsed
    page: Page | None = None  # the capture parsed once, shared by detection and learning
    screen: Screen | None = None  # the detectors' findings on ``page``
    views: list[Finding] = field(default_factory=list)  # other views of the page (cloaking)
    recheck: Recheck | None = None  # the confirming re-fetch
    confirm_needed: bool = True  # False: re-fetching is off or an incident is already open
    previous_body: bytes | None = None  # the last clean capture's body, once loaded (delta, detect)
    previous_page: Page | None = None  # ...parsed, for detectors that judge the change
    profile: Profile | None = None
    # the judgement
    verdict: Verdict | None = None
    confirmed: bool = False
    change: ProfileChange | None = None
    # commit
    profile_dirty: bool = False
    keep_previous_profile: bool = False  # a new baseline was accepted: keep the old one for undo
    stopped: bool = False
    timings: dict[str, float] = field(default_factory=dict)
    events: list[IncidentEvent] = field(default_factory=list)

    previous: TargetState = field(init=False)  # the state before this check

    def __post_init__(self) -> None:
        self.previous = replace(self.state)

    def stop(self) -> None:
        """Skip the remaining acquisition stages (the follow-ups, judge and commit still run)."""
        self.stopped = True
