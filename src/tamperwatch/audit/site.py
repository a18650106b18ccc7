"""One site's audit: fetch the page (and its http and https forms), run the Observatory's header
tests, the exposure probes, the content-hygiene checks and, when asked, the TLS scan and the
software match; grade the result."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from yarl import URL

from tamperwatch.audit import headers as h
from tamperwatch.audit.advice import csp_findings, header_findings
from tamperwatch.audit.client import AuditClient, Hop
from tamperwatch.audit.cookies import cookies
from tamperwatch.audit.csp import analyze
from tamperwatch.audit.exposure import run_probes
from tamperwatch.audit.findings import Category, Finding, HeaderTest, Severity, SiteReport
from tamperwatch.audit.grading import UNREACHABLE, site_grade
from tamperwatch.audit.hygiene import FIX_LOGIN, hygiene_findings, origin_of
from tamperwatch.audit.observatory import grade_tests, test
from tamperwatch.audit.observed import Observed, header_values
from tamperwatch.audit.page import read_page
from tamperwatch.audit.redirection import redirection
from tamperwatch.audit.sri import subresource_integrity

if TYPE_CHECKING:
    from tamperwatch.capture.http import HttpFetcher

# An extra check run once the page is read (TLS scan, software match): findings for the report.
Extra = Callable[[Observed, SiteReport], Awaitable[list[Finding]]]
PANEL_CHECKS = frozenset({"cms-admin", "db-admin", "admin-panel", "appserver-manager"})


@dataclass(frozen=True, slots=True)
class AuditPlan:
    max_redirects: int = 10
    probe_concurrency: int = 4
    probes: bool = True


def _other_scheme(url: URL, scheme: str) -> str | None:
    """The same host's root on the other scheme, when the ports are the defaults (80 and 443)."""
    if not url.is_default_port():
        return None
    return str(url.with_scheme(scheme).with_port(None).with_path("/").with_query(None))


def _reached(hops: list[Hop]) -> bool:
    return bool(hops) and hops[0].capture.status != 0


async def observe(client: AuditClient, url: str) -> Observed | str:
    """Everything the header tests read, or the reason the site could not be read."""
    main = await client.get(url)
    broken_cert = main.final.error_kind == "tls" and client.trust_broken_certificate()
    if broken_cert:
        main = await client.get(url)
    auto = main.final
    if auto.status == 0:
        return auto.error or "no answer"
    obs = Observed(site_url=url, auto=auto, auto_url=main.final_url, client=client)
    start = URL(url)
    if start.scheme == "http":
        obs.http_route = main.hops
        https_hops = [hop for hop in main.hops if hop.url.startswith("https:")]
        other = _other_scheme(start, "https") if not https_hops else None
        if other is not None:
            https_hops = (await client.get(other)).hops
    else:
        https_hops = main.hops
        other = _other_scheme(start, "http")
        if other is not None:
            route = (await client.get(other)).hops
            obs.http_route = route if _reached(route) else None
    if https_hops:
        last = https_hops[-1].capture
        obs.https_invalid_cert = broken_cert or any(hop.capture.error_kind == "tls" for hop in https_hops)
        obs.https = last if last.status and not obs.https_invalid_cert else None
    obs.cors = (await client.get_one(obs.auto_url, ((("Origin", h.CORS_PROBE_ORIGIN)),))).capture
    obs.page = read_page(auto, obs.auto_url)
    return obs


def header_tests(obs: Observed) -> tuple[list[HeaderTest], list[Finding]]:
    csp = analyze(
        header_values(obs.auto, "Content-Security-Policy"),
        obs.page.http_equiv.get("content-security-policy", []),
        bool(header_values(obs.auto, "Content-Security-Policy-Report-Only")),
        obs.is_https,
    )
    hsts = h.hsts(obs)
    cookie_test, _ = cookies(obs, hsts)
    tests = [
        test("content-security-policy", csp.result, csp.directives or None),
        cookie_test,
        h.cross_origin_embedder_policy(obs),
        h.cross_origin_opener_policy(obs),
        h.cors(obs),
        redirection(obs),
        h.referrer_policy(obs),
        hsts,
        subresource_integrity(obs),
        h.x_content_type_options(obs),
        h.x_frame_options(obs, csp),
        h.cross_origin_resource_policy(obs),
    ]
    return tests, csp_findings(csp, obs.auto_url)


async def audit_site(
    fetcher: HttpFetcher,
    url: str,
    plan: AuditPlan,
    extras: tuple[Extra, ...] = (),
    unverified: HttpFetcher | None = None,
) -> SiteReport:
    """Audit ``url``; ``unverified``: the fetcher that reads a site whose certificate is broken."""
    client = AuditClient(fetcher, url, plan.max_redirects, unverified)
    report = SiteReport(url=url)
    observed = await observe(client, url)
    if isinstance(observed, str):
        report.error, report.grade, report.requests = observed, UNREACHABLE, len(client.requests)
        return report
    report.final_url = observed.auto_url
    tests, findings = header_tests(observed)
    report.header_tests = tests
    report.headers_score, report.headers_grade = grade_tests(tests)
    findings += header_findings(tests, observed.auto_url)
    findings += hygiene_findings(observed.page, observed.auto_url)
    if plan.probes:
        probed = await run_probes(client, origin_of(observed.auto_url), plan.probe_concurrency)
        findings += probed
        findings += [
            Finding("login-over-http", "A login form is served or posted over plain http", Severity.HIGH,
                    Category.TRANSPORT, f"{f.title}: {f.evidence}", FIX_LOGIN, f.url)
            for f in probed if f.check in PANEL_CHECKS and f.url.startswith("http:")
        ]  # fmt: skip
    for extra in extras:
        findings += await extra(observed, report)
    report.findings = findings
    scored = frozenset(t.name for t in tests)
    report.grade = site_grade(report.headers_grade, findings, scored)
    report.requests = len(client.requests)
    return report
