"""Is a capture a page at all? Fetch failures, 4xx/5xx and bot challenges are 'unavailable'.

An unavailable target gets its own incident kind and is never called defaced.
"""

from __future__ import annotations

import re

from tamperwatch.models import Capture

_CHALLENGE = re.compile(
    rb"(cf-browser-verification|challenge-platform|cf_chl_opt|__cf_chl_|"
    rb"<title>\s*(just a moment|attention required|access denied|ddos-guard|checking your browser)|"
    rb"_Incapsula_Resource|sucuri_cloudproxy|awswaf|captcha-delivery\.com|/cdn-cgi/challenge)",
    re.I,
)


def unavailable_reason(capture: Capture) -> str:
    """Why the capture shows no page ('' when it is a normal answer)."""
    if capture.error:
        return f"fetch failed: {capture.error}"
    if capture.not_modified:
        return ""
    if capture.status >= 500:
        return f"server error: HTTP {capture.status}"
    if capture.status >= 400:
        return f"client error: HTTP {capture.status}"
    if capture.status and not 200 <= capture.status < 300:
        return f"unexpected HTTP status {capture.status}"
    if _CHALLENGE.search(capture.body[:65536]):
        return "bot challenge or WAF page instead of the content"
    return ""
