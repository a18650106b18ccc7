"""The site's grade: the Observatory grade of its headers, capped by the worst finding the
Observatory does not score (an exposed .git/ makes any header grade an F)."""

from __future__ import annotations

from tamperwatch.audit.findings import Finding, Severity
from tamperwatch.audit.observatory import GRADES

# The best grade a site can have while it has a finding of this severity (outside the headers).
GRADE_CAP = {Severity.CRITICAL: "F", Severity.HIGH: "D", Severity.MEDIUM: "B"}
UNREACHABLE = "-"  # the grade of a site that could not be audited (sorted with the worst)


def worse(a: str, b: str) -> str:
    return a if GRADES.index(a) >= GRADES.index(b) else b


def site_grade(headers_grade: str, findings: list[Finding], scored: frozenset[str]) -> str:
    """``scored``: the checks already counted in the headers grade (not capped again)."""
    grade = headers_grade
    for finding in findings:
        cap = GRADE_CAP.get(finding.severity)
        if cap is not None and finding.check not in scored:
            grade = worse(grade, cap)
    return grade


def sort_key(grade: str, score: int) -> tuple[int, int]:
    """Worst first: unreachable sites, then F ... A+, lower scores first within a grade."""
    rank = -1 if grade == UNREACHABLE else len(GRADES) - 1 - GRADES.index(grade)
    return (rank, score)
