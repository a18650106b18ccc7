"""The terminal report: one summary row per site (worst first), then each site's findings in
the order an attacker would use them. Hostile text is printed as text, never as Rich markup."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from tamperwatch.audit.findings import Severity, ordered

if TYPE_CHECKING:
    from rich.console import Console

    from tamperwatch.audit.findings import SiteReport

SEVERITY_STYLE = {
    Severity.CRITICAL: "bold red",
    Severity.HIGH: "red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}


def counts(report: SiteReport) -> str:
    by = Counter(f.severity for f in report.findings)
    return " ".join(f"{by[s]} {s.value}" for s in Severity if by[s]) or "none"


def print_reports(out: Console, reports: list[SiteReport]) -> None:
    from rich.table import Table
    from rich.text import Text

    summary = Table(title="Hardening audit (worst first)")
    for column in ("grade", "headers", "findings", "site"):
        summary.add_column(column)
    for r in reports:
        headers = "-" if r.error else f"{r.headers_score} ({r.headers_grade})"
        summary.add_row(Text(r.grade), Text(headers), Text(r.error or counts(r)), Text(r.url))
    out.print(summary)
    for r in reports:
        if r.error or not r.findings:
            continue
        table = Table(title=f"{r.url}: grade {r.grade}", title_justify="left")
        for column in ("severity", "finding", "evidence", "fix"):
            table.add_column(column)
        for f in ordered(r.findings):
            table.add_row(
                Text(f.severity.value, style=SEVERITY_STYLE[f.severity]),
                Text(f"{f.title} [{f.check}]"),
                Text(f.evidence + (f" ({f.url})" if f.url and f.url != r.final_url else "")),
                Text(f.fix),
            )
        out.print(table)
