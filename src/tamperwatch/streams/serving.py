"""`serve`'s watch over `stream` targets: one live watcher per stream target (with a library on record
in the media registry), each in a thread of its own through `watch_stream_target`.

Every `STREAM_RESCAN_S` the targets are read again: a new stream target starts, a removed one is
stopped, and one whose watch ended (its address refused by the policy, its library unreadable) is
started again (logged each time). On `stop` every watcher is told to stop and awaited."""

from __future__ import annotations

import asyncio
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tamperwatch.aio import wait_event
from tamperwatch.models import Target, TargetKind
from tamperwatch.streams.registry import MediaRegistry

if TYPE_CHECKING:
    from tamperwatch.archive.base import Archive
    from tamperwatch.incidents.service import IncidentService
    from tamperwatch.pipeline.services import EventSink
    from tamperwatch.settings import Settings

log = logging.getLogger(__name__)

STREAM_RESCAN_S = 60.0  # stream targets added, removed or ended are noticed within this long


@dataclass
class Running:
    target: Target
    stop: threading.Event
    task: asyncio.Task[None]


async def _watch_one(
    settings: Settings,
    archive: Archive,
    service: IncidentService,
    events: EventSink | None,
    target: Target,
    library_dir: Path,
    stop: threading.Event,
) -> None:
    from tamperwatch.policy import UrlPolicy
    from tamperwatch.streams.library import load_library
    from tamperwatch.streams.record import StreamRecorder, watch_stream_target
    from tamperwatch.streams.segments import HlsLimits
    from tamperwatch.streams.watch import WatchConfig

    try:
        library = await asyncio.to_thread(load_library, library_dir)
        recorder = StreamRecorder(archive, service, target, events)
        opened = await watch_stream_target(
            target,
            library,
            WatchConfig.from_settings(settings),
            UrlPolicy.from_settings(settings),
            recorder,
            sample_fps=settings.stream_sample_fps,
            work_width=settings.stream_work_width,
            stop=stop,
            limits=HlsLimits.from_settings(settings),
            after_s=settings.stream_evidence_after_s,
        )
        log.info("stream %s: watch ended (%d incidents opened)", target.url, len(opened))
    except Exception as exc:  # a refused address or a broken library ends this watch, not serve
        log.warning("stream %s: watch ended: %s", target.url, exc, extra={"target": target.id})


async def stream_loop(
    settings: Settings,
    archive: Archive,
    service: IncidentService,
    events: EventSink | None,
    stop: asyncio.Event,
    rescan_s: float = STREAM_RESCAN_S,
) -> None:
    registry = MediaRegistry.in_data_dir(settings.data_dir)
    running: dict[int, Running] = {}
    try:
        while not stop.is_set():
            try:
                entries = registry.entries()
                streams = {
                    t.id: t
                    for t in await archive.list_targets()
                    if t.kind == TargetKind.STREAM and t.id in entries
                }
            except Exception:
                log.exception("reading stream targets failed")
                entries, streams = {}, {i: r.target for i, r in running.items()}  # keep what runs
            for target_id in [i for i in running if i not in streams or running[i].task.done()]:
                gone = running.pop(target_id)
                gone.stop.set()
            for target_id, target in streams.items():
                if target_id in running:
                    continue
                flag = threading.Event()
                library = Path(entries[target_id].library)
                task = asyncio.create_task(
                    _watch_one(settings, archive, service, events, target, library, flag)
                )
                running[target_id] = Running(target, flag, task)
                log.info("stream %s: watching", target.url)
            await wait_event(stop, rescan_s)
    finally:
        for r in running.values():
            r.stop.set()
        await asyncio.gather(*(r.task for r in running.values()), return_exceptions=True)
