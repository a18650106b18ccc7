"""The self-contained HTML report. Page content is hostile: every value is escaped, the report
carries no script, and its own Content-Security-Policy forbids scripts even if one slipped in."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from tamperwatch.audit.findings import ordered
from tamperwatch.audit.report_text import counts

if TYPE_CHECKING:
    from tamperwatch.audit.findings import SiteReport

STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; width: 100%; }
th, td { border: 1px solid #ccc; padding: .3em .5em; text-align: left; vertical-align: top; }
td.evidence { font-family: monospace; word-break: break-all; }
.grade { font-weight: bold; }
.critical { color: #fff; background: #a00; } .high { color: #a00; } .medium { color: #a60; }
.low { color: #067; } .info { color: #666; }
"""
REPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'"
)


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def render_html(reports: list[SiteReport], generated_at: str) -> str:
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<meta http-equiv='Content-Security-Policy' content=\"{_e(REPORT_CSP)}\">",
        "<meta name='referrer' content='no-referrer'>",
        f"<title>tamperwatch hardening audit</title><style>{STYLE}</style></head><body>",
        f"<h1>Hardening audit</h1><p>Generated {_e(generated_at)}; worst sites first.</p>",
        "<table><tr><th>grade</th><th>headers (Observatory)</th><th>findings</th><th>site</th></tr>",
    ]
    for r in reports:
        headers = "-" if r.error else f"{r.headers_score} ({r.headers_grade})"
        parts.append(
            f"<tr><td class='grade'>{_e(r.grade)}</td><td>{_e(headers)}</td>"
            f"<td>{_e(r.error or counts(r))}</td><td>{_e(r.url)}</td></tr>"
        )
    parts.append("</table>")
    for r in reports:
        parts.append(f"<h2>{_e(r.url)}: grade {_e(r.grade)}</h2>")
        if r.error:
            parts.append(f"<p>Not audited: {_e(r.error)}</p>")
            continue
        parts.append("<table><tr><th>severity</th><th>finding</th><th>evidence</th><th>fix</th></tr>")
        for f in ordered(r.findings):
            parts.append(
                f"<tr><td class='{_e(f.severity.value)}'>{_e(f.severity.value)}</td>"
                f"<td>{_e(f.title)}<br><small>{_e(f.check)}</small></td>"
                f"<td class='evidence'>{_e(f.evidence)}<br><small>{_e(f.url)}</small></td>"
                f"<td>{_e(f.fix)}</td></tr>"
            )
        parts.append("</table><details><summary>Observatory tests</summary><table>")
        for t in r.header_tests:
            parts.append(f"<tr><td>{_e(t.name)}</td><td>{_e(t.result)}</td><td>{t.modifier:+d}</td></tr>")
        parts.append("</table></details>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
