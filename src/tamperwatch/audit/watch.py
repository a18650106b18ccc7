"""The scheduled audit: every watched web target audited once per ``audit_interval_s``; findings
that were not there at its last audit (of medium severity or worse) open one incident of kind
``exposure`` (never ``defaced``) per target, announced like any incident. While that incident is
open or acknowledged, later new findings do not open another one."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from tamperwatch.audit.findings import SEVERITY_RANK, Finding, Severity, ordered
from tamperwatch.audit.memory import AuditMemory, finding_key
from tamperwatch.models import IncidentEvent, IncidentKind, TargetKind

if TYPE_CHECKING:
    from tamperwatch.audit.findings import SiteReport
    from tamperwatch.models import Incident, Target

ALERT_AT = Severity.MEDIUM  # new findings this severe or worse open an incident
MAX_REASONS = 10  # findings named in the incident's reasons (all are in its evidence)


class IncidentArchive(Protocol):
    async def open_incident(
        self,
        target_id: int,
        kind: IncidentKind,
        score: float,
        reasons: tuple[str, ...],
        evidence: dict[str, Any],
    ) -> Incident: ...

    async def open_incident_for(self, target_id: int, kind: IncidentKind) -> Incident | None: ...


class EventSink(Protocol):
    async def publish(self, event: IncidentEvent) -> None: ...


Auditor = Callable[[Sequence[str]], Awaitable[list["SiteReport"]]]


@dataclass(slots=True)
class WatchResult:
    target: Target
    report: SiteReport
    new: list[Finding]
    incident: Incident | None = None


def alerting(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if SEVERITY_RANK[f.severity] <= SEVERITY_RANK[ALERT_AT]]


def due(targets: Sequence[Target], memory: AuditMemory, interval_s: float, now: float) -> list[Target]:
    """Web targets whose last audit is older than ``interval_s`` (or that were never audited)."""
    out = []
    for target in targets:
        last = memory.last(target.id)
        if target.kind == TargetKind.WEB and (last is None or now - last.audited_at >= interval_s):
            out.append(target)
    return out


async def watch(
    targets: Sequence[Target],
    audit: Auditor,
    archive: IncidentArchive,
    events: EventSink,
    memory: AuditMemory,
    now: float,
) -> list[WatchResult]:
    """Audit ``targets``; open an ``exposure`` incident for each one with new findings."""
    by_url = {r.url: r for r in await audit([t.url for t in targets])}
    results: list[WatchResult] = []
    for target in targets:
        report = by_url.get(target.url)
        if report is None or report.error:  # unreachable: the checks report that; try next time
            continue
        last = memory.last(target.id)
        seen = last.keys if last is not None else frozenset()
        new = ordered([f for f in alerting(report.findings) if finding_key(f) not in seen])
        result = WatchResult(target, report, new)
        if new and await archive.open_incident_for(target.id, IncidentKind.EXPOSURE) is None:
            reasons = tuple(f"{f.severity.value}: {f.title} ({f.url})" for f in new[:MAX_REASONS])
            evidence = {"grade": report.grade, "findings": [f.to_json() for f in new]}
            score = float(len(new))
            result.incident = await archive.open_incident(
                target.id, IncidentKind.EXPOSURE, score, reasons, evidence
            )
            await events.publish(IncidentEvent(result.incident, target.url, "opened", datetime.now(UTC)))
        memory.save(target.id, report, now)
        results.append(result)
    return results
