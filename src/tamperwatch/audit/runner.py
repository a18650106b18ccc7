"""Wires an audit from Settings: the URL policy, the bounded fetcher of ``tamperwatch check``
(with the audit's limits), the TLS scan and the software match; used by the CLI and the bench."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tamperwatch.audit.fleet import audit_fleet
from tamperwatch.audit.limits import AuditLimits
from tamperwatch.audit.site import AuditPlan, Extra

if TYPE_CHECKING:
    from tamperwatch.audit.findings import SiteReport
    from tamperwatch.settings import Settings


async def run_audit(
    settings: Settings,
    urls: Sequence[str],
    *,
    tls: bool = True,
    vulns: Path | None = None,
    progress: Callable[[SiteReport], None] | None = None,
) -> list[SiteReport]:
    """Audit ``urls`` under ``settings``; reports worst first."""
    from tamperwatch.audit.client import build_fetcher
    from tamperwatch.audit.software import SoftwareAudit
    from tamperwatch.audit.tls import TlsAudit
    from tamperwatch.policy import UrlPolicy

    limits = AuditLimits.from_settings(settings)
    policy = UrlPolicy.from_settings(settings)
    extras: list[Extra] = []
    if tls:
        extras.append(TlsAudit(policy, limits.tls_timeout_s, limits.ca_file))
    extras.append(SoftwareAudit.load(vulns))
    plan = AuditPlan(max_redirects=settings.max_redirects, probe_concurrency=limits.probe_concurrency)
    fetcher = build_fetcher(settings, policy, limits)
    unverified = build_fetcher(settings, policy, limits, verify=False)
    try:
        return await audit_fleet(
            fetcher, urls, plan, tuple(extras), limits.site_concurrency, progress, unverified
        )
    finally:
        await fetcher.aclose()
        await unverified.aclose()
