"""Software fingerprints (Wappalyzer format) and known vulnerabilities from an OSV dump the test builds."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from audit_helpers import observed

from tamperwatch.audit.findings import SiteReport
from tamperwatch.audit.fingerprint import Evidence, detect, load_technologies
from tamperwatch.audit.software import SoftwareAudit
from tamperwatch.audit.vulns import VulnIndex

PAGE = b"""<html><head><meta name="generator" content="WordPress 5.8.1">
<script src="https://code.example.net/jquery-3.4.1.min.js"></script></head><body></body></html>"""

WP_ADVISORY = {
    "id": "GHSA-test-wp01",
    "summary": "WordPress core SQL injection in WP_Query",
    "affected": [
        {
            "package": {"ecosystem": "Packagist", "name": "johnpbloch/wordpress"},
            "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "5.8"}, {"fixed": "5.8.3"}]}],
        }
    ],
    "database_specific": {"severity": "CRITICAL"},
}
JQUERY_ADVISORY = {
    "id": "GHSA-test-jq01",
    "summary": "jQuery XSS in htmlPrefilter",
    "affected": [
        {
            "package": {"ecosystem": "npm", "name": "jquery"},
            "ranges": [{"type": "SEMVER", "events": [{"introduced": "1.2.0"}, {"fixed": "3.5.0"}]}],
        }
    ],
    "database_specific": {"severity": "MODERATE"},
}
FIXED_ELSEWHERE = {
    "id": "GHSA-test-jq02",
    "summary": "an old jQuery bug",
    "affected": [{"package": {"ecosystem": "npm", "name": "jquery"}, "versions": ["1.8.0"]}],
}


def test_fingerprints_read_versions_from_generator_scripts_and_headers() -> None:
    ev = Evidence(
        headers={"server": "nginx/1.22.1", "x-powered-by": "PHP/8.1.2"},
        cookies={},
        meta={"generator": ["WordPress 5.8.1"]},
        scripts=["https://code.example.net/jquery-3.4.1.min.js"],
        html=PAGE.decode(),
    )
    found = detect(load_technologies(), ev)
    assert found["WordPress"] == "5.8.1"
    assert found["jQuery"] == "3.4.1"
    assert found["Nginx"] == "1.22.1"  # Wappalyzer's own names
    assert found["PHP"] == "8.1.2"


def test_a_broken_pattern_in_the_data_is_skipped() -> None:
    data = json.dumps({"Broken": {"html": ["(unclosed"]}, "Fine": {"html": ["hello"]}})
    assert detect(load_technologies(data), Evidence({}, {}, {}, [], "hello")) == {"Fine": ""}


def _dump(kind: str, folder: Path) -> Path:
    records = [WP_ADVISORY, JQUERY_ADVISORY, FIXED_ELSEWHERE]
    if kind == "folder":
        for record in records:
            (folder / f"{record['id']}.json").write_text(json.dumps(record))
        return folder
    if kind == "zip":
        path = folder / "all.zip"
        with zipfile.ZipFile(path, "w") as archive:
            for record in records:
                archive.writestr(f"{record['id']}.json", json.dumps(record))
        return path
    path = folder / "dump.json"
    path.write_text(json.dumps(records))
    return path


@pytest.mark.parametrize("kind", ["folder", "zip", "file"])
async def test_versions_with_known_vulnerabilities_are_findings(tmp_path: Path, kind: str) -> None:
    audit = SoftwareAudit.load(_dump(kind, tmp_path))
    report = SiteReport(url="https://www.example.org/")
    findings = await audit(observed(body=PAGE), report)
    by_title = {f.title: f for f in findings}
    wordpress = by_title["WordPress 5.8.1 has 1 known vulnerabilities"]
    assert wordpress.severity == "critical" and "GHSA-test-wp01" in wordpress.evidence
    assert wordpress.fix == "Upgrade WordPress to 5.8.3 or later."
    jquery = by_title["jQuery 3.4.1 has 1 known vulnerabilities"]
    assert jquery.severity == "medium" and "GHSA-test-jq02" not in jquery.evidence
    assert {"name": "WordPress", "version": "5.8.1"} in report.software


def test_a_version_at_or_after_the_fix_is_not_affected(tmp_path: Path) -> None:
    index = VulnIndex.load(_dump("folder", tmp_path))
    assert index.advisories([("Packagist", "johnpbloch/wordpress")], "5.8.3") == []
    assert index.advisories([("Packagist", "johnpbloch/wordpress")], "5.7.9") == []
    assert [a.id for a in index.advisories([("npm", "jquery")], "1.8.0")] == [
        "GHSA-test-jq01",
        "GHSA-test-jq02",
    ]


async def test_without_a_dump_only_the_software_is_listed() -> None:
    report = SiteReport(url="https://www.example.org/")
    assert await SoftwareAudit.load()(observed(body=PAGE), report) == []
    # Wappalyzer's WordPress implies PHP and MySQL
    assert [s["name"] for s in report.software] == ["MySQL", "PHP", "WordPress", "jQuery"]
