"""Mozilla HTTP Observatory scoring: its score modifiers, its two rounds and its grade chart.

Source: the Observatory's "Tests & Scoring" page (developer.mozilla.org/en-US/observatory/docs/
tests_and_scoring) and its implementation, mdn/mdn-http-observatory (src/grader/charts.js,
algorithm version 6). Every site starts at 100; round one subtracts the penalties; when that
leaves 90 or more, round two adds the bonuses. The score is never below 0; the grade is read
from the score rounded down to a multiple of 5 (100 and above: A+). See docs/audit.md.
"""

from __future__ import annotations

from collections.abc import Iterable

from tamperwatch.audit.findings import HeaderTest
from tamperwatch.audit.limits import EXTRA_CREDIT_MIN_SCORE

BASELINE_SCORE = 100

# Grade of each score band's lower bound (scores rounded down to a multiple of 5).
GRADE_CHART: dict[int, str] = {
    100: "A+", 95: "A", 90: "A", 85: "A-", 80: "B+", 75: "B", 70: "B", 65: "B-",
    60: "C+", 55: "C", 50: "C", 45: "C-", 40: "D+", 35: "D", 30: "D", 25: "D-",
    20: "F", 15: "F", 10: "F", 5: "F", 0: "F",
}  # fmt: skip
GRADES = ("A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F")

# Expectation (the Observatory's result names) -> score modifier.
MODIFIERS: dict[str, int] = {
    # Content Security Policy
    "csp-implemented-with-no-unsafe-default-src-none": 10,
    "csp-implemented-with-no-unsafe": 5,
    "csp-implemented-with-unsafe-inline-in-style-src-only": 0,
    "csp-implemented-but-duplicate-directives": 0,
    "csp-implemented-with-insecure-scheme-in-passive-content-only": -10,
    "csp-implemented-with-unsafe-eval": -10,
    "csp-implemented-with-unsafe-inline": -20,
    "csp-implemented-with-insecure-scheme": -20,
    "csp-header-invalid": -25,
    "csp-not-implemented": -25,
    "csp-not-implemented-but-reporting-enabled": -25,
    # Cookies
    "cookies-secure-with-httponly-sessions-and-samesite": 5,
    "cookies-secure-with-httponly-sessions": 0,
    "cookies-not-found": 0,
    "cookies-without-secure-flag-but-protected-by-hsts": -5,
    "cookies-session-without-secure-flag-but-protected-by-hsts": -10,
    "cookies-without-secure-flag": -20,
    "cookies-samesite-flag-invalid": -20,
    "cookies-anticsrf-without-samesite-flag": -20,
    "cookies-session-without-httponly-flag": -30,
    "cookies-session-without-secure-flag": -40,
    # Cross-origin resource sharing
    "cross-origin-resource-sharing-not-implemented": 0,
    "cross-origin-resource-sharing-implemented-with-public-access": 0,
    "cross-origin-resource-sharing-implemented-with-restricted-access": 0,
    "cross-origin-resource-sharing-implemented-with-universal-access": -50,
    # Redirection
    "redirection-all-redirects-preloaded": 0,
    "redirection-to-https": 0,
    "redirection-not-needed-no-http": 0,
    "redirection-off-host-from-http": -5,
    "redirection-not-to-https-on-initial-redirection": -10,
    "redirection-not-to-https": -20,
    "redirection-missing": -20,
    "redirection-invalid-cert": -20,
    # Referrer-Policy
    "referrer-policy-private": 5,
    "referrer-policy-not-implemented": 0,
    "referrer-policy-unsafe": -5,
    "referrer-policy-header-invalid": -5,
    # Strict-Transport-Security
    "hsts-preloaded": 5,
    "hsts-implemented-max-age-at-least-six-months": 0,
    "hsts-implemented-max-age-less-than-six-months": -10,
    "hsts-not-implemented": -20,
    "hsts-header-invalid": -20,
    "hsts-not-implemented-no-https": -20,
    "hsts-invalid-cert": -20,
    # Subresource Integrity
    "sri-implemented-and-all-scripts-loaded-securely": 5,
    "sri-implemented-and-external-scripts-loaded-securely": 5,
    "sri-not-implemented-response-not-html": 0,
    "sri-not-implemented-but-no-scripts-loaded": 0,
    "sri-not-implemented-but-all-scripts-loaded-from-secure-origin": 0,
    "sri-not-implemented-but-external-scripts-loaded-securely": -5,
    "sri-implemented-but-external-scripts-not-loaded-securely": -20,
    "sri-not-implemented-and-external-scripts-not-loaded-securely": -50,
    "html-not-parsable": -20,
    # X-Content-Type-Options
    "x-content-type-options-nosniff": 0,
    "x-content-type-options-not-implemented": -5,
    "x-content-type-options-header-invalid": -5,
    # X-Frame-Options
    "x-frame-options-implemented-via-csp": 5,
    "x-frame-options-sameorigin-or-deny": 5,
    "x-frame-options-allow-from-origin": 0,
    "x-frame-options-not-implemented": -20,
    "x-frame-options-header-invalid": -20,
    # Cross-Origin-Resource-Policy
    "cross-origin-resource-policy-implemented-with-same-origin": 10,
    "cross-origin-resource-policy-implemented-with-same-site": 10,
    "cross-origin-resource-policy-implemented-with-cross-origin": 0,
    "cross-origin-resource-policy-not-implemented": 0,
    "cross-origin-resource-policy-header-invalid": -5,
    # Cross-Origin-Embedder-Policy
    "coep-implemented-with-require-corp": 10,
    "coep-implemented-with-credentialless": 10,
    "coep-implemented-with-unsafe-none": 0,
    "coep-not-implemented": 0,
    "coep-header-invalid": -5,
    # Cross-Origin-Opener-Policy
    "coop-implemented-with-same-origin": 10,
    "coop-implemented-with-same-origin-allow-popups": 10,
    "coop-implemented-with-noopener-allow-popups": 10,
    "coop-implemented-with-unsafe-none": 0,
    "coop-not-implemented": 0,
    "coop-header-invalid": -5,
}


def modifier(result: str) -> int:
    """The score modifier of one expectation (KeyError for a name the table does not have)."""
    return MODIFIERS[result]


def test(name: str, result: str, data: object = None) -> HeaderTest:
    return HeaderTest(name=name, result=result, modifier=modifier(result), data=data)


def grade_for(score: int) -> str:
    """The letter of ``score`` on the Observatory's chart."""
    score = max(score, 0)
    return GRADE_CHART[min(score - score % 5, 100)]


def score(modifiers: Iterable[int]) -> int:
    """The Observatory's two rounds: penalties from 100; bonuses only if that leaves >= 90."""
    values = list(modifiers)
    penalised = BASELINE_SCORE + sum(m for m in values if m < 0)
    total = penalised + sum(m for m in values if m > 0) if penalised >= EXTRA_CREDIT_MIN_SCORE else penalised
    return max(total, 0)


def grade_tests(tests: Iterable[HeaderTest]) -> tuple[int, str]:
    value = score(t.modifier for t in tests)
    return value, grade_for(value)
