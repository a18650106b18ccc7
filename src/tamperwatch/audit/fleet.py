"""Many sites: audited a few at a time, each through the same fetcher, sorted worst first."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from tamperwatch.audit.findings import SiteReport
from tamperwatch.audit.grading import UNREACHABLE, sort_key
from tamperwatch.audit.site import AuditPlan, Extra, audit_site

if TYPE_CHECKING:
    from tamperwatch.capture.http import HttpFetcher

log = logging.getLogger(__name__)


def worst_first(reports: Sequence[SiteReport]) -> list[SiteReport]:
    return sorted(reports, key=lambda r: (*sort_key(r.grade, r.headers_score), r.url))


async def audit_fleet(
    fetcher: HttpFetcher,
    urls: Sequence[str],
    plan: AuditPlan,
    extras: tuple[Extra, ...] = (),
    concurrency: int = 8,
    progress: Callable[[SiteReport], None] | None = None,
    unverified: HttpFetcher | None = None,
) -> list[SiteReport]:
    """Audit ``urls`` (at most ``concurrency`` at once); ``progress`` hears each finished site."""
    gate = asyncio.Semaphore(concurrency)

    async def one(url: str) -> SiteReport:
        async with gate:
            try:
                report = await audit_site(fetcher, url, plan, extras, unverified)
            except Exception as exc:  # one hostile or broken site must not end the fleet's audit
                log.warning("audit of %s failed: %s: %s", url, type(exc).__name__, exc)
                report = SiteReport(
                    url=url, grade=UNREACHABLE, error=f"audit failed: {type(exc).__name__}: {exc}"
                )
        if progress is not None:
            progress(report)
        return report

    return worst_first(await asyncio.gather(*(one(u) for u in urls)))
