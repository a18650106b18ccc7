"""The Observatory's own CSP examples (mdn/mdn-http-observatory, test/csp.test.js: the header
policies it expects each result for), classified the same way here."""

# ruff: noqa: E501  (the policies are quoted whole)
from __future__ import annotations

import pytest

from tamperwatch.audit.csp import analyze

CASES: dict[str, list[str]] = {
    "csp-header-invalid": [
        "  ",
        "",
        "default-src 'none'; default-src 'none'",
        "default-src 'none'; img-src 'self'; default-src 'none'",
        "default-src 'none'; script-src 'strict-dynamic'",
        "defa",
    ],
    "csp-implemented-with-unsafe-inline": [
        "default-src 'none'; script-src https://*",
        "default-src 'none'; script-src 'unsafe-inline'",
        "script-src 'unsafe-inline'",
        "script-src data:",
        "script-src http:",
        "script-src ftp:",
        "default-src 'unsafe-inline'",
        "default-src 'UNSAFE-INLINE'",
        "upgrade-insecure-requests",
        "script-src 'none'",
        "script-src https:",
        "script-src https://mozilla.org https:",
        "default-src https://mozilla.org https:",
        "default-src 'none'; script-src *",
        "default-src *; script-src *; object-src 'none'",
        "default-src 'none'; script-src 'none'; object-src *",
        "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'",
        "default-src 'none'; script-src 'unsafe-inline' http:",
        "object-src https:; script-src 'none'",
    ],
    "csp-implemented-with-insecure-scheme": [
        "default-src http://mozilla.org",
        "default-src 'none'; script-src http://mozilla.org",
        "default-src 'none'; script-src ftp://mozilla.org",
    ],
    "csp-implemented-with-insecure-scheme-in-passive-content-only": [
        "default-src 'none'; img-src http://mozilla.org",
        "default-src 'self'; img-src ftp:",
        "default-src 'self'; img-src http:",
        "default-src 'none'; img-src https:; media-src http://mozilla.org",
        "default-src 'none'; img-src http: https:; script-src 'self'; style-src 'self'",
        "default-src 'none'; img-src 'none'; media-src http:; script-src 'self'; style-src 'self'",
        "default-src 'none'; img-src 'none'; media-src http:; script-src 'self'; style-src 'unsafe-inline'",
    ],
    "csp-implemented-with-unsafe-eval": ["default-src 'none'; script-src 'unsafe-eval'"],
    "csp-implemented-with-unsafe-inline-in-style-src-only": [
        "object-src 'none'; script-src 'none'; style-src 'unsafe-inline'",
        "default-src 'none'; script-src https://mozilla.org; style-src 'unsafe-inline'",
        "default-src 'unsafe-inline'; script-src https://mozilla.org",
        "default-src 'none';;; ;;;style-src 'self' 'unsafe-inline'",
        "default-src 'none'; style-src data:",
        "default-src 'none'; style-src *",
        "default-src 'none'; style-src https:",
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-hqBEA/HXB3aJU2FgOnYN8rkAgEVgyfi3Vs1j2/XMPBB=' 'unsafe-inline'",
    ],
    "csp-implemented-with-no-unsafe": [
        "default-src https://mozilla.org",
        "default-src https://mozilla.org;;; ;;;script-src 'none'",
        "object-src 'none'; script-src https://mozilla.org; style-src https://mozilla.org; upgrade-insecure-requests;",
        "object-src 'none'; script-src 'strict-dynamic' 'nonce-abc' 'unsafe-inline'; style-src 'none'",
        "object-src 'none'; style-src 'self';script-src 'sha256-hqBEA/HXB3aJU2FgOnYN8rkAgEVgyfi3Vs1j2/XMPBA='",
        "object-src 'none'; style-src 'self'; script-src 'unsafe-inline' 'sha256-hqBEA/HXB3aJU2FgOnYN8rkAgEVgyfi3Vs1j2/XMPBA=''sha256-hqBEA/HXB3aJU2FgOnYN8rkAgEVgyfi3Vs1j2/XMPBB='",
        "object-src 'none'; script-src 'unsafe-inline' 'nonce-abc123' 'unsafe-inline'; style-src 'none'",
        "default-src https://mozilla.org; style-src 'unsafe-inline' 'nonce-abc123' 'unsafe-inline'",
        "default-src https://mozilla.org; style-src 'unsafe-inline' 'sha256-hqBEA/HXB3aJU2FgOnYN8rkAgEVgyfi3Vs1j2/XMPBB=' 'unsafe-inline'",
    ],
    "csp-implemented-with-no-unsafe-default-src-none": [
        "default-src 'none'; script-src 'strict-dynamic' 'nonce-abc123' 'unsafe-inline'",
        "default-src 'none'; script-src https://mozilla.org; style-src https://mozilla.org; upgrade-insecure-requests;",
        "default-src 'none'; object-src https://mozilla.org",
        "default-src 'none'; script-src 'strict-dynamic' 'nonce-abc123'",
        "default-src 'none'; script-src 'strict-dynamic' 'sha256-abc123'",
        "default-src 'none'; script-src 'strict-dynamic' 'sha256-abc123' https://*",
        "default-src 'none'; script-src 'strict-dynamic' 'sha256-abc123' 'unsafe-inline'",
    ],
}


@pytest.mark.parametrize(("expected", "policy"), [(e, p) for e, ps in CASES.items() for p in ps])
def test_observatory_example(expected: str, policy: str) -> None:
    assert analyze([policy], [], report_only=False, https=True).result == expected
