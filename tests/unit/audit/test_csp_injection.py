"""Would the page's policy stop what a defacer injects: an inline script, a script from their host?"""

from __future__ import annotations

import pytest

from tamperwatch.audit.csp import analyze


@pytest.mark.parametrize(
    ("policy", "inline", "foreign"),
    [
        ("default-src 'self'", True, True),
        ("default-src 'none'; script-src 'self' https://cdn.example.net", True, True),
        ("script-src 'self' 'unsafe-inline'", False, True),
        ("script-src 'self' https:", True, False),
        ("script-src *", True, False),
        ("script-src 'self' *.com", True, False),
        ("script-src 'self' data:", False, False),
        ("script-src 'nonce-r4nd' 'unsafe-inline'", True, True),  # a nonce switches unsafe-inline off
        ("script-src 'nonce-r4nd' 'strict-dynamic' https: 'unsafe-inline'", True, True),
        ("img-src 'self'", False, False),  # no script-src, no default-src: anything runs
        ("style-src 'self'; frame-ancestors 'none'", False, False),
    ],
)
def test_injected_script(policy: str, inline: bool, foreign: bool) -> None:
    verdict = analyze([policy], [], report_only=False, https=True)
    assert (verdict.stops_inline_script, verdict.stops_foreign_script) == (inline, foreign)


def test_no_policy_stops_nothing() -> None:
    verdict = analyze([], [], report_only=True, https=True)
    assert not verdict.stops_inline_script and not verdict.stops_foreign_script


def test_a_meta_policy_also_protects() -> None:
    verdict = analyze([], ["script-src 'self'; object-src 'none'"], report_only=False, https=True)
    assert verdict.stops_inline_script and verdict.stops_foreign_script
