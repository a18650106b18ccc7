"""The header tests scored as the Mozilla HTTP Observatory's "Tests & Scoring" table says
(expectation names and modifiers of mdn/mdn-http-observatory, algorithm version 6)."""

from __future__ import annotations

import pytest
from audit_helpers import capture, observed

from tamperwatch.audit import headers as h
from tamperwatch.audit.cookies import cookies
from tamperwatch.audit.csp import analyze
from tamperwatch.audit.observatory import MODIFIERS, grade_for, score
from tamperwatch.audit.redirection import redirection
from tamperwatch.audit.site import header_tests
from tamperwatch.audit.sri import subresource_integrity

# The grading chart: every band's edges.
CHART = [
    (135, "A+"), (100, "A+"), (99, "A"), (90, "A"), (89, "A-"), (85, "A-"), (84, "B+"), (80, "B+"),
    (79, "B"), (70, "B"), (69, "B-"), (65, "B-"), (64, "C+"), (60, "C+"), (59, "C"), (50, "C"),
    (49, "C-"), (45, "C-"), (44, "D+"), (40, "D+"), (39, "D"), (30, "D"), (29, "D-"), (25, "D-"),
    (24, "F"), (0, "F"), (-30, "F"),
]  # fmt: skip


@pytest.mark.parametrize(("value", "grade"), CHART)
def test_grade_chart(value: int, grade: str) -> None:
    assert grade_for(value) == grade


def test_bonuses_count_only_when_penalties_leave_ninety_or_more() -> None:
    assert score([-10, 10, 5]) == 105  # 90 after penalties: bonuses added
    assert score([-15, 10, 5]) == 85  # 85 after penalties: no extra credit
    assert score([-50, -50, -40]) == 0  # never below zero


CSP_CASES = [
    ("default-src 'none'; form-action 'self'", "csp-implemented-with-no-unsafe-default-src-none", 10),
    ("default-src 'self'", "csp-implemented-with-no-unsafe", 5),
    ("script-src 'self'", "csp-implemented-with-unsafe-inline", -20),  # object-src not restricted
    ("default-src 'self'; script-src 'self' 'unsafe-inline'", "csp-implemented-with-unsafe-inline", -20),
    ("default-src 'self'; script-src 'self' data:", "csp-implemented-with-unsafe-inline", -20),
    ("default-src 'self'; script-src https:", "csp-implemented-with-unsafe-inline", -20),
    ("default-src 'self'; object-src *", "csp-implemented-with-unsafe-inline", -20),
    ("default-src 'self'; script-src 'self' 'unsafe-eval'", "csp-implemented-with-unsafe-eval", -10),
    (
        "default-src 'self'; style-src 'self' 'unsafe-inline'",
        "csp-implemented-with-unsafe-inline-in-style-src-only",
        0,
    ),
    (
        "default-src 'self'; img-src http://img.example.org",
        "csp-implemented-with-insecure-scheme-in-passive-content-only",
        -10,
    ),
    (
        "default-src 'self'; script-src 'self' http://js.example.org",
        "csp-implemented-with-insecure-scheme",
        -20,
    ),
    ("default-src 'self'; default-src 'none'", "csp-header-invalid", -25),
    ("default-src 'self'; script-src 'strict-dynamic'", "csp-header-invalid", -25),
    ("default-src 'self'; script-src 'nonce-abc' 'unsafe-inline'", "csp-implemented-with-no-unsafe", 5),
    (
        "default-src 'self'; script-src 'nonce-a' 'strict-dynamic' https: 'unsafe-inline'",
        "csp-implemented-with-no-unsafe",
        5,
    ),
    ("default-src 'self'; report-uri /a; report-uri /b", "csp-implemented-but-duplicate-directives", 0),
]


@pytest.mark.parametrize(("policy", "result", "points"), CSP_CASES)
def test_csp_examples(policy: str, result: str, points: int) -> None:
    verdict = analyze([policy], [], report_only=False, https=True)
    assert (verdict.result, MODIFIERS[verdict.result]) == (result, points)


def test_csp_absent_or_report_only_costs_25() -> None:
    assert analyze([], [], report_only=False, https=True).result == "csp-not-implemented"
    assert analyze([], [], report_only=True, https=True).result == "csp-not-implemented-but-reporting-enabled"
    assert MODIFIERS["csp-not-implemented-but-reporting-enabled"] == -25


def test_csp_meta_policy_counts_but_not_its_frame_ancestors() -> None:
    verdict = analyze([], ["default-src 'self'; frame-ancestors 'none'"], report_only=False, https=True)
    assert verdict.result == "csp-implemented-with-no-unsafe"
    assert not verdict.frame_ancestors


def test_two_policies_allow_only_what_both_allow() -> None:
    verdict = analyze(["default-src 'self' https:", "default-src 'self'"], [], report_only=False, https=True)
    assert verdict.result == "csp-implemented-with-no-unsafe"


@pytest.mark.parametrize(
    ("value", "result", "points"),
    [
        (None, "hsts-not-implemented", -20),
        ("max-age=15768000", "hsts-implemented-max-age-at-least-six-months", 0),
        ("max-age=15767999; includeSubDomains", "hsts-implemented-max-age-less-than-six-months", -10),
        ("max-age=abc", "hsts-header-invalid", -20),
        ("max-age=63072000, max-age=0", "hsts-header-invalid", -20),
        ("includeSubDomains", "hsts-header-invalid", -20),
    ],
)
def test_hsts(value: str | None, result: str, points: int) -> None:
    t = h.hsts(observed([("Strict-Transport-Security", value)] if value else []))
    assert (t.result, t.modifier) == (result, points)


def test_hsts_without_https_or_with_an_invalid_certificate() -> None:
    assert h.hsts(observed(url="http://www.example.org/")).result == "hsts-not-implemented-no-https"
    obs = observed()
    obs.https_invalid_cert = True
    assert h.hsts(obs).result == "hsts-invalid-cert"


@pytest.mark.parametrize(
    ("value", "csp", "result", "points"),
    [
        ("DENY", None, "x-frame-options-sameorigin-or-deny", 5),
        ("sameorigin", None, "x-frame-options-sameorigin-or-deny", 5),
        ("ALLOW-FROM https://a.example", None, "x-frame-options-allow-from-origin", 0),
        ("maybe", None, "x-frame-options-header-invalid", -20),
        (None, None, "x-frame-options-not-implemented", -20),
        (None, "default-src 'self'; frame-ancestors 'self'", "x-frame-options-implemented-via-csp", 5),
    ],
)
def test_x_frame_options(value: str | None, csp: str | None, result: str, points: int) -> None:
    headers = ([("X-Frame-Options", value)] if value else []) + (
        [("Content-Security-Policy", csp)] if csp else []
    )
    obs = observed(headers)
    t = h.x_frame_options(obs, analyze([csp] if csp else [], [], False, True))
    assert (t.result, t.modifier) == (result, points)


@pytest.mark.parametrize(
    ("value", "result", "points"),
    [
        ("nosniff", "x-content-type-options-nosniff", 0),
        (None, "x-content-type-options-not-implemented", -5),
        ("sniff-please", "x-content-type-options-header-invalid", -5),
    ],
)
def test_x_content_type_options(value: str | None, result: str, points: int) -> None:
    t = h.x_content_type_options(observed([("X-Content-Type-Options", value)] if value else []))
    assert (t.result, t.modifier) == (result, points)


@pytest.mark.parametrize(
    ("value", "result", "points"),
    [
        ("no-referrer", "referrer-policy-private", 5),
        ("strict-origin-when-cross-origin", "referrer-policy-private", 5),
        ("unsafe-url", "referrer-policy-unsafe", -5),
        ("no-referrer-when-downgrade", "referrer-policy-unsafe", -5),
        ("unsafe-url, no-referrer", "referrer-policy-private", 5),  # the last valid value wins
        ("whatever", "referrer-policy-header-invalid", -5),
        (None, "referrer-policy-not-implemented", 0),
    ],
)
def test_referrer_policy(value: str | None, result: str, points: int) -> None:
    t = h.referrer_policy(observed([("Referrer-Policy", value)] if value else []))
    assert (t.result, t.modifier) == (result, points)


def test_referrer_policy_from_meta() -> None:
    body = b'<html><head><meta http-equiv="Referrer-Policy" content="same-origin"></head></html>'
    assert h.referrer_policy(observed(body=body)).result == "referrer-policy-private"


@pytest.mark.parametrize(
    ("cookie", "hsts", "result", "points"),
    [
        (None, None, "cookies-not-found", 0),
        (
            "SESSIONID=1; Secure; HttpOnly; SameSite=Lax",
            None,
            "cookies-secure-with-httponly-sessions-and-samesite",
            5,
        ),
        ("SESSIONID=1; Secure; HttpOnly", None, "cookies-secure-with-httponly-sessions", 0),
        ("prefs=1", "max-age=63072000", "cookies-without-secure-flag-but-protected-by-hsts", -5),
        ("prefs=1", None, "cookies-without-secure-flag", -20),
        (
            "sessionid=1; HttpOnly",
            "max-age=63072000",
            "cookies-session-without-secure-flag-but-protected-by-hsts",
            -10,
        ),
        ("csrftoken=x; Secure", None, "cookies-anticsrf-without-samesite-flag", -20),
        ("prefs=1; Secure; SameSite=Bogus", None, "cookies-samesite-flag-invalid", -20),
        ("sessionid=1; Secure", None, "cookies-session-without-httponly-flag", -30),
        ("sessionid=1", None, "cookies-session-without-secure-flag", -40),
        ("SESSIONID=bar; Path=/; Secure; HttpOnly; SameSite=", None, "cookies-samesite-flag-invalid", -20),
        (
            "SESSIONID=bar; Path=/; Secure; HttpOnly; SameSite=True",
            None,
            "cookies-samesite-flag-invalid",
            -20,
        ),
        (
            "SESSIONID=b; Secure; HttpOnly; SameSite=None",
            None,
            "cookies-secure-with-httponly-sessions-and-samesite",
            5,
        ),
        ("heroku-session-affinity=bar; Path=/", None, "cookies-not-found", 0),
    ],
)
def test_cookies(cookie: str | None, hsts: str | None, result: str, points: int) -> None:
    headers = ([("Set-Cookie", cookie)] if cookie else []) + (
        [("Strict-Transport-Security", hsts)] if hsts else []
    )
    obs = observed(headers)
    t, _ = cookies(obs, h.hsts(obs))
    assert (t.result, t.modifier) == (result, points)


def _page(scripts: str) -> bytes:
    return f"<html><head>{scripts}</head><body></body></html>".encode()


@pytest.mark.parametrize(
    ("scripts", "result", "points"),
    [
        ("", "sri-not-implemented-but-no-scripts-loaded", 0),
        (
            '<script src="/app.js"></script>',
            "sri-not-implemented-but-all-scripts-loaded-from-secure-origin",
            0,
        ),
        (
            '<script src="https://static.example.org/a.js"></script>',
            "sri-not-implemented-but-all-scripts-loaded-from-secure-origin",
            0,
        ),
        (
            '<script src="/app.js" integrity="sha384-x"></script>',
            "sri-implemented-and-all-scripts-loaded-securely",
            5,
        ),
        (
            '<script src="https://cdn.other.net/a.js" integrity="sha384-x"></script>',
            "sri-implemented-and-external-scripts-loaded-securely",
            5,
        ),
        (
            '<script src="https://cdn.other.net/a.js"></script>',
            "sri-not-implemented-but-external-scripts-loaded-securely",
            -5,
        ),
        (
            '<script src="http://cdn.other.net/a.js" integrity="sha384-x"></script>',
            "sri-implemented-but-external-scripts-not-loaded-securely",
            -20,
        ),
        (
            '<script src="http://cdn.other.net/a.js"></script>',
            "sri-not-implemented-and-external-scripts-not-loaded-securely",
            -50,
        ),
        (
            '<script src="//cdn.other.net/a.js"></script>',
            "sri-not-implemented-and-external-scripts-not-loaded-securely",
            -50,
        ),
    ],
)
def test_subresource_integrity(scripts: str, result: str, points: int) -> None:
    t = subresource_integrity(observed(body=_page(scripts)))
    assert (t.result, t.modifier) == (result, points)


def test_sri_not_needed_for_non_html() -> None:
    obs = observed()
    obs.auto = capture(obs.auto_url, [("Content-Type", "application/json")], b"{}")
    obs.page = obs.page.__class__(is_html=False)
    assert subresource_integrity(obs).result == "sri-not-implemented-response-not-html"


@pytest.mark.parametrize(
    ("route", "result", "points"),
    [
        (None, "redirection-not-needed-no-http", 0),
        (["http://www.example.org/"], "redirection-missing", -20),
        (["http://www.example.org/", "https://www.example.org/"], "redirection-to-https", 0),
        (
            ["http://www.example.org/", "http://www.example.org/a", "https://www.example.org/a"],
            "redirection-not-to-https-on-initial-redirection",
            -10,
        ),
        (["http://example.org/", "https://www.example.org/"], "redirection-off-host-from-http", -5),
        (["http://www.example.org/", "http://www.example.org/a"], "redirection-not-to-https", -20),
    ],
)
def test_redirection(route: list[str] | None, result: str, points: int) -> None:
    t = redirection(observed(http_route=route))
    assert (t.result, t.modifier) == (result, points)


@pytest.mark.parametrize(
    ("acao", "credentials", "result", "points"),
    [
        (None, None, "cross-origin-resource-sharing-not-implemented", 0),
        ("*", None, "cross-origin-resource-sharing-implemented-with-public-access", 0),
        (
            "https://partner.example",
            None,
            "cross-origin-resource-sharing-implemented-with-restricted-access",
            0,
        ),
        (h.CORS_PROBE_ORIGIN, "true", "cross-origin-resource-sharing-implemented-with-universal-access", -50),
    ],
)
def test_cors(acao: str | None, credentials: str | None, result: str, points: int) -> None:
    obs = observed()
    headers = [("Access-Control-Allow-Origin", acao)] if acao else []
    headers += [("Access-Control-Allow-Credentials", credentials)] if credentials else []
    obs.cors = capture(obs.auto_url, headers)
    t = h.cors(obs)
    assert (t.result, t.modifier) == (result, points)


@pytest.mark.parametrize(
    ("header", "value", "result", "points"),
    [
        (
            "Cross-Origin-Resource-Policy",
            "same-origin",
            "cross-origin-resource-policy-implemented-with-same-origin",
            10,
        ),
        ("Cross-Origin-Resource-Policy", "nope", "cross-origin-resource-policy-header-invalid", -5),
        ("Cross-Origin-Opener-Policy", "same-origin", "coop-implemented-with-same-origin", 10),
        ("Cross-Origin-Opener-Policy", "unsafe-none", "coop-implemented-with-unsafe-none", 0),
        ("Cross-Origin-Embedder-Policy", "require-corp", "coep-implemented-with-require-corp", 10),
        ("Cross-Origin-Embedder-Policy", "x", "coep-header-invalid", -5),
    ],
)
def test_cross_origin_policies(header: str, value: str, result: str, points: int) -> None:
    obs = observed([(header, value)])
    tests = {t.name: t for t in header_tests(obs)[0]}
    found = [t for t in tests.values() if t.result == result]
    assert found and found[0].modifier == points


def test_a_well_configured_page_scores_a_plus() -> None:
    obs = observed(
        [
            ("Content-Security-Policy", "default-src 'none'; script-src 'self'; frame-ancestors 'none'"),
            ("Strict-Transport-Security", "max-age=63072000"),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "no-referrer"),
        ],
        http_route=["http://www.example.org/", "https://www.example.org/"],
    )
    tests, _ = header_tests(obs)
    value = score(t.modifier for t in tests)
    assert value == 100 + 10 + 5 + 5  # default-src 'none', frame-ancestors, private referrer
    assert grade_for(value) == "A+"


def test_a_bare_page_scores_as_the_table_adds_up() -> None:
    tests, _ = header_tests(observed(url="http://www.example.org/", http_route=["http://www.example.org/"]))
    penalties = {t.name: t.modifier for t in tests if t.modifier}
    assert penalties == {
        "content-security-policy": -25,
        "redirection": -20,
        "strict-transport-security": -20,
        "x-content-type-options": -5,
        "x-frame-options": -20,
    }
    assert score(t.modifier for t in tests) == 10
