"""`tamperwatch audit` against real servers on loopback: a badly configured site gets each
finding, a soft-404 site raises no false exposure, and the audit sends nothing but GETs (and,
for https, TLS handshakes), only to the audited host."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from support.site_server import Page, SiteServer

from tamperwatch.audit.findings import Finding, SiteReport
from tamperwatch.audit.runner import run_audit
from tamperwatch.settings import Settings

TEXT = [("Content-Type", "text/plain")]
HOME = b"""<!doctype html><html><head><title>Riverton portal</title>
<meta name="generator" content="WordPress 5.8.1">
<script src="https://cdn.example.net/jquery-3.4.1.min.js"></script></head>
<body><h1>Riverton</h1><form action="/login" method="post"><input name="u"><input type="password" name="p">
</form></body></html>"""
WP_LOGIN = b"""<html><body><form id="loginform" action="/wp-login.php" method="post">
<input id="user_login" name="log">
<input type="password" name="pwd"><input type="submit" name="wp-submit"></form></body></html>"""
BAD_PAGES = {
    "/": Page(HOME, headers=[("Content-Type", "text/html"), ("Set-Cookie", "PHPSESSID=abc; path=/")]),
    "/.git/HEAD": Page(b"ref: refs/heads/main\n", headers=TEXT),
    "/.env": Page(b"DB_HOST=db\nDB_PASSWORD=hunter2\n", headers=TEXT),
    "/wp-config.php.bak": Page(b"<?php\ndefine('DB_PASSWORD', 'hunter2');\n", headers=TEXT),
    "/dump.sql": Page(b"-- MySQL dump 10.13\nCREATE TABLE wp_users (ID int);\n", headers=TEXT),
    "/backup.zip": Page(b"PK\x03\x04" + bytes(32), headers=[("Content-Type", "application/zip")]),
    "/uploads/": Page(b"<html><head><title>Index of /uploads/</title></head><body></body></html>"),
    "/server-status": Page(b"<html><h1>Apache Server Status for riverton</h1></html>"),
    "/phpinfo.php": Page(b"<html><head><title>PHP 7.4.3 - phpinfo()</title></head></html>"),
    "/wp-login.php": Page(WP_LOGIN),
}
EXPECTED = {
    "git-exposed", "env-exposed", "config-backup", "db-dump", "site-backup", "directory-listing",
    "server-status", "phpinfo", "cms-admin", "login-over-http", "content-security-policy", "csp-injection",
    "redirection", "cookies",
}  # fmt: skip


def settings_for(tmp_path: Path, *ports: int, ca: Path | None = None) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp_path / "data",
        url_allowlist=[f"127.0.0.1/32:{port}" for port in ports],
        audit_ca_file=ca,
    )


@pytest.fixture
async def bad_site() -> AsyncIterator[SiteServer]:
    server = SiteServer(BAD_PAGES)
    await server.start()
    yield server
    await server.close()


async def audit_one(settings: Settings, url: str, tls: bool = True) -> SiteReport:
    [report] = await run_audit(settings, [url], tls=tls)
    return report


async def test_a_badly_configured_site_gets_each_finding_and_a_low_grade(
    tmp_path: Path, bad_site: SiteServer
) -> None:
    report = await audit_one(settings_for(tmp_path, bad_site.port), bad_site.url("/"))
    checks = {f.check for f in report.findings}
    assert checks >= EXPECTED, EXPECTED - checks
    assert report.grade == "F"
    assert report.findings and report.to_json()["findings"][0]["severity"] == "critical"


async def test_a_soft_404_site_raises_no_false_exposure(tmp_path: Path) -> None:
    server = SiteServer({}, fallback=Page(HOME))  # every path answers 200 and the home page
    await server.start()
    try:
        report = await audit_one(settings_for(tmp_path, server.port), server.url("/"))
    finally:
        await server.close()
    exposure = [f for f in report.findings if f.category in ("exposure", "panel")]
    assert exposure == []
    assert any(f.check == "login-over-http" for f in report.findings)  # the home page's own form


async def test_only_gets_and_only_to_the_audited_host(tmp_path: Path) -> None:
    other = SiteServer({"/": Page(b"<html>other</html>")}, fallback=Page(b"<html>other</html>"))
    await other.start()
    elsewhere = f"http://localhost:{other.port}"
    pages = dict(BAD_PAGES)
    pages["/start"] = Page(b"", status="301 Moved Permanently", headers=[("Location", "/")])
    pages["/admin/"] = Page(b"", status="302 Found", headers=[("Location", elsewhere + "/admin/")])
    foreign = f'<script src="{elsewhere}/x.js"></script><link rel=stylesheet href="{elsewhere}/s.css">'
    pages["/"] = Page(HOME.replace(b"</head>", foreign.encode() + b"</head>"))
    site = SiteServer(pages)
    await site.start()
    try:
        report = await audit_one(settings_for(tmp_path, site.port, other.port), site.url("/start"))
    finally:
        await site.close()
        await other.close()
    assert report.final_url == site.url("/")
    assert other.requests == []
    assert {(method, host) for method, _path, host in site.requests} == {("GET", f"127.0.0.1:{site.port}")}
    assert report.requests == len(site.requests)


async def test_an_unreachable_site_is_reported_not_graded(tmp_path: Path) -> None:
    server = SiteServer({})
    await server.start()
    port = server.port
    await server.close()
    report = await audit_one(settings_for(tmp_path, port), f"http://127.0.0.1:{port}/")
    assert report.grade == "-" and report.error


async def test_cli_json_html_and_exit_status(tmp_path: Path, bad_site: SiteServer) -> None:
    env = dict(
        os.environ,
        TAMPERWATCH_DATA_DIR=str(tmp_path / "data"),
        TAMPERWATCH_URL_ALLOWLIST=json.dumps([f"127.0.0.1/32:{bad_site.port}"]),
    )
    html = tmp_path / "report.html"
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tamperwatch", "audit", bad_site.url("/"), "--json", "--html", str(html),
        env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await proc.communicate()
    assert proc.returncode == 2, err.decode()  # critical findings
    data = json.loads(out)
    [site] = data["sites"]
    assert site["grade"] == "F" and {f["check"] for f in site["findings"]} >= EXPECTED
    page = html.read_text("utf-8")
    assert "Git repository exposed" in page and "<script" not in page.lower()


async def test_cli_targets_audits_every_watched_site(tmp_path: Path, bad_site: SiteServer) -> None:
    env = dict(
        os.environ,
        TAMPERWATCH_DATA_DIR=str(tmp_path / "data"),
        TAMPERWATCH_URL_ALLOWLIST=json.dumps([f"127.0.0.1/32:{bad_site.port}"]),
    )

    async def tw(*args: str) -> tuple[int, bytes, bytes]:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tamperwatch", *args,
            env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, err = await proc.communicate()
        assert proc.returncode is not None
        return proc.returncode, out, err

    code, _, err = await tw("add", bad_site.url("/"))
    assert code == 0, err.decode()
    code, out, err = await tw("audit", "--targets", "--json")
    assert code == 2, err.decode()
    assert [s["url"] for s in json.loads(out)["sites"]] == [bad_site.url("/")]


async def test_cli_scheduled_audit_opens_an_exposure_incident_once(
    tmp_path: Path, bad_site: SiteServer
) -> None:
    env = dict(
        os.environ,
        TAMPERWATCH_DATA_DIR=str(tmp_path / "data"),
        TAMPERWATCH_URL_ALLOWLIST=json.dumps([f"127.0.0.1/32:{bad_site.port}"]),
    )

    async def tw(*args: str) -> tuple[int, bytes]:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tamperwatch", *args,
            env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, err = await proc.communicate()
        assert proc.returncode is not None and proc.returncode in (0, 2), err.decode()
        return proc.returncode, out

    await tw("add", bad_site.url("/"))
    _, out = await tw("audit", "--targets", "--incidents", "--json")
    first = json.loads(out)
    assert len(first["incidents"]) == 1 and len(first["sites"]) == 1
    _, out = await tw("audit", "--targets", "--incidents", "--json")
    assert json.loads(out) == {"sites": [], "incidents": []}  # audited today already
    _, out = await tw("incidents", "list", "--json")
    assert '"exposure"' in out.decode() and '"defaced"' not in out.decode()


async def test_one_failing_check_does_not_end_the_fleet(tmp_path: Path, bad_site: SiteServer) -> None:
    from tamperwatch.audit.client import build_fetcher
    from tamperwatch.audit.fleet import audit_fleet
    from tamperwatch.audit.limits import AuditLimits
    from tamperwatch.audit.observed import Observed
    from tamperwatch.audit.site import AuditPlan
    from tamperwatch.policy import UrlPolicy

    async def broken(obs: Observed, report: SiteReport) -> list[Finding]:
        if obs.auto_url.endswith("/broken"):
            raise RuntimeError("a check that breaks")
        return []

    settings = settings_for(tmp_path, bad_site.port)
    fetcher = build_fetcher(settings, UrlPolicy.from_settings(settings), AuditLimits())
    try:
        reports = await audit_fleet(
            fetcher, [bad_site.url("/"), bad_site.url("/broken")], AuditPlan(), (broken,)
        )
    finally:
        await fetcher.aclose()
    assert [r.url for r in reports] == [
        bad_site.url("/broken"),
        bad_site.url("/"),
    ]  # worst (not audited) first
    assert "a check that breaks" in reports[0].error and reports[0].grade == "-"
    assert reports[1].grade == "F" and not reports[1].error


async def test_a_version_from_a_known_file_is_matched_against_the_osv_dump(tmp_path: Path) -> None:
    home = b'<html><head><script src="/wp-includes/js/wp-embed.min.js"></script></head><body>Hi</body></html>'
    readme = b"<html><h1 id='logo'>WordPress</h1><br /> Version 5.8.1</html>"
    advisory = {
        "id": "GHSA-test-wp01",
        "summary": "WordPress core SQL injection",
        "affected": [
            {
                "package": {"ecosystem": "Packagist", "name": "johnpbloch/wordpress"},
                "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "5.8.3"}]}],
            }
        ],
        "database_specific": {"severity": "HIGH"},
    }
    dump = tmp_path / "osv.json"
    dump.write_text(json.dumps([advisory]))
    server = SiteServer({"/": Page(home), "/readme.html": Page(readme)})
    await server.start()
    try:
        [report] = await run_audit(settings_for(tmp_path, server.port), [server.url("/")], vulns=dump)
    finally:
        await server.close()
    assert {"name": "WordPress", "version": "5.8.1"} in report.software
    [vulnerable] = [f for f in report.findings if f.check == "known-vulnerability"]
    assert vulnerable.severity == "high" and "GHSA-test-wp01" in vulnerable.evidence
    assert vulnerable.category == "software"
