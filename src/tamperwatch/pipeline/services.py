"""Services: the IO edges and engine one check needs, passed explicitly (no globals)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from tamperwatch.archive.base import Archive
from tamperwatch.capture.base import Fetcher
from tamperwatch.detect.delta import DeltaGate
from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.incidents.service import IncidentService
from tamperwatch.models import IncidentEvent, Target
from tamperwatch.notify.base import Notifier
from tamperwatch.pipeline.cloaking_plan import CloakingPlan
from tamperwatch.pipeline.judge import Judge
from tamperwatch.pipeline.recent_pages import RecentPages


class EventSink(Protocol):
    async def publish(self, event: IncidentEvent) -> None: ...


class DirectSink:
    """Delivers each event to one notifier inline; for replay and tests (no retries)."""

    def __init__(self, notifier: Notifier) -> None:
        self.notifier = notifier

    async def publish(self, event: IncidentEvent) -> None:
        await self.notifier.send(event)


@dataclass
class Services:
    fetcher: Fetcher
    archive: Archive
    engine: DetectionEngine
    events: EventSink
    confirm_refetch: bool = True
    gap_failures: int = 3
    auto_accept_after: int = 3
    jitter_fraction: float = 0.0
    clock: Callable[[], float] = field(default=time.time)
    cloaking: bool = False  # live checks only: compare crawler / search-referrer views (cloaking stage)
    cloaking_plan: CloakingPlan | None = None  # views, schedule and comparator; None: the defaults
    delta_gate: DeltaGate | None = None  # clears plain changes without the detectors (delta stage)
    delta_learn_every: int = 64  # one cleared change in this many is still learned from
    renderer: Fetcher | None = None  # the render tier (BrowserFetcher); None: no target renders
    render_interval_s: float = 4 * 3600.0  # 'periodic' targets render at least this often
    # each target's last parsed page, its derived views kept for the next check's comparison
    recent_pages: RecentPages = field(default_factory=RecentPages)
    judge: Judge = field(init=False)  # the verdict rules, over ``engine``
    incidents: IncidentService = field(init=False)  # opens and changes incidents, as signed events

    def __post_init__(self) -> None:
        self.judge = Judge(self.engine, self.auto_accept_after)
        self.incidents = IncidentService(self.archive)

    def engine_for(self, target: Target) -> DetectionEngine:
        """The engine whose detectors run for ``target``: built for its own sensitivity, if set."""
        return self.engine.for_sensitivity(target.sensitivity)
