"""`screen` targets: a signage player pushes screenshots; each is judged as a stream's sample is.

`ScreenHub` keeps, per screen and in memory (one process), a `StreamWatcher` fed with the pushed
frames on the hub's clock (seconds since the screen's first frame), so matching, OCR, text policy
and persistence are those of streams; findings are recorded through `StreamRecorder` (signed
observations, incidents through `IncidentService`). Screens differ from streams in two ways: a
still screenshot repeated is normal signage (no `frozen` finding), and the time between pushes is
the player's choice (no `stall`); a screen that stops pushing for `screen_silent_s` raises a
`monitoring-gap` incident instead (`check_silent`), which its next good frame resolves.

Pushed bytes are hostile: a body over `screen_max_frame_bytes` is refused before it is read whole
(by the API), an image must be PNG, JPEG or WebP, at most `source.MAX_PIXELS` (the largest picture a
stream may have), and no decompression bomb (the library's own decoder). A refused frame is a
`FrameRefused` (the API's 400) and is recorded once per run of refusals as a signed
`screen-frame-refused` event."""

from __future__ import annotations

import asyncio
import io
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

import cv2
import numpy as np
import numpy.typing as npt

from tamperwatch.incidents.service import SYSTEM_ACTOR
from tamperwatch.models import Incident, IncidentEvent, IncidentKind, Target, TargetKind
from tamperwatch.streams import source as source_mod
from tamperwatch.streams.evidence import AfterFrames, Evidence, EvidenceBuffer
from tamperwatch.streams.library import Library, LibraryError, decode_image, load_library
from tamperwatch.streams.record import StreamRecorder, frame_png
from tamperwatch.streams.registry import MediaRegistry, token_matches
from tamperwatch.streams.source import Sample, work_size
from tamperwatch.streams.watch import Finding, StreamWatcher, WatchConfig

if TYPE_CHECKING:
    from tamperwatch.archive.base import Archive
    from tamperwatch.incidents.service import IncidentService
    from tamperwatch.pipeline.services import EventSink
    from tamperwatch.settings import Settings

log = logging.getLogger(__name__)

PUSH_FORMATS = ("PNG", "JPEG", "WEBP")  # what a screen may push; nothing else is even parsed
REFUSED_EVENT = "screen-frame-refused"
SILENT_CHECKS = 4  # silent screens are looked for this many times per `screen_silent_s`
SILENT_CHECK_MAX_S = 15.0  # and at least this often


class FrameRefused(ValueError):
    """A pushed frame that is not a usable picture (the API answers 400)."""


class ScreenBusy(RuntimeError):
    """A frame arrived while the screen's previous one is still being judged (the API answers 429)."""


@dataclass
class PushResult:
    t: float
    findings: list[Finding]
    incidents: list[Incident]


@dataclass
class ScreenState:
    target: Target
    watcher: StreamWatcher
    size: tuple[int, int] = (0, 0)  # the first frame's size; later frames are scaled to it
    first_at: float | None = None
    last_at: float | None = None
    frames: int = 0
    refusing: bool = False  # a refusal was recorded and no good frame came since
    evidence: EvidenceBuffer = field(default_factory=EvidenceBuffer)  # the last frames, for incidents
    after: AfterFrames = field(default_factory=lambda: AfterFrames(0.0))  # frames after a finding
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


def screen_config(settings: Settings) -> WatchConfig:
    """The stream judgement without `frozen` and `stall` (see the module doc)."""
    return replace(WatchConfig.from_settings(settings), frozen_min_s=math.inf, stall_s=math.inf)


class ScreenHub:
    def __init__(
        self,
        archive: Archive,
        service: IncidentService,
        registry: MediaRegistry,
        *,
        config: WatchConfig,
        work_width: int,
        silent_s: float,
        events: EventSink | None = None,
        clock: Callable[[], float] = time.monotonic,
        libraries: Callable[[Path], Library] = load_library,
        after_s: float = 0.0,
        wall: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.archive = archive
        self.service = service
        self.registry = registry
        self.config = config
        self.work_width = work_width
        self.silent_s = silent_s
        self.events = events
        self.clock = clock
        self.load_library = libraries
        self.after_s = after_s  # screen time after a finding whose frames join its incident
        self.wall = wall  # the wall clock a library's schedule is read on
        self.started_at = clock()
        self.screens: dict[int, ScreenState] = {}

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        archive: Archive,
        service: IncidentService,
        events: EventSink | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> ScreenHub:
        return cls(
            archive,
            service,
            MediaRegistry.in_data_dir(settings.data_dir),
            config=screen_config(settings),
            work_width=settings.stream_work_width,
            silent_s=settings.screen_silent_s,
            events=events,
            clock=clock,
            after_s=settings.stream_evidence_after_s,
        )

    # --- who is pushing ---------------------------------------------------------------------------
    async def authenticate(self, screen: str, token: str) -> Target | None:
        """The screen target `screen` (its id) when `token` is its current token; None otherwise
        (unknown, revoked or wrong alike)."""
        target_id = int(screen) if screen.isdigit() and len(screen) < 19 else 0
        entry = self.registry.get(target_id) if target_id else None
        if not token_matches(entry, token):
            return None
        target = await self.archive.get_target(target_id)
        if target is None or target.kind != TargetKind.SCREEN:
            return None
        return target

    async def _state(self, target: Target) -> ScreenState:
        state = self.screens.get(target.id)
        if state is None:
            entry = self.registry.get(target.id)
            folder = entry.library if entry is not None else ""
            # a library of its own per screen, never shared: `Library.prepare` scales it to one
            # screen's shape, and two screens are judged at once in two threads
            library = await asyncio.to_thread(self.load_library, Path(folder))
            state = self.screens.setdefault(
                target.id,
                ScreenState(
                    target,
                    StreamWatcher(library, self.config, clock=lambda t: self.wall()),
                    after=AfterFrames(self.after_s),
                ),
            )
        return state

    # --- one pushed frame ------------------------------------------------------------------------
    async def push(self, target: Target, data: bytes) -> PushResult:
        """Judge one pushed frame; `FrameRefused` for a bad picture, `ScreenBusy` when the previous
        frame of this screen is still being judged, `LibraryError` when the screen's library is gone."""
        state = await self._state(target)
        if state.lock.locked():
            raise ScreenBusy(f"screen {target.id} is still judging its previous frame")
        async with state.lock:
            now = self.clock()
            try:
                sample = await asyncio.to_thread(self._sample, state, data, now)
            except FrameRefused as exc:
                await self._refused(state, str(exc))
                raise
            findings = await asyncio.to_thread(state.watcher.step, sample)
            state.last_at, state.frames, state.refusing = now, state.frames + 1, False
            recorder = StreamRecorder(self.archive, self.service, target, self.events)
            for done in state.after.add(state.evidence.frames[-1]):
                await recorder.add_after(done.key, await asyncio.to_thread(done.evidence))
            opened: list[Incident] = []
            png, evidence = b"", cast("Evidence | None", None)
            for finding in findings:
                png = png or await asyncio.to_thread(frame_png, sample)
                evidence = evidence or await asyncio.to_thread(
                    Evidence.from_frames, state.evidence.snapshot()
                )
                incident = await recorder.record(finding, png, evidence)
                if incident is not None:
                    opened.append(incident)
                    state.after.wait_for(incident.id, finding.t, state.evidence.snapshot())
            await self._resolve_gap(target)
            return PushResult(sample.t, findings, opened)

    def _sample(self, state: ScreenState, data: bytes, now: float) -> Sample:
        import av

        try:
            bgr = decode_image(io.BytesIO(data), "pushed frame", source_mod.MAX_PIXELS, PUSH_FORMATS)
        except LibraryError as exc:
            raise FrameRefused(str(exc)) from None
        except Exception as exc:  # a hostile file may trip any parser error; it is refused, not a 500
            raise FrameRefused(f"pushed frame: not a readable image ({type(exc).__name__})") from None
        h, w = bgr.shape[:2]
        if w < 2 or h < 2:
            raise FrameRefused(f"pushed frame: {w}x{h} is too small a picture")
        if state.size == (0, 0):
            state.size = (w, h)
        elif (w, h) != state.size:  # one screen, one geometry: its watcher was set up for the first
            bgr = np.asarray(cv2.resize(bgr, state.size, interpolation=cv2.INTER_AREA), np.uint8)
        if state.first_at is None:
            state.first_at = now
        frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(bgr), format="bgr24")
        ww, wh = work_size(frame.width, frame.height, self.work_width)
        gray: npt.NDArray[np.uint8] = np.ascontiguousarray(
            frame.reformat(width=ww, height=wh, format="gray").to_ndarray()[:, :ww]
        )
        sample = Sample(t=round(now - state.first_at, 3), gray=gray, frame=frame)
        state.evidence.add(sample.t, frame)
        return sample

    async def _refused(self, state: ScreenState, why: str) -> None:
        log.warning("screen %d: pushed frame refused: %s", state.target.id, why)
        if state.refusing:
            return  # one record per run of refusals: a broken player does not fill the log
        state.refusing = True
        data = {"target_id": state.target.id, "url": state.target.url, "error": why}
        await self.archive.append_event(REFUSED_EVENT, data, 0, SYSTEM_ACTOR)

    # --- silence ---------------------------------------------------------------------------------
    async def screen_targets(self) -> list[Target]:
        registered = self.registry.entries()
        return [
            t
            for t in await self.archive.list_targets()
            if t.kind == TargetKind.SCREEN
            and registered.get(t.id) is not None
            and registered[t.id].token_sha256
        ]

    async def check_silent(self) -> list[Incident]:
        """Open a monitoring-gap incident for each screen (with a current token) silent for more than
        `silent_s` (counted from this hub's start for one that has not pushed since); the ones opened."""
        now = self.clock()
        opened: list[Incident] = []
        for target in await self.screen_targets():
            state = self.screens.get(target.id)
            last = state.last_at if state is not None and state.last_at is not None else None
            since = last if last is not None else self.started_at
            if now - since <= self.silent_s:
                continue
            if await self.archive.open_incident_for(target.id, IncidentKind.MONITORING_GAP) is not None:
                continue
            heard = (
                f"for {now - since:.0f} s"
                if last is not None
                else f"since the monitor started {now - since:.0f} s ago"
            )
            reason = f"screen pushed no frame {heard} (more than {self.silent_s:g} s)"
            incident = await self.service.open(
                target.id, IncidentKind.MONITORING_GAP, 0.0, (reason,), {"silent_s": round(now - since, 1)}
            )
            opened.append(incident)
            await self._publish(incident, target, "opened")
        return opened

    async def _resolve_gap(self, target: Target) -> None:
        gap = await self.archive.open_incident_for(target.id, IncidentKind.MONITORING_GAP)
        if gap is None:
            return
        resolved = await self.service.change(
            gap.id, "resolved", SYSTEM_ACTOR, "the screen pushes frames again"
        )
        await self._publish(resolved, target, "resolved")

    async def _publish(self, incident: Incident, target: Target, change: str) -> None:
        if self.events is not None:
            await self.events.publish(IncidentEvent(incident, target.url, change, datetime.now(UTC)))


async def screen_gap_loop(hub: ScreenHub, stop: asyncio.Event) -> None:
    """`serve`'s watch over silent screens: `check_silent` every `SILENT_CHECKS` of `silent_s` (at
    most every `SILENT_CHECK_MAX_S`) until `stop`."""
    from tamperwatch.aio import wait_event

    every_s = min(SILENT_CHECK_MAX_S, hub.silent_s / SILENT_CHECKS)
    while not stop.is_set():
        try:
            await hub.check_silent()
        except Exception:  # one bad registry read must not end the loop
            log.exception("checking for silent screens failed")
        await wait_event(stop, every_s)
