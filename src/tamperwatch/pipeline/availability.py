"""Is a capture a page at all? Fetch failures, 4xx/5xx and bot challenges are 'unavailable'.

An unavailable target gets its own incident kind and is never called defaced.
"""

from __future__ import annotations

import re

from tamperwatch.models import Capture

# Bot-challenge and WAF interstitials (Cloudflare, Incapsula, Sucuri, AWS WAF, DataDome,
# DDoS-Guard). Only markers of the interstitial itself count: Cloudflare also injects
# /cdn-cgi/challenge-platform scripts into ordinary pages, so that path proves nothing.
_CHALLENGE_MARKERS = (
    b"cf_chl_opt",
    b"__cf_chl_",
    b"cf-browser-verification",
    b"_incapsula_resource",
    b"sucuri_cloudproxy",
    b"captcha-delivery.com",
    b"awswaf-captcha",
)
_CHALLENGE_TITLES = (
    "just a moment",
    "attention required",
    "access denied",
    "ddos-guard",
    "checking your browser",
)
_TITLE = re.compile(rb"<title[^>]{0,200}>([^<]{0,200})")
# An interstitial is small; a large page with a marker in it is content (and gets analysed), so an
# attacker cannot hide a defacement behind a pasted marker.
_MAX_CHALLENGE_BYTES = 64 * 1024
NOT_MODIFIED_REASON = "HTTP 304 Not Modified to a request that needed the page: no page to judge"


def is_challenge_page(body: bytes) -> bool:
    if len(body) > _MAX_CHALLENGE_BYTES:
        return False
    head = body.lower()
    match = _TITLE.search(head)
    title = match.group(1).decode("utf-8", "replace").strip() if match else ""
    return title.startswith(_CHALLENGE_TITLES) or any(marker in head for marker in _CHALLENGE_MARKERS)


def unavailable_reason(capture: Capture) -> str:
    """Why the capture shows no page ('' when it is a normal answer)."""
    if capture.error:
        return f"fetch failed: {capture.error}"
    if capture.not_modified:
        # a 304 to a conditional fetch takes the fast path (the last verdict), never this one: a
        # 304 here answered a request without validators, or one that needed the page's body
        return NOT_MODIFIED_REASON
    if capture.status >= 500:
        return f"server error: HTTP {capture.status}"
    if capture.status >= 400:
        return f"client error: HTTP {capture.status}"
    if capture.status and not 200 <= capture.status < 300:
        return f"unexpected HTTP status {capture.status}"
    if is_challenge_page(capture.body):
        return "bot challenge or WAF page instead of the content"
    return ""
