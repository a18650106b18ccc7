"""The software check: fingerprint the page (Wappalyzer-format data) and, with an OSV dump,
report the versions that have known vulnerabilities."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from tamperwatch.audit.cookies import parse_set_cookie
from tamperwatch.audit.exposure import RANGE_HEADER
from tamperwatch.audit.findings import Category, Finding, Severity
from tamperwatch.audit.fingerprint import Evidence, Technology, detect, load_technologies
from tamperwatch.audit.hygiene import origin_of
from tamperwatch.audit.limits import MAX_LISTED
from tamperwatch.audit.observed import header_values
from tamperwatch.audit.vulns import Advisory, VulnIndex, numbers

if TYPE_CHECKING:
    from tamperwatch.audit.findings import SiteReport
    from tamperwatch.audit.observed import Observed

# Files that state the version of a technology already seen on the page: (name, path, pattern).
KNOWN_FILES = (
    ("WordPress", "/readme.html", re.compile(r"<br\s*/?>\s*Version\s+(\d+(?:\.\d+)+)", re.I)),
    ("Drupal", "/CHANGELOG.txt", re.compile(r"^Drupal (\d+(?:\.\d+)+),", re.M)),
    (
        "Joomla",
        "/administrator/manifests/files/joomla.xml",
        re.compile(r"<version>(\d+(?:\.\d+)+)</version>"),
    ),
)
# OSV databases' severity words -> the audit's severity (GitHub: LOW, MODERATE, HIGH, CRITICAL).
SEVERITY = {
    "CRITICAL": Severity.CRITICAL,
    "HIGH": Severity.HIGH,
    "MODERATE": Severity.MEDIUM,
    "LOW": Severity.LOW,
}
DEFAULT_SEVERITY = Severity.HIGH


def evidence_of(obs: Observed) -> Evidence:
    capture = obs.auto
    cookies: dict[str, str] = {}
    for raw in header_values(capture, "Set-Cookie"):
        cookie = parse_set_cookie(raw)
        if cookie is not None:
            cookies[cookie.name.lower()] = raw.split(";", 1)[0].partition("=")[2]
    return Evidence(
        headers={k.lower(): v for k, v in capture.headers},
        cookies=cookies,
        meta=obs.page.meta,
        scripts=[s.url or s.raw for s in obs.page.scripts],
        html=capture.text if obs.page.is_html else "",
        url=obs.auto_url,
    )


def _worst(advisories: list[Advisory]) -> Severity:
    levels = [SEVERITY.get(a.severity.upper(), DEFAULT_SEVERITY) for a in advisories]
    return min(levels, key=list(Severity).index)


async def read_known_files(obs: Observed, found: dict[str, str]) -> None:
    """Fill in the versions the page did not show from the files that state them."""
    if obs.client is None:
        return
    origin = origin_of(obs.auto_url)
    for name, path, pattern in KNOWN_FILES:
        if name in found and not found[name]:
            hop = await obs.client.get_one(origin + path, RANGE_HEADER)
            hit = pattern.search(hop.capture.text) if hop.capture.status in (200, 206) else None
            if hit:
                found[name] = hit.group(1)


class SoftwareAudit:
    def __init__(
        self,
        technologies: list[Technology],
        packages: dict[str, list[tuple[str, str]]],
        vulns: VulnIndex | None,
    ):
        self.technologies, self.packages, self.vulns = technologies, packages, vulns

    @classmethod
    def load(cls, vulns: Path | None = None) -> SoftwareAudit:
        text = resources.files("tamperwatch.audit").joinpath("data/osv_packages.json").read_text("utf-8")
        raw = {k: v for k, v in json.loads(text).items() if not k.startswith("_")}
        packages = {name: [(str(e), str(n)) for e, n in pairs] for name, pairs in raw.items()}
        return cls(load_technologies(), packages, VulnIndex.load(vulns) if vulns is not None else None)

    async def __call__(self, obs: Observed, report: SiteReport) -> list[Finding]:
        found = detect(self.technologies, evidence_of(obs))
        await read_known_files(obs, found)
        report.software = [{"name": n, "version": v} for n, v in sorted(found.items())]
        if self.vulns is None:
            return []
        out: list[Finding] = []
        for name, version in sorted(found.items()):
            if not version:
                continue
            advisories = self.vulns.advisories(self.packages.get(name, []), version)
            if not advisories:
                continue
            listed = "; ".join(f"{a.id}: {a.summary}" for a in advisories[:MAX_LISTED])
            fixed = max(
                (a.fixed for a in advisories if a.fixed),
                default="",
                key=numbers,
            )
            fix = (
                f"Upgrade {name} to {fixed} or later."
                if fixed
                else f"Upgrade {name} to a release without these advisories."
            )
            out.append(
                Finding(
                    "known-vulnerability",
                    f"{name} {version} has {len(advisories)} known vulnerabilities",
                    _worst(advisories),
                    Category.SOFTWARE,
                    listed,
                    fix,
                    obs.auto_url,
                )
            )
        return out
