"""Exposure probes: well-known paths an attacker tries first, each confirmed by its content and
checked against the soft-404 baseline. Probes only read (GET with a Range header asking for the
first bytes); no login is attempted, nothing is sent but the path."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tamperwatch.audit import signs
from tamperwatch.audit.findings import Category, Finding, Severity
from tamperwatch.audit.limits import PROBE_RANGE_BYTES
from tamperwatch.audit.soft404 import Baseline, random_path

if TYPE_CHECKING:
    from tamperwatch.audit.client import AuditClient
    from tamperwatch.models import Capture

C, H, M = Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM
E, P = Category.EXPOSURE, Category.PANEL
FIX_VCS = "Delete the folder from the web root (deploy without it) or deny every path under it."
FIX_SECRET = "Remove the file from the web root and change every secret it held."
FIX_BACKUP = "Keep backups and dumps outside the web root; delete this one and rotate what it contains."
FIX_LISTING = "Turn directory listing off (nginx: autoindex off; Apache: Options -Indexes)."
FIX_STATUS = "Allow the status page from the monitoring host only, or switch it off."
FIX_PANEL = "Put the panel behind a VPN, an IP allowlist or a second factor: not open to the internet."


@dataclass(frozen=True, slots=True)
class Probe:
    path: str
    check: str
    title: str
    severity: Severity
    category: Category
    sign: signs.Sign
    fix: str


CFG, STATUS, LISTING = (
    "Configuration backup exposed",
    "Server status page exposed",
    "Directory listing enabled",
)
MANAGER = "Application server manager reachable from the internet"
ADMIN = "Admin login reachable from the internet"
PROBES: tuple[Probe, ...] = (
    Probe("/.git/HEAD", "git-exposed", "Git repository exposed", C, E, signs.git_head, FIX_VCS),
    Probe("/.git/config", "git-config-exposed", "Git configuration exposed", C, E, signs.git_config, FIX_VCS),
    Probe("/.svn/wc.db", "svn-exposed", "Subversion working copy exposed", C, E, signs.svn_db, FIX_VCS),
    Probe("/.env", "env-exposed", "Environment file exposed", C, E, signs.env_file, FIX_SECRET),
    Probe("/wp-config.php.bak", "config-backup", CFG, C, E, signs.php_config, FIX_SECRET),
    Probe("/wp-config.php~", "config-backup", CFG, C, E, signs.php_config, FIX_SECRET),
    Probe("/config.php.bak", "config-backup", CFG, C, E, signs.php_config, FIX_SECRET),
    Probe("/configuration.php.bak", "config-backup", CFG, C, E, signs.php_config, FIX_SECRET),
    Probe("/backup.sql", "db-dump", "Database dump exposed", C, E, signs.sql_dump, FIX_BACKUP),
    Probe("/dump.sql", "db-dump", "Database dump exposed", C, E, signs.sql_dump, FIX_BACKUP),
    Probe("/db.sql", "db-dump", "Database dump exposed", C, E, signs.sql_dump, FIX_BACKUP),
    Probe("/backup.zip", "site-backup", "Site backup archive exposed", H, E, signs.archive, FIX_BACKUP),
    Probe("/backup.tar.gz", "site-backup", "Site backup archive exposed", H, E, signs.archive, FIX_BACKUP),
    Probe("/www.zip", "site-backup", "Site backup archive exposed", H, E, signs.archive, FIX_BACKUP),
    Probe("/phpinfo.php", "phpinfo", "phpinfo() page exposed", H, E, signs.phpinfo, FIX_SECRET),
    Probe("/info.php", "phpinfo", "phpinfo() page exposed", H, E, signs.phpinfo, FIX_SECRET),
    Probe("/server-status", "server-status", STATUS, M, E, signs.apache_status, FIX_STATUS),
    Probe("/nginx_status", "server-status", STATUS, M, E, signs.nginx_status, FIX_STATUS),
    Probe("/uploads/", "directory-listing", LISTING, M, E, signs.directory_listing, FIX_LISTING),
    Probe("/backup/", "directory-listing", LISTING, M, E, signs.directory_listing, FIX_LISTING),
    Probe("/wp-login.php", "cms-admin", "CMS login reachable from the internet", M, P,
          signs.marker_login("user_login", "wp-submit"), FIX_PANEL),
    Probe("/administrator/", "cms-admin", "CMS login reachable from the internet", M, P,
          signs.marker_login("com_login", "mod-login"), FIX_PANEL),
    Probe("/user/login", "cms-admin", "CMS login reachable from the internet", M, P,
          signs.marker_login("user-login-form", "user_login_form"), FIX_PANEL),
    Probe("/phpmyadmin/", "db-admin", "Database admin panel reachable from the internet", H, P,
          signs.marker_login("phpMyAdmin", "pma_username"), FIX_PANEL),
    Probe("/adminer.php", "db-admin", "Database admin panel reachable from the internet", H, P,
          signs.marker_login("Adminer", "auth[username]"), FIX_PANEL),
    Probe("/manager/html", "appserver-manager", MANAGER, H, P,
          signs.marker("Tomcat Web Application Manager"), FIX_PANEL),
    Probe("/admin/", "admin-panel", ADMIN, M, P, signs.any_login, FIX_PANEL),
)  # fmt: skip
RANGE_HEADER = (("Range", f"bytes=0-{PROBE_RANGE_BYTES - 1}"),)
TOMCAT_REALM = "Tomcat Manager Application"


async def baseline(client: AuditClient, origin: str) -> Baseline:
    path = random_path()
    hop = await client.get_one(origin + path, RANGE_HEADER)
    return Baseline.of(hop.capture.status, hop.capture.text, path)


def _confirm(probe: Probe, capture: Capture, base: Baseline) -> str:
    """The evidence that ``capture`` is what ``probe`` looks for, or ""."""
    if probe.check == "appserver-manager" and capture.status == 401:
        realm = capture.header("WWW-Authenticate")
        return f"HTTP authentication realm {signs.quote(realm)!r}" if TOMCAT_REALM in realm else ""
    if capture.status not in (200, 206) or (capture.error and not capture.body):
        return ""
    text = capture.text
    if base.matches(capture.status, text, probe.path):
        return ""
    return probe.sign(text, capture.body)


async def run_probes(
    client: AuditClient, origin: str, concurrency: int, probes: tuple[Probe, ...] = PROBES
) -> list[Finding]:
    """Every probe on ``origin`` (scheme://host:port), at most ``concurrency`` at once."""
    base = await baseline(client, origin)
    gate = asyncio.Semaphore(concurrency)

    async def one(probe: Probe) -> Finding | None:
        async with gate:
            hop = await client.get_one(origin + probe.path, RANGE_HEADER)
        evidence = _confirm(probe, hop.capture, base)
        if not evidence:
            return None
        return Finding(probe.check, probe.title, probe.severity, probe.category, evidence, probe.fix, hop.url)

    found = await asyncio.gather(*(one(p) for p in probes))
    return [finding for finding in found if finding is not None]
