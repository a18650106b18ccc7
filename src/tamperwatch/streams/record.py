"""A stream target's findings into the archive and incidents that web checks use (not a second
system): each finding is a signed observation whose body is the frame it was confirmed on (PNG),
and a lasting finding opens an incident through `IncidentService` (`defaced` for unknown content and
text policy, `unavailable` for black, frozen, silent and stall), once while one of that kind is active.
A `damaged` finding (input cut short or garbled, the intact pictures still judged) is a signed
`unavailable` observation that says what was damaged and when, and is logged; it opens no incident
(a lasting loss of picture is a `stall`).

Each incident also carries the frames leading up to the finding and their MP4 clip (`evidence`),
stored as blobs and listed under `evidence["blobs"]` (kept by retention). The frames of the
`stream_evidence_after_s` seconds after it follow in a signed `evidence-after` log event
(`add_after`): appended to `evidence["frames"]` (`evidence["frames_after"]` counts them) with the clip
written again over both.

`watch_stream_target` runs one `stream` target: the blocking live loop (`live.watch_live`) in a
thread of its own, its findings recorded on the event loop; `serving.stream_loop` runs one per
stream target in `serve`. `screens.ScreenHub` records pushed screen frames the same way."""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

import cv2

from tamperwatch.incidents.service import SYSTEM_ACTOR
from tamperwatch.models import Capture, Incident, IncidentEvent, IncidentKind, Status, TargetKind, Verdict
from tamperwatch.streams.evidence import AfterFrames, Evidence, EvidenceBuffer
from tamperwatch.streams.live import watch_live
from tamperwatch.streams.watch import DAMAGED, OFF_SCHEDULE, Finding, WatchConfig

if TYPE_CHECKING:
    from tamperwatch.archive.base import Archive
    from tamperwatch.audit.watch import EventSink
    from tamperwatch.incidents.service import IncidentService
    from tamperwatch.models import Target
    from tamperwatch.policy import UrlPolicy
    from tamperwatch.streams.library import Library
    from tamperwatch.streams.segments import HlsLimits
    from tamperwatch.streams.source import Sample

log = logging.getLogger(__name__)

RECORD_TIMEOUT_S = 30.0  # the watch thread waits this long for a finding to be stored
EVIDENCE_AFTER = "evidence-after"  # the log event that adds the frames after a finding


def frame_png(sample: Sample) -> bytes:
    ok, buf = cv2.imencode(".png", sample.bgr())
    return bytes(buf) if ok else b""


class StreamRecorder:
    def __init__(
        self, archive: Archive, service: IncidentService, target: Target, events: EventSink | None = None
    ) -> None:
        if target.kind not in (TargetKind.STREAM, TargetKind.SCREEN):
            raise ValueError(f"{target.url}: not a stream or screen target")
        self.archive = archive
        self.service = service
        self.target = target
        self.events = events  # serve's dispatcher: notifications as for web incidents

    async def record(
        self, finding: Finding, frame: bytes = b"", evidence: Evidence | None = None
    ) -> Incident | None:
        """Store the finding as a signed observation whose body is `frame`; open its incident (with
        `evidence`: the frames before it and their MP4 clip, as blobs) unless one is active."""
        from tamperwatch.archive.chain import utc_now

        off_schedule = finding.kind == OFF_SCHEDULE and not finding.defaced
        status = (
            Status.SUSPICIOUS if off_schedule else Status.DEFACED if finding.defaced else Status.UNAVAILABLE
        )
        timeline = "screen" if self.target.kind == TargetKind.SCREEN else "stream"
        reasons = (f"{finding.kind} at {finding.t:.1f} s of {timeline} time", *finding.reasons)
        capture = Capture(
            url=self.target.url,
            fetched_at=utc_now(),
            body=frame,
            screenshot=frame,
            status=200 if frame else 0,
            headers=(("content-type", "image/png"),) if frame else (),
            error="" if frame else "; ".join(finding.reasons),  # no picture: why (a refused segment)
        )
        verdict = Verdict(status, finding.score, reasons)
        observation = await self.archive.record_check(self.target, capture, verdict)
        if off_schedule:
            return None  # suspicious, as a web check can be: recorded and signed, no incident
        if finding.kind == DAMAGED:
            why = "; ".join(reasons)
            log.warning("%s %s: %s", timeline, self.target.url, why, extra={"target": self.target.id})
            return None  # recorded and signed; the pictures around it were judged, nothing is down
        kind = IncidentKind.DEFACED if finding.defaced else IncidentKind.UNAVAILABLE
        if await self.archive.open_incident_for(self.target.id, kind) is not None:
            return None
        record: dict[str, Any] = {
            "stream_t": finding.t,
            "finding": finding.kind,
            "observation_seq": observation.seq,
            "frame_sha256": capture.content_hash,
            "approved_item": finding.item,
        }
        blobs = [capture.content_hash] if capture.content_hash else []
        if evidence is not None:
            frames = [{"t": t, "sha256": await self.archive.put_blob(png)} for t, png in evidence.frames]
            record["frames"] = frames
            blobs += [str(f["sha256"]) for f in frames]
            if evidence.clip:
                record["clip_mp4"] = await self.archive.put_blob(evidence.clip)
                blobs.append(record["clip_mp4"])
        record["blobs"] = blobs  # kept by retention, like a web incident's screenshots
        incident = await self.service.open(self.target.id, kind, finding.score, reasons, record)
        if self.events is not None:
            await self.events.publish(IncidentEvent(incident, self.target.url, "opened", utc_now()))
        return incident

    async def add_after(self, incident_id: int, after: Evidence) -> Incident | None:
        """Add the frames after the finding (and the clip over before and after) to the incident's
        evidence, through one signed log event; None when the incident is gone."""
        incident = await self.archive.get_incident(incident_id)
        if incident is None or not after.frames:
            return incident
        evidence = dict(incident.evidence)
        frames = [{"t": t, "sha256": await self.archive.put_blob(png)} for t, png in after.frames]
        evidence["frames"] = [*evidence.get("frames", []), *frames]
        evidence["frames_after"] = len(frames)
        blobs = [*evidence.get("blobs", []), *(str(f["sha256"]) for f in frames)]
        if after.clip:
            evidence["clip_mp4"] = await self.archive.put_blob(after.clip)
            blobs.append(evidence["clip_mp4"])
        evidence["blobs"] = blobs
        await self.archive.append_event(EVIDENCE_AFTER, {"evidence": evidence}, incident_id, SYSTEM_ACTOR)
        return await self.archive.get_incident(incident_id)


async def watch_stream_target(
    target: Target,
    library: Library,
    config: WatchConfig,
    policy: UrlPolicy,
    recorder: StreamRecorder,
    *,
    sample_fps: float,
    work_width: int,
    stop: threading.Event,
    max_reconnects: int | None = None,
    limits: HlsLimits | None = None,
    after_s: float = 0.0,
) -> list[Incident]:
    """Watch one stream target until `stop` (or the reconnects are spent); the incidents it opened
    (each with the frames of the `after_s` seconds after its finding added to its evidence)."""
    loop = asyncio.get_running_loop()
    opened: list[Incident] = []

    buffer = EvidenceBuffer()
    waiting = AfterFrames(after_s)

    def on_finding(finding: Finding, sample: Sample | None) -> None:
        png = frame_png(sample) if sample is not None else b""
        before = buffer.snapshot()
        evidence = Evidence.from_frames(before) if sample is not None else None
        fut = asyncio.run_coroutine_threadsafe(recorder.record(finding, png, evidence), loop)
        incident = fut.result(RECORD_TIMEOUT_S)
        if incident is not None:
            opened.append(incident)
            if sample is not None:
                waiting.wait_for(incident.id, finding.t, before)

    def add_after(done: list[Any]) -> None:
        for w in done:
            fut = asyncio.run_coroutine_threadsafe(recorder.add_after(w.key, w.evidence()), loop)
            changed = fut.result(RECORD_TIMEOUT_S)
            if changed is not None:
                opened[:] = [changed if i.id == changed.id else i for i in opened]

    def on_sample(sample: Sample) -> None:
        add_after(waiting.add(buffer.add(sample.t, sample.frame)))

    def watch() -> None:
        try:
            watch_live(
                target.url,
                library,
                config,
                policy,
                lambda f: None,
                sample_fps=sample_fps,
                work_width=work_width,
                stop=stop,
                max_reconnects=max_reconnects,
                on_evidence=on_finding,
                on_sample=on_sample,
                limits=limits,
            )
        finally:
            add_after(waiting.drain())  # the watch ended before their time was up: what there is

    # a thread of its own, not the loop's default pool: a watch lasts as long as serve, and a few of
    # them would otherwise take every worker that short blocking calls (decoding, hashing) need
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"stream-{target.id}")
    try:
        await loop.run_in_executor(pool, watch)
    finally:
        pool.shutdown(wait=False)
    return opened
