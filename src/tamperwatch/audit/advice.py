"""Header test outcomes turned into findings: a title, a severity from the Observatory's
modifier, and the fix."""

from __future__ import annotations

from tamperwatch.audit.csp import CspVerdict
from tamperwatch.audit.findings import Category, Finding, HeaderTest, Severity

FIXES: dict[str, tuple[str, str]] = {  # test -> (title, fix)
    "content-security-policy": (
        "Content-Security-Policy is weak or missing",
        "Send a Content-Security-Policy with script-src limited to your own origin (or nonces with "
        "'strict-dynamic'), no 'unsafe-inline' or 'unsafe-eval', object-src 'none', base-uri 'self', "
        "frame-ancestors 'self'.",
    ),
    "strict-transport-security": (
        "HSTS is missing or short",
        "Serve the site over https with 'Strict-Transport-Security: max-age=63072000; includeSubDomains'.",
    ),
    "redirection": (
        "Plain http is not redirected to https at once",
        "Answer every http request with a 301 to the same URL on https on the same host.",
    ),
    "x-frame-options": (
        "The page can be framed by any site",
        "Send \"Content-Security-Policy: frame-ancestors 'self'\" "
        "(and 'X-Frame-Options: SAMEORIGIN' for old browsers).",
    ),
    "x-content-type-options": (
        "X-Content-Type-Options is missing",
        "Send 'X-Content-Type-Options: nosniff'.",
    ),
    "referrer-policy": (
        "Referrer-Policy leaks or is invalid",
        "Send 'Referrer-Policy: strict-origin-when-cross-origin' (or stricter).",
    ),
    "cookies": (
        "Cookies lack Secure, HttpOnly or SameSite",
        "Set session cookies with Secure; HttpOnly; SameSite=Lax (or Strict), and every cookie with Secure.",
    ),
    "subresource-integrity": (
        "Third-party scripts load without integrity checks",
        "Add integrity= and crossorigin=anonymous to every third-party <script>, or host the scripts "
        "yourself; "
        "never load scripts over http.",
    ),
    "cross-origin-resource-sharing": (
        "CORS lets any origin read the site with credentials",
        "Allow only named origins in Access-Control-Allow-Origin; never reflect the Origin with credentials.",
    ),
    "cross-origin-resource-policy": (
        "Cross-Origin-Resource-Policy is invalid",
        "Send 'same-origin' or 'same-site'.",
    ),
    "cross-origin-opener-policy": ("Cross-Origin-Opener-Policy is invalid", "Send 'same-origin'."),
    "cross-origin-embedder-policy": ("Cross-Origin-Embedder-Policy is invalid", "Send 'require-corp'."),
}
TRANSPORT_TESTS = frozenset({"strict-transport-security", "redirection"})
HIGH_AT = -40  # modifiers at or below this are high severity
MEDIUM_AT = -20


def severity_of(modifier: int) -> Severity:
    if modifier <= HIGH_AT:
        return Severity.HIGH
    if modifier <= MEDIUM_AT:
        return Severity.MEDIUM
    return Severity.LOW


def header_findings(tests: list[HeaderTest], url: str) -> list[Finding]:
    """One finding per test that costs points."""
    out: list[Finding] = []
    for t in tests:
        if t.modifier >= 0:
            continue
        title, fix = FIXES.get(t.name, (t.name, ""))
        category = Category.TRANSPORT if t.name in TRANSPORT_TESTS else Category.HEADERS
        evidence = f"{t.result} ({t.modifier:+d})"
        out.append(Finding(t.name, title, severity_of(t.modifier), category, evidence, fix, url))
    return out


def csp_findings(csp: CspVerdict, url: str) -> list[Finding]:
    """Whether the policy would stop what a defacer injects: an inline or a foreign script."""
    gaps = []
    if not csp.stops_inline_script:
        gaps.append("an injected inline <script> would run")
    if not csp.stops_foreign_script:
        gaps.append("a <script src> from an attacker's host would load")
    if not gaps:
        return []
    fix = FIXES["content-security-policy"][1]
    evidence = "; ".join(gaps) + f" (policy: {csp.result})"
    return [
        Finding(
            "csp-injection",
            "CSP would not stop an injected script",
            Severity.MEDIUM,
            Category.HEADERS,
            evidence,
            fix,
            url,
        )
    ]
