"""The scheduled audit inside ``tamperwatch serve``: once ``audit_start_delay_s`` after the start
(the checks settle first, and a short-lived serve audits nothing), then every hour, the watched
targets whose last audit is ``audit_interval_s`` old are audited; new findings open ``exposure``
incidents (see ``watch``). ``tamperwatch audit --targets --incidents`` is the same pass, run once."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from tamperwatch.aio import wait_event
from tamperwatch.audit.memory import AuditMemory
from tamperwatch.audit.watch import Auditor, EventSink, IncidentArchive, WatchResult, due, watch

if TYPE_CHECKING:
    import asyncio

    from tamperwatch.audit.findings import SiteReport
    from tamperwatch.models import Target
    from tamperwatch.settings import Settings

log = logging.getLogger(__name__)
PASS_EVERY_S = 3600.0  # how often serve looks for targets due for their audit


class TargetArchive(IncidentArchive, Protocol):
    async def list_targets(self) -> list[Target]: ...


def settings_auditor(settings: Settings) -> Auditor:
    """Audits as the CLI does: TLS scan on, the configured OSV dump (if any)."""
    from tamperwatch.audit.runner import run_audit

    async def audit(urls: Sequence[str]) -> list[SiteReport]:
        return await run_audit(settings, urls, tls=True, vulns=settings.audit_osv_dump)

    return audit


async def audit_due(
    settings: Settings,
    archive: TargetArchive,
    events: EventSink,
    auditor: Auditor | None = None,
    clock: Callable[[], float] = time.time,
) -> list[WatchResult]:
    """One pass: audit the due targets, open incidents for new findings."""
    memory = AuditMemory(settings.data_dir / "audits")
    todo = due(await archive.list_targets(), memory, settings.audit_interval_s, clock())
    if not todo:
        return []
    results = await watch(todo, auditor or settings_auditor(settings), archive, events, memory, clock())
    opened = sum(1 for r in results if r.incident is not None)
    log.info("audited %d target(s); %d exposure incident(s) opened", len(results), opened)
    return results


async def audit_loop(
    settings: Settings, archive: TargetArchive, events: EventSink, stop: asyncio.Event
) -> None:
    """Run ``audit_due`` every ``PASS_EVERY_S`` until ``stop``; a failed pass is logged, not fatal."""
    if not settings.audit_scheduled or await wait_event(stop, settings.audit_start_delay_s):
        return
    while not stop.is_set():
        try:
            await audit_due(settings, archive, events)
        except Exception:
            log.exception("scheduled audit pass failed")
        await wait_event(stop, PASS_EVERY_S)
