"""The frames after a stream finding: the incident opens at once with the frames before it, then the
frames of `after_s` seconds after it join its evidence and its clip through a signed log event (also
when the stream ends first, with what there was)."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import av
from PIL import Image

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.incidents.service import IncidentService
from tamperwatch.models import Incident, IncidentKind, Target, TargetKind
from tamperwatch.policy import UrlPolicy
from tamperwatch.streams.evidence import EVIDENCE_FRAMES
from tamperwatch.streams.library import load_library
from tamperwatch.streams.record import EVIDENCE_AFTER, StreamRecorder, watch_stream_target
from tamperwatch.streams.watch import WatchConfig
from tests.support import stream_media as sm

APPROVED = [sm.picture(1, "City museum open daily"), sm.picture(2), sm.picture(3, "Spring festival")]


async def hijacked(tmp_path: Path, seconds: float, after_s: float) -> tuple[MemoryArchive, Incident]:
    foreign = sm.banner(sm.picture(99), "HACKED BY NOBODY")
    normal = sm.playlist(APPROVED, 6.0)

    def script(t: float) -> Image.Image:
        return foreign if t >= 8.0 else normal(t)

    video = sm.encode(tmp_path / "channel.mp4", seconds, script)
    archive = MemoryArchive()
    target = await archive.add_target(Target(url=str(video), kind=TargetKind.STREAM))
    opened = await watch_stream_target(
        target,
        load_library(sm.library(tmp_path / "library", APPROVED)),
        WatchConfig(),
        UrlPolicy(),
        StreamRecorder(archive, IncidentService(archive), target),
        sample_fps=1.0,
        work_width=480,
        stop=threading.Event(),
        max_reconnects=0,
        after_s=after_s,
    )
    assert [i.kind for i in opened] == [IncidentKind.DEFACED]
    incident = await archive.get_incident(opened[0].id)
    assert incident is not None and incident.evidence == opened[0].evidence  # the caller sees the update
    return archive, incident


def clip_seconds(data: bytes) -> float:
    with av.open(io.BytesIO(data), "r") as clip:
        times = [float(f.time) for f in clip.decode(video=0)]
    return times[-1] - times[0]


async def test_frames_after_the_finding_join_the_signed_evidence_and_the_clip(tmp_path: Path) -> None:
    archive, incident = await hijacked(tmp_path, 24, after_s=4.0)
    ev = incident.evidence
    confirmed = ev["stream_t"]
    frames = ev["frames"]
    times = [f["t"] for f in frames]
    assert ev["frames_after"] == 4
    assert len(frames) == EVIDENCE_FRAMES + 4 and times == sorted(times)
    assert times[0] < 8.0 <= confirmed  # the last clean picture, the hijack, and after it
    assert [t for t in times if t > confirmed] == [confirmed + 1, confirmed + 2, confirmed + 3, confirmed + 4]
    for f in frames:
        assert f["sha256"] in ev["blobs"] and await archive.blobs.get(f["sha256"])
    clip = await archive.blobs.get(ev["clip_mp4"])
    assert clip and clip_seconds(clip) >= times[-1] - times[0] - 0.01  # the clip spans before and after
    events = [e for e in await archive.log_events() if e.incident_id == incident.id]
    assert [e.change for e in events][-1] == EVIDENCE_AFTER
    assert (await archive.verify_log()).ok


async def test_a_stream_that_ends_first_keeps_the_frames_it_had(tmp_path: Path) -> None:
    _archive, incident = await hijacked(tmp_path, 18, after_s=10.0)
    ev = incident.evidence
    after = [f["t"] for f in ev["frames"] if f["t"] > ev["stream_t"]]
    assert ev["frames_after"] == len(after) >= 2
    assert max(after) < 18.0 < ev["stream_t"] + 10.0


async def test_no_frames_after_when_the_setting_is_zero(tmp_path: Path) -> None:
    _archive, incident = await hijacked(tmp_path, 16, after_s=0.0)
    assert "frames_after" not in incident.evidence
    assert len(incident.evidence["frames"]) == EVIDENCE_FRAMES
