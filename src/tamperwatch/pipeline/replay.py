"""Replay: run the live check pipeline over stored scenario folders, strictly online.

Snapshots before ``learn`` are known-good history and are learned; every later snapshot is
checked in order by the same Pipeline a live check uses (FileFetcher swapped in, in-memory
archive), and the engine updates its profile after a clean verdict as it would live. Nothing
later in a scenario can influence a line for an earlier snapshot.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.capture.file_fetcher import FileFetcher, Scenario
from tamperwatch.detect.delta import DeltaGate
from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.models import Target
from tamperwatch.notify.base import MemoryNotifier
from tamperwatch.pipeline.check import Pipeline
from tamperwatch.pipeline.services import DirectSink, Services
from tamperwatch.settings import Settings


async def replay_scenario(scenario: Scenario, settings: Settings) -> list[dict[str, Any]]:
    """One JSON-ready line per checked snapshot of ``scenario``."""
    fetcher = FileFetcher(settings.max_body_bytes)
    archive = MemoryArchive()
    engine = DetectionEngine.from_settings(settings)
    services = Services(
        fetcher,
        archive,
        engine,
        DirectSink(MemoryNotifier()),
        confirm_refetch=settings.confirm_refetch,
        gap_failures=settings.gap_failures,
        auto_accept_after=settings.auto_accept_after,
        delta_gate=DeltaGate.from_settings(settings),
        delta_learn_every=settings.delta_learn_every,
    )
    target = await archive.add_target(Target(url=scenario.target_url))
    pipeline = Pipeline()
    lines: list[dict[str, Any]] = []
    for index, snap in enumerate(scenario.snapshots):
        fetcher.load(target.url, snap)
        known_good = index < scenario.learn
        # the history ends with the last known-good snapshot (or before the first snapshot when
        # there is none): every later one gets a verdict
        ctx = await pipeline.run(
            target, services, known_good=known_good, close_learning=index == max(scenario.learn - 1, 0)
        )
        if known_good:
            continue
        verdict = ctx.verdict
        assert verdict is not None
        lines.append(
            {
                "scenario": scenario.id,
                "index": index,
                "defaced": verdict.defaced,
                "score": round(verdict.score, 4),
                "status": verdict.status.value,
                "reasons": list(verdict.reasons[:5]),
                # each detector's finding: what the verdict combined, for the operator and for
                # studying the combination (the scorer ignores extra keys)
                "findings": [
                    {"detector": f.detector, "score": round(f.score, 4), "content": f.content}
                    for f in verdict.findings
                ],
            }
        )
    await archive.aclose()
    return lines


def _replay_folder(folder: str, settings_json: str) -> list[dict[str, Any]]:
    settings = Settings.model_validate_json(settings_json)
    try:
        scenario = Scenario.load(Path(folder))
    except ValueError as exc:
        return [{"scenario": Path(folder).name, "error": str(exc)}]
    return asyncio.run(replay_scenario(scenario, settings))


def replay_folders(
    folders: list[Path], settings: Settings, workers: int = 1
) -> Iterator[list[dict[str, Any]]]:
    """Lines per scenario folder, in the order given; ``workers`` > 1 uses that many processes."""
    settings_json = settings.model_dump_json()
    if workers <= 1:
        for folder in folders:
            yield _replay_folder(str(folder), settings_json)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_replay_folder, [str(f) for f in folders], [settings_json] * len(folders))
