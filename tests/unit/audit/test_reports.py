"""Reports: attack order, worst site first, JSON, and an HTML report in which hostile page
content can never run."""

from __future__ import annotations

import json

from selectolax.lexbor import LexborHTMLParser

from tamperwatch.audit.findings import Category, Finding, HeaderTest, Severity, SiteReport, ordered
from tamperwatch.audit.fleet import worst_first
from tamperwatch.audit.grading import site_grade
from tamperwatch.audit.report_html import render_html

HOSTILE = (
    '</td></table><script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>'
)


def _finding(check: str, severity: Severity, category: Category, evidence: str = "") -> Finding:
    return Finding(check, f"title of {check}", severity, category, evidence, "fix it", "https://s.example/")


def test_findings_come_in_the_order_an_attacker_uses_them() -> None:
    findings = [
        _finding("x-frame-options", Severity.MEDIUM, Category.HEADERS),
        _finding("admin-panel", Severity.MEDIUM, Category.PANEL),
        _finding("git-exposed", Severity.CRITICAL, Category.EXPOSURE),
        _finding("known-vulnerability", Severity.CRITICAL, Category.SOFTWARE),
        _finding("tls-legacy-protocols", Severity.MEDIUM, Category.TRANSPORT),
    ]
    assert [f.check for f in ordered(findings)] == [
        "git-exposed",
        "known-vulnerability",
        "admin-panel",
        "tls-legacy-protocols",
        "x-frame-options",
    ]


def test_a_critical_finding_caps_any_header_grade_at_f_but_scored_headers_are_not_counted_twice() -> None:
    git = _finding("git-exposed", Severity.CRITICAL, Category.EXPOSURE)
    cookies = _finding("cookies", Severity.HIGH, Category.HEADERS)
    assert site_grade("A+", [git], frozenset()) == "F"
    assert site_grade("A+", [_finding("admin-panel", Severity.MEDIUM, Category.PANEL)], frozenset()) == "B"
    assert site_grade("A", [cookies], frozenset({"cookies"})) == "A"


def test_fleet_is_sorted_worst_first_unreachable_first() -> None:
    reports = [
        SiteReport(url="https://a.example/", grade="A+", headers_score=120),
        SiteReport(url="https://b.example/", grade="F", headers_score=10),
        SiteReport(url="https://c.example/", grade="-", error="connection refused"),
        SiteReport(url="https://d.example/", grade="F", headers_score=0),
        SiteReport(url="https://e.example/", grade="C", headers_score=55),
    ]
    assert [r.url[8] for r in worst_first(reports)] == ["c", "d", "b", "e", "a"]


def _hostile_report() -> SiteReport:
    report = SiteReport(url="https://s.example/" + HOSTILE, grade="F", headers_grade="F")
    report.findings = [_finding("git-exposed", Severity.CRITICAL, Category.EXPOSURE, HOSTILE)]
    report.header_tests = [HeaderTest("content-security-policy", "csp-not-implemented", -25, HOSTILE)]
    return report


def test_html_report_escapes_hostile_content_and_forbids_scripts() -> None:
    page = render_html(
        [_hostile_report(), SiteReport(url="https://down.example/", grade="-", error=HOSTILE)], HOSTILE
    )
    tree = LexborHTMLParser(page)
    assert tree.css("script") == [] and tree.css("img") == [] and tree.css("a") == []
    for node in tree.css("*"):
        assert not any(name.lower().startswith("on") for name in node.attributes), node.tag
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    csp = tree.css_first("meta[http-equiv=Content-Security-Policy]")
    assert csp is not None and "default-src 'none'" in (csp.attributes.get("content") or "")


def test_json_report_round_trips_hostile_text_as_data() -> None:
    data = json.loads(json.dumps(_hostile_report().to_json()))
    assert data["findings"][0]["evidence"] == HOSTILE
    assert data["findings"][0]["severity"] == "critical"


def test_terminal_report_prints_hostile_text_as_text() -> None:
    import io

    from rich.console import Console

    from tamperwatch.audit.report_text import print_reports

    buffer = io.StringIO()
    report = _hostile_report()
    report.findings.append(_finding("cms-admin", Severity.MEDIUM, Category.PANEL, "[bold]not markup[/bold]"))
    print_reports(Console(file=buffer, width=1_000_000, color_system=None), [report])
    text = buffer.getvalue()
    assert "[git-exposed]" in text and "[bold]not markup[/bold]" in text
    assert text.index("git-exposed") < text.index("cms-admin")  # attack order
