"""The audit against nginx (Debian package) with certificates from a local CA: the
well-configured site grades A or better, the badly configured one gets each finding and an F,
the soft-404 site raises no false exposure."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support.audit_nginx import AuditSites

from bench.installs import find_command
from tamperwatch.audit.runner import run_audit
from tamperwatch.settings import Settings

BAD_EXPECTED = {
    "git-exposed", "git-config-exposed", "site-backup", "directory-listing", "admin-panel",
    "tls-legacy-protocols", "tls-weak-ciphers", "tls-cert-expiring", "content-security-policy",
    "csp-injection", "strict-transport-security", "mixed-content-active",
}  # fmt: skip


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AuditSites]:
    nginx = find_command("nginx")
    if nginx is None:
        pytest.skip("nginx is not installed (make test installs it)")
    with AuditSites(nginx, tmp_path_factory.mktemp("nginx")) as started:
        yield started


async def test_good_bad_and_soft_404_sites(sites: AuditSites, tmp_path: Path) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp_path / "data",
        url_allowlist=[f"127.0.0.1/32:{port}" for port in sites.ports.values()],
        audit_ca_file=sites.ca_bundle,
    )
    reports = {r.url: r for r in await run_audit(settings, [sites.good, sites.bad, sites.soft])}
    good, bad, soft = reports[sites.good], reports[sites.bad], reports[sites.soft]

    assert good.grade in ("A+", "A"), [(f.check, f.evidence) for f in good.findings]
    assert good.headers_score >= 100
    assert not [f for f in good.findings if f.severity in ("critical", "high", "medium")]

    checks = {f.check for f in bad.findings}
    assert checks >= BAD_EXPECTED, BAD_EXPECTED - checks
    assert bad.grade == "F"
    legacy = next(f for f in bad.findings if f.check == "tls-legacy-protocols")
    assert "TLS 1.0" in legacy.evidence
    assert {"name": "WordPress", "version": "5.8.1"} in bad.software

    assert [f for f in soft.findings if f.category in ("exposure", "panel")] == []


async def test_a_certificate_that_does_not_verify_is_a_finding_not_an_unreachable_site(
    sites: AuditSites, tmp_path: Path
) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp_path / "data",
        url_allowlist=[f"127.0.0.1/32:{sites.ports['good']}"],
    )  # no audit_ca_file: the local CA is unknown
    [report] = await run_audit(settings, [sites.good])
    assert not report.error
    assert "tls-cert-invalid" in {f.check for f in report.findings}
    assert {t.name: t.result for t in report.header_tests}["strict-transport-security"] == "hsts-invalid-cert"
