"""`legit-hard`: a new ad or analytics vendor tag on a page that already loads several third-party
scripts, placed next to the last of them."""

from __future__ import annotations

import random
from urllib.parse import urljoin, urlsplit

from .attack import Attack, NotApplicable, Page, insert, splice
from .data.vendors import VENDORS

MIN_THIRD_PARTY = 3


def _site(host: str) -> str:
    return ".".join(host.split(".")[-2:])


def third_party_scripts(page: Page) -> list[int]:
    """End offsets of the page's external scripts from other sites."""
    site = _site(page.host)
    ends = []
    for element in page.scan.all("script"):
        src = element.attrs.get("src")
        if not src or element.end < 0:
            continue
        host = urlsplit(urljoin(page.target_url, src)).hostname or ""
        if host and _site(host) != site:
            ends.append(element.end)
    return ends


def vendor_tag(page: Page, rng: random.Random) -> Attack:
    ends = third_party_scripts(page)
    if len(ends) < MIN_THIRD_PARTY:
        raise NotApplicable("fewer than three third-party scripts")
    template, setup = rng.choice(VENDORS)
    pub = "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 8)))
    url = template.format(id=pub)
    if page.seen(urlsplit(url).hostname or url):
        raise NotApplicable("vendor already present")
    tag = f'<script async src="{url}"></script>'
    if setup:
        tag = f"<script>{setup.format(id=pub)}</script>" + tag
    at = rng.choice(ends)
    info = {"kind": "vendor-script", "url": url, "third_party_before": len(ends)}
    return splice(page, [insert(at, tag)], info)
