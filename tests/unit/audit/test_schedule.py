"""The scheduled audit in serve: one pass audits the due targets; the loop waits its start delay,
stops at once when asked, and can be switched off."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.audit.findings import Category, Finding, Severity, SiteReport
from tamperwatch.audit.schedule import audit_due, audit_loop
from tamperwatch.models import IncidentEvent, IncidentKind, Target
from tamperwatch.settings import Settings

URL = "https://portal.example.org/"
GIT = Finding(
    "git-exposed", "Git repository exposed", Severity.CRITICAL, Category.EXPOSURE, "", "", URL + ".git/"
)


class Events:
    def __init__(self) -> None:
        self.published: list[IncidentEvent] = []

    async def publish(self, event: IncidentEvent) -> None:
        self.published.append(event)


async def auditor(urls: Sequence[str]) -> list[SiteReport]:
    return [SiteReport(url=u, grade="F", findings=[GIT]) for u in urls]


def settings(tmp_path: Path, **extra: object) -> Settings:
    return Settings(_env_file=None, data_dir=tmp_path / "data", **extra)  # type: ignore[call-arg]


async def test_one_pass_audits_due_targets_once_per_interval(tmp_path: Path) -> None:
    archive, events = MemoryArchive(), Events()
    await archive.add_target(Target(url=URL))
    s = settings(tmp_path, audit_interval_s=86400)
    [result] = await audit_due(s, archive, events, auditor, clock=lambda: 1000.0)
    assert result.incident is not None and result.incident.kind is IncidentKind.EXPOSURE
    assert await audit_due(s, archive, events, auditor, clock=lambda: 2000.0) == []  # not due yet
    assert len(await audit_due(s, archive, events, auditor, clock=lambda: 90_000.0)) == 1
    assert len(events.published) == 1  # the same finding again opens nothing


async def test_the_loop_stops_during_its_start_delay_and_can_be_switched_off(tmp_path: Path) -> None:
    archive, events = MemoryArchive(), Events()
    await archive.add_target(Target(url=URL))
    stop = asyncio.Event()
    stop.set()
    await audit_loop(settings(tmp_path), archive, events, stop)  # returns at once: stop is set
    await audit_loop(settings(tmp_path, audit_scheduled=False), archive, events, asyncio.Event())
    assert events.published == [] and not (tmp_path / "data" / "audits").exists()
