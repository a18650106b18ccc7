"""serve's stream loop: each stream target with a library on record is watched in a thread of its own;
one whose library cannot be read ends its own watch, not the loop; stop ends every watch."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.incidents.service import IncidentService
from tamperwatch.models import IncidentEvent, IncidentKind, Target, TargetKind
from tamperwatch.settings import Settings
from tamperwatch.streams.registry import MediaEntry, MediaRegistry
from tamperwatch.streams.serving import stream_loop
from tests.support import stream_media as sm

APPROVED = [sm.picture(1, "City museum open daily"), sm.picture(2)]


async def test_stream_loop_watches_stream_targets_until_stop(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", stream_ocr=False)  # type: ignore[call-arg]
    archive = MemoryArchive()
    registry = MediaRegistry.in_data_dir(settings.data_dir)
    hijack = sm.banner(sm.picture(99), "HACKED BY NOBODY")
    channel = sm.encode(tmp_path / "channel.mp4", 10, lambda t: hijack if t >= 3 else APPROVED[0])
    library = sm.library(tmp_path / "library", APPROVED)
    watched = await archive.add_target(Target(url=str(channel), kind=TargetKind.STREAM))
    registry.put(watched.id, MediaEntry(str(library)))
    broken = await archive.add_target(Target(url=str(channel) + "?2", kind=TargetKind.STREAM))
    registry.put(broken.id, MediaEntry(str(tmp_path / "no-such-library")))
    await archive.add_target(Target(url="https://web.example/"))  # not a stream: never watched here
    stop = asyncio.Event()
    opened: list[IncidentEvent] = []

    class Sink:
        async def publish(self, event: IncidentEvent) -> None:
            opened.append(event)
            stop.set()

    await asyncio.wait_for(stream_loop(settings, archive, IncidentService(archive), Sink(), stop), 120)
    assert [(e.incident.target_id, e.incident.kind) for e in opened] == [(watched.id, IncidentKind.DEFACED)]
    assert any(
        "no-such-library" in r.getMessage() and "watch ended" in r.getMessage() for r in caplog.records
    )
