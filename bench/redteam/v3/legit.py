"""Edition 3's `legit-hard` changes: legitimate edits that look dangerous. A teaser about a cyber
attack linking to a new article (added after an existing teaser, or an existing one rewritten), a
new ad or analytics vendor on a page that already loads several, a site-wide banner (election,
holiday, mourning in grey), and a language menu for newly added language versions. Redesigns are
jumps to a much later real capture (in ``scenarios.build_with``)."""

from __future__ import annotations

import html
import random
import re
from urllib.parse import urlsplit

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import html_text
from ..splice import Edit
from ..teaser import _retext, new_article_url
from ..v2.attacks import _teaser_candidates, page_language
from ..vendor import third_party_scripts
from .data.legit import BANNERS, INLINE_LOADER, LANGUAGE_MENU, VENDORS
from .data.news import HEADLINES

MENU_SIZE = (3, 6)
INLINE_SHARE = 0.35
_HREF = re.compile(r"""href\s*=\s*["']?([^"'\s>]+)""")


def hacker_teaser(page: Page, rng: random.Random, swap: bool) -> Attack:
    """A teaser about an attack in the page's language linking to a new article on the site: a
    copy of one of the page's teasers put after it (``swap`` False), or that teaser rewritten."""
    lang = page_language(page)
    headline, dek = rng.choice(HEADLINES[lang])
    run, container, link = rng.choice(_teaser_candidates(page)[:10])
    clone = page.text[container.start : container.end]
    new_url = new_article_url(str(link.attrs["href"]), page, headline, rng)
    raw_href = _HREF.search(link.tag_text)
    if raw_href is None or len(raw_href.group(1)) < 8 or page.seen(new_url):
        raise NotApplicable("no usable href")
    clone, done = _retext(clone, container.start, run.start, headline, dek, page.codec)
    if not done:
        raise NotApplicable("headline not found in the teaser")
    clone = clone.replace(raw_href.group(1), new_url)
    info: dict[str, object] = {"kind": "hacker-swap" if swap else "hacker-teaser", "lang": lang}
    if swap:
        return splice(page, [Edit(container.start, container.end, clone)], info)
    return splice(page, [insert(container.end, clone)], info)


def vendor_tag(page: Page, rng: random.Random) -> Attack:
    ends = third_party_scripts(page)
    if len(ends) < 3:
        raise NotApplicable("fewer than three third-party scripts")
    template, setup = rng.choice(VENDORS)
    pub = str(rng.randint(10_000, 99_999_999))
    url = template.format(id=pub)
    if page.seen(urlsplit(url).hostname or url):
        raise NotApplicable("vendor already present")
    inline = rng.random() < INLINE_SHARE
    tag = (
        f"<script>{INLINE_LOADER.format(url=url)}</script>"
        if inline
        else f'<script defer src="{url}"></script>'
    )
    if setup:
        tag = f"<script>{setup.format(id=pub)}</script>" + tag
    info = {"kind": "vendor-script", "inline_loader": inline, "third_party_before": len(ends)}
    return splice(page, [insert(rng.choice(ends), tag)], info)


def site_banner(page: Page, rng: random.Random) -> Attack:
    """A line across the top of the page; a mourning banner also turns the page grey."""
    lang = page_language(page)
    kind, text = rng.choice(BANNERS[lang])
    slug = {
        "election": "wahl" if lang == "de" else "election",
        "holiday": "service",
        "grey": "gedenken" if lang == "de" else "tribute",
    }[kind]
    markup = (
        f'<div class="site-notice site-notice--{kind}" role="note" style="padding:8px;text-align:center">'
        f'<a href="/{slug}/">{html_text(text, page.codec)}</a></div>'
    )
    edits = [insert(page.body().inner, markup)]
    if kind == "grey":
        edits.insert(0, insert(page.head_end(), "<style>html{filter:grayscale(100%)}</style>"))
    return splice(page, edits, {"kind": "site-banner", "banner": kind, "lang": lang})


def language_menu(page: Page, rng: random.Random) -> Attack:
    """Links to newly added language versions, in the header and as hreflang alternates."""
    own = page_language(page)
    others = [item for item in LANGUAGE_MENU if item[0] != own]
    picked = sorted(rng.sample(others, rng.randint(*MENU_SIZE)))
    root = f"{urlsplit(page.target_url).scheme}://{page.host}"
    if any(page.seen(f'hreflang="{code}"') for code, _ in picked):
        raise NotApplicable("the site already has language versions")
    alternates = "".join(
        f'<link rel="alternate" hreflang="{c}" href="{root}/{c.lower()}/">' for c, _ in picked
    )
    items = "".join(
        f'<li><a href="/{c.lower()}/" hreflang="{c}" lang="{c}">{html_text(label, page.codec)}</a></li>'
        for c, label in picked
    )
    menu = f'<ul class="language-switcher" aria-label="{html.escape(own)}">{items}</ul>'
    header = next((h for h in page.scan.all("header") if h.close > h.inner), None)
    at = header.close if header is not None else page.body().inner
    edits = [insert(page.head_end(), alternates), insert(at, menu)]
    return splice(page, edits, {"kind": "language-menu", "languages": [c for c, _ in picked]})
