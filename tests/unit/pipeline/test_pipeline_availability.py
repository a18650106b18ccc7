"""Unavailable, not defaced: failures, error statuses and challenge pages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tamperwatch.models import Capture
from tamperwatch.pipeline.availability import is_challenge_page, unavailable_reason


def cap(status: int = 200, body: bytes = b"<html><title>News</title></html>", error: str = "") -> Capture:
    return Capture(
        url="https://a.example/", fetched_at=datetime.now(UTC), status=status, body=body, error=error
    )


@pytest.mark.parametrize(
    ("capture", "reason"),
    [
        (cap(error="timed out after 20 s"), "fetch failed: timed out"),
        (cap(503), "server error: HTTP 503"),
        (cap(404), "client error: HTTP 404"),
        (cap(body=b"<html><head><TITLE>Just a moment...</TITLE></head></html>"), "bot challenge"),
        (cap(body=b"<script>window._cf_chl_opt={}</script>"), "bot challenge"),
    ],
)
def test_reasons(capture: Capture, reason: str) -> None:
    assert unavailable_reason(capture).startswith(reason)


def test_cloudflare_scripts_on_a_normal_or_defaced_page_do_not_make_it_unavailable() -> None:
    script = b'<script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script>'
    defaced = (
        b"<html><head><title>Hacked by X</title></head><body><h1>Hacked</h1>" + script + b"</body></html>"
    )
    assert not is_challenge_page(defaced)
    pasted = b"<html><title>Hacked</title><body>" + b"<p>owned</p>" * 8000 + b"cf_chl_opt</body></html>"
    assert not is_challenge_page(pasted), "a big page with a pasted marker is content, not a challenge"


def test_incapsula_and_sucuri_blocks_are_challenges() -> None:
    assert is_challenge_page(
        b"<html><head><META NAME='robots'></head><iframe src='/_Incapsula_Resource?x=1'>"
    )
    assert is_challenge_page(b"<html><title>Sucuri WebSite Firewall - Access Denied</title>sucuri_cloudproxy")


def test_a_normal_page_and_a_news_story_about_waf_are_available() -> None:
    assert unavailable_reason(cap()) == ""
    story = b"<html><title>How a web application firewall stops bots</title><p>Access denied to crawlers</p>"
    assert not is_challenge_page(story)
