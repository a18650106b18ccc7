"""CheckContext: the mutable state of one check as it moves through the stages."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from tamperwatch.archive.base import TargetState
from tamperwatch.detect.page import Page
from tamperwatch.detect.profile import Profile
from tamperwatch.models import Capture, IncidentEvent, Target, Verdict


@dataclass
class CheckContext:
    target: Target
    state: TargetState  # updated by the check
    known_good: bool = False  # replay history / operator-declared good capture: learn unconditionally
    close_learning: bool = False  # the learning phase ends with this check: later checks are judged
    resolve_gap: bool = False  # the scheduler raised a monitoring-gap alert: resolve it if this check is fine
    capture: Capture | None = None
    verdict: Verdict | None = None
    profile: Profile | None = None
    page: Page | None = None  # the capture parsed once, shared by detection and learning
    previous_body: bytes | None = None  # the last clean capture's body, once loaded (delta, detect)
    previous_page: Page | None = None  # ...parsed, for detectors that judge the change
    profile_dirty: bool = False
    keep_previous_profile: bool = False  # a new baseline was accepted: keep the old one for undo
    unchanged: bool = False
    cleared: bool = False  # the delta stage judged the change plain: clean without the detectors
    confirmed: bool = False
    stopped: bool = False
    timings: dict[str, float] = field(default_factory=dict)
    events: list[IncidentEvent] = field(default_factory=list)

    previous: TargetState = field(init=False)  # the state before this check

    def __post_init__(self) -> None:
        self.previous = replace(self.state)

    def stop(self) -> None:
        """Skip the remaining analysis stages (bookkeeping stages still run)."""
        self.stopped = True
