"""Challenge pages: bot checks and WAF blocks that must read as 'unavailable', never 'defaced'."""

from __future__ import annotations

import re

from tamperwatch.detect.page import Page

_CHALLENGE = re.compile(
    r"just\s+a\s+moment\.\.\.|checking\s+(?:if\s+the\s+site\s+connection\s+is\s+secure|your\s+browser)|"
    r"attention\s+required!?\s*\|\s*cloudflare|cf-chl-|cf_chl_opt|challenge-platform|"
    r"ddos\s+protection\s+by|pardon\s+our\s+interruption|request\s+unsuccessful\.\s+incapsula|"
    r"_incapsula_resource|sucuri\s+website\s+firewall|access\s+denied.{0,80}reference\s+#|"
    r"verify(?:ing)?\s+(?:you\s+are|that\s+you\s+are)\s+(?:human|not\s+a\s+robot)|g-recaptcha|h-captcha|"
    r"enable\s+javascript\s+and\s+cookies\s+to\s+continue|ddos-guard",
    re.IGNORECASE,
)


def looks_like_challenge_page(page: Page) -> bool:
    """True for a short page that is a bot challenge or a firewall block rather than the site."""
    head = page.html[:60_000]
    return len(page.html) < 200_000 and bool(_CHALLENGE.search(head))
