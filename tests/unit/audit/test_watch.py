"""The scheduled audit: new findings open one `exposure` incident per target (never `defaced`);
findings already seen, unreachable sites and targets audited recently open nothing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.audit.findings import Category, Finding, Severity, SiteReport
from tamperwatch.audit.memory import AuditMemory
from tamperwatch.audit.watch import due, watch
from tamperwatch.models import IncidentEvent, IncidentKind, IncidentState, Target

URL = "https://portal.example.org/"
GIT = Finding(
    "git-exposed",
    "Git repository exposed",
    Severity.CRITICAL,
    Category.EXPOSURE,
    "HEAD",
    "",
    URL + ".git/HEAD",
)
PANEL = Finding(
    "admin-panel", "Admin login reachable", Severity.MEDIUM, Category.PANEL, "form", "", URL + "admin/"
)
LOW = Finding("third-party-scripts", "Scripts from 2 origins", Severity.LOW, Category.CONTENT, "cdn", "", URL)


class Events:
    def __init__(self) -> None:
        self.published: list[IncidentEvent] = []

    async def publish(self, event: IncidentEvent) -> None:
        self.published.append(event)


class Auditor:
    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.error = ""
        self.asked: list[list[str]] = []

    async def __call__(self, urls: Sequence[str]) -> list[SiteReport]:
        self.asked.append(list(urls))
        return [SiteReport(url=u, grade="F", findings=list(self.findings), error=self.error) for u in urls]


async def test_new_findings_open_one_exposure_incident(tmp_path: Path) -> None:
    archive, events, auditor = MemoryArchive(), Events(), Auditor()
    target = await archive.add_target(Target(url=URL))
    memory = AuditMemory(tmp_path / "audits")

    auditor.findings = [GIT, LOW]
    [first] = await watch([target], auditor, archive, events, memory, now=1000.0)
    assert first.incident is not None and first.incident.kind is IncidentKind.EXPOSURE
    assert [f.check for f in first.new] == ["git-exposed"]  # low findings never alert
    assert events.published[0].change == "opened" and events.published[0].target_url == URL

    [again] = await watch([target], auditor, archive, events, memory, now=2000.0)
    assert again.new == [] and again.incident is None  # nothing new

    auditor.findings = [GIT, PANEL]
    [panel] = await watch([target], auditor, archive, events, memory, now=3000.0)
    assert [f.check for f in panel.new] == ["admin-panel"]
    assert panel.incident is None  # the exposure incident is still open: no second one
    assert len(events.published) == 1

    await archive.set_incident_state(first.incident.id, IncidentState.RESOLVED)
    auditor.findings = [
        GIT,
        PANEL,
        GIT.__class__(**{**GIT.to_json(), "url": URL + ".env", "check": "env-exposed"}),
    ]
    [env] = await watch([target], auditor, archive, events, memory, now=4000.0)
    assert env.incident is not None and env.incident.id != first.incident.id
    kinds = {i.kind for i in await archive.list_incidents()}
    assert kinds == {IncidentKind.EXPOSURE}


async def test_an_unreachable_site_opens_nothing_and_keeps_its_last_audit(tmp_path: Path) -> None:
    archive, events, auditor = MemoryArchive(), Events(), Auditor()
    target = await archive.add_target(Target(url=URL))
    memory = AuditMemory(tmp_path / "audits")
    auditor.error = "connection refused"
    assert await watch([target], auditor, archive, events, memory, now=1000.0) == []
    assert memory.last(target.id) is None and events.published == []


async def test_only_targets_not_audited_for_an_interval_are_due(tmp_path: Path) -> None:
    archive, events, auditor = MemoryArchive(), Events(), Auditor()
    fresh = await archive.add_target(Target(url=URL))
    stale = await archive.add_target(Target(url="https://other.example.org/"))
    memory = AuditMemory(tmp_path / "audits")
    await watch([fresh, stale], auditor, archive, events, memory, now=1000.0)
    await watch([stale], auditor, archive, events, memory, now=50_000.0)
    assert [t.url for t in due([fresh, stale], memory, 86400.0, now=88_000.0)] == [URL]
    assert due([fresh, stale], memory, 86400.0, now=50_001.0) == []
