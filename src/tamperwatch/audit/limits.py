"""Every tunable number of the audit, in one place; the operator-facing ones come from Settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tamperwatch.settings import Settings

# Observatory: HSTS max-age below six months is penalised (its SIX_MONTHS constant, in seconds).
HSTS_SIX_MONTHS_S = 15_768_000
# Observatory: bonuses count only when the score after penalties is at least this.
EXTRA_CREDIT_MIN_SCORE = 90
# Mozilla server-side TLS: certificates expiring within this many days are flagged.
CERT_EXPIRY_WARNING_DAYS = 30
# The TLS scan (sslyze): connections at once to one site, retries of a connection that fails,
# and the most seconds one site's scan may take (each connection has the connect timeout).
TLS_SCAN_CONNECTIONS = 5
TLS_SCAN_RETRIES = 1
TLS_SCAN_DEADLINE_S = 120.0
# Exposure probes ask for the first bytes only (a GET with a Range header): enough to confirm.
PROBE_RANGE_BYTES = 65_536
# A probe answer this similar to the soft-404 baseline (token-set Jaccard) is the baseline.
SOFT404_SIMILARITY = 0.85
# Longest piece of hostile content quoted as evidence (characters).
EVIDENCE_CHARS = 160
# Most findings of one kind listed one by one (the rest are counted).
MAX_LISTED = 10
# Longest header value the header checks read (the Observatory's own defensive cut).
MAX_HEADER_CHARS = 1024


@dataclass(frozen=True, slots=True)
class AuditLimits:
    """The audit's operator-facing limits (``audit_*`` settings)."""

    max_body_bytes: int = 2 * 1024 * 1024
    probe_concurrency: int = 4
    site_concurrency: int = 8
    ca_file: Path | None = None
    tls_timeout_s: float = 5.0

    @classmethod
    def from_settings(cls, settings: Settings) -> AuditLimits:
        return cls(
            max_body_bytes=settings.audit_max_body_bytes,
            probe_concurrency=settings.audit_probe_concurrency,
            site_concurrency=settings.audit_site_concurrency,
            ca_file=settings.audit_ca_file,
            tls_timeout_s=settings.connect_timeout_s,
        )
