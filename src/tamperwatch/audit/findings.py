"""What an audit reports: findings with severity, evidence and fix, ordered by what an attacker
would use first."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"


class Category(StrEnum):
    """Kinds of weakness, in the order an attacker reaches for them: a leaked secret or source
    tree first, then software with a published exploit, then an open admin door, then the
    transport, then the defences against injected content, then the wider attack surface."""

    EXPOSURE = "exposure"
    SOFTWARE = "software"
    PANEL = "panel"
    TRANSPORT = "transport"
    HEADERS = "headers"
    CONTENT = "content"


SEVERITY_RANK = {s: i for i, s in enumerate(Severity)}
CATEGORY_RANK = {c: i for i, c in enumerate(Category)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One weakness: ``check`` is a stable identifier (an Observatory expectation name for the
    header checks), ``evidence`` what was seen (hostile text, quoted, never interpreted)."""

    check: str
    title: str
    severity: Severity
    category: Category
    evidence: str = ""
    fix: str = ""
    url: str = ""

    @property
    def attack_order(self) -> tuple[int, int, str]:
        return (SEVERITY_RANK[self.severity], CATEGORY_RANK[self.category], self.check)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def ordered(findings: list[Finding]) -> list[Finding]:
    """Findings in the order an attacker would use them: severity, then category."""
    return sorted(findings, key=lambda f: f.attack_order)


@dataclass(slots=True)
class HeaderTest:
    """One Observatory test's outcome: its name, expectation (result) and score modifier."""

    name: str
    result: str
    modifier: int
    data: Any = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "result": self.result, "modifier": self.modifier, "data": self.data}


@dataclass(slots=True)
class SiteReport:
    """The audit of one site: the Observatory score of its headers, the findings and a grade."""

    url: str
    final_url: str = ""
    headers_score: int = 0
    headers_grade: str = "F"
    grade: str = "F"
    findings: list[Finding] = field(default_factory=list)
    header_tests: list[HeaderTest] = field(default_factory=list)
    software: list[dict[str, Any]] = field(default_factory=list)
    error: str = ""
    requests: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "final_url": self.final_url,
            "grade": self.grade,
            "headers_score": self.headers_score,
            "headers_grade": self.headers_grade,
            "error": self.error,
            "requests": self.requests,
            "findings": [f.to_json() for f in ordered(self.findings)],
            "header_tests": [t.to_json() for t in self.header_tests],
            "software": self.software,
        }
