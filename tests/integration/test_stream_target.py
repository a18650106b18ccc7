"""A `stream` target on the archive and incidents web targets use: a hijack becomes a signed
observation carrying the frame and one `defaced` incident; a black stretch an `unavailable` one."""

from __future__ import annotations

import threading
from pathlib import Path

from PIL import Image

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.incidents.service import IncidentService
from tamperwatch.models import IncidentEvent, IncidentKind, Status, Target, TargetKind
from tamperwatch.policy import UrlPolicy
from tamperwatch.streams.library import load_library
from tamperwatch.streams.record import StreamRecorder, watch_stream_target
from tamperwatch.streams.watch import WatchConfig
from tests.support import stream_media as sm

APPROVED = [sm.picture(1, "City museum open daily"), sm.picture(2), sm.picture(3, "Spring festival")]


async def test_stream_target_hijack_and_black_open_incidents_with_frames(tmp_path: Path) -> None:
    foreign = sm.banner(sm.picture(99), "HACKED BY NOBODY")
    black = Image.new("RGB", (sm.W, sm.H), (0, 0, 0))
    normal = sm.playlist(APPROVED, 6.0)

    def script(t: float) -> Image.Image:
        if 8.0 <= t < 14.0:
            return foreign
        if 20.0 <= t < 26.0:
            return black
        return normal(t)

    video = sm.encode(tmp_path / "channel.mp4", 32, script)
    archive = MemoryArchive()
    target = await archive.add_target(Target(url=str(video), kind=TargetKind.STREAM))
    published: list[IncidentEvent] = []

    class Sink:
        async def publish(self, event: IncidentEvent) -> None:
            published.append(event)

    recorder = StreamRecorder(archive, IncidentService(archive), target, Sink())
    opened = await watch_stream_target(
        target,
        load_library(sm.library(tmp_path / "library", APPROVED)),
        WatchConfig(),
        UrlPolicy(),
        recorder,
        sample_fps=1.0,
        work_width=480,
        stop=threading.Event(),
        max_reconnects=0,
    )
    kinds = [i.kind for i in opened]
    assert kinds.count(IncidentKind.DEFACED) == 1 and kinds.count(IncidentKind.UNAVAILABLE) == 1
    defaced = next(i for i in opened if i.kind == IncidentKind.DEFACED)
    assert 8.0 <= defaced.evidence["stream_t"] <= 13.0
    assert any("not approved content" in r for r in defaced.reasons)
    observations = await archive.observations(target.id)
    assert any(o.verdict == Status.DEFACED.value and o.content_hash for o in observations)
    assert {e.incident.id for e in published} == {i.id for i in opened}
    assert await archive.blobs.get(defaced.evidence["frame_sha256"])  # the frame it was confirmed on
    frames = defaced.evidence["frames"]  # the samples leading up to it, and their clip
    assert len(frames) == 6 and frames[0]["t"] < 8.0 <= frames[-1]["t"]
    assert await archive.blobs.get(defaced.evidence["clip_mp4"])
