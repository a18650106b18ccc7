"""Edition 7's `legit-hard` changes: legitimate edits that look dangerous. A report about an attack
or a leak linking to a new article (added as a new teaser, or replacing one), a live line, an
opinion piece that speaks to the reader, a site-wide banner (election, holiday, or mourning with the
whole page in greyscale), the newsroom's new messaging channel, a language switcher for a new
language version, and a new ad or analytics vendor on an ad-heavy page. Redesigns are jumps to a
much later real capture (in ``scenarios.build_with``)."""

from __future__ import annotations

import random
import re
from urllib.parse import urlsplit

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import html_text
from ..splice import Edit
from ..teaser import _retext as retext_clone
from ..teaser import new_article_url
from ..v2.attacks import _teaser_candidates, page_language
from ..vendor import third_party_scripts
from .data.legit import ATTACK_REPORTS, BANNERS, CHANNELS, LANGUAGE_VERSIONS, LIVE_LINES, OPINION, VENDORS

AD_HEAVY_MIN = 4
_HREF = re.compile(r"""\bhref\s*=\s*(["'])(.*?)\1""", re.S)


def _new_teaser(
    page: Page, rng: random.Random, bank: tuple[tuple[str, str], ...], kind: str, in_place: bool = False
) -> Attack:
    """A copy of one of the page's teasers carrying a report from ``bank`` and a new article URL,
    put before it (or, ``in_place``, instead of it)."""
    lang = page_language(page)
    headline, dek = rng.choice(bank)
    run, container, link = rng.choice(_teaser_candidates(page)[:12])
    found = _HREF.search(link.tag_text)
    new_url = new_article_url(str(link.attrs["href"]), page, headline, rng)
    if found is None or len(found.group(2)) < 8 or page.seen(new_url):
        raise NotApplicable("no usable href")
    clone, done = retext_clone(
        page.text[container.start : container.end], container.start, run.start, headline, dek, page.codec
    )
    if not done:
        raise NotApplicable("headline not found in the teaser")
    clone = clone.replace(found.group(2), new_url)
    end = container.end if in_place else container.start
    return splice(page, [Edit(container.start, end, clone)], {"kind": kind, "lang": lang})


def attack_report(page: Page, rng: random.Random) -> Attack:
    return _new_teaser(page, rng, ATTACK_REPORTS[page_language(page)], "attack-report")


def opinion(page: Page, rng: random.Random) -> Attack:
    return _new_teaser(page, rng, OPINION[page_language(page)], "opinion")


def attack_swap(page: Page, rng: random.Random) -> Attack:
    """One teaser rewritten in place: its headline reports an attack, its link a new article."""
    return _new_teaser(page, rng, ATTACK_REPORTS[page_language(page)], "attack-swap", in_place=True)


def live_line(page: Page, rng: random.Random) -> Attack:
    lang = page_language(page)
    text = html_text(rng.choice(LIVE_LINES[lang]), page.codec)
    slug = f"/live/{rng.randint(100000, 999999)}/"
    markup = f'<div class="live-line"><span class="live-dot"></span><a href="{slug}">{text}</a></div>'
    return splice(page, [insert(page.body().inner, markup)], {"kind": "live-line", "lang": lang})


def banner(page: Page, rng: random.Random) -> Attack:
    lang = page_language(page)
    kind, text = rng.choice(BANNERS[lang])
    markup = f'<div class="site-banner site-banner-{kind}"><p>{html_text(text, page.codec)}</p></div>'
    edits = [insert(page.body().inner, markup)]
    if kind == "mourning":
        edits.insert(0, insert(page.head_end(), "<style>html{filter:grayscale(100%)}</style>"))
    return splice(page, edits, {"kind": "site-banner", "banner": kind, "lang": lang})


def channel(page: Page, rng: random.Random) -> Attack:
    lang = page_language(page)
    site = page.host.removeprefix("www.").split(".")[0]
    label, url = rng.choice(CHANNELS[lang])
    url = url.format(site=site)
    if page.seen(url):
        raise NotApplicable("already linked")
    markup = f'<p class="channel-promo"><a href="{url}" rel="noopener">{html_text(label, page.codec)}</a></p>'
    footers = [f for f in page.scan.all("footer") if f.close > f.inner]
    at = footers[-1].inner if footers else page.body_end()
    return splice(page, [insert(at, markup)], {"kind": "channel", "lang": lang})


def language_switch(page: Page, rng: random.Random) -> Attack:
    picked = rng.sample(LANGUAGE_VERSIONS, rng.randint(1, 3))
    links = "".join(
        f'<a href="/{code}/" hreflang="{code}" lang="{code}">{html_text(name, page.codec)}</a> '
        for code, name in picked
    )
    heads = [h for h in page.scan.all("header") if h.close > h.inner and h.start > page.body().start]
    at = heads[0].inner if heads else page.body().inner
    return splice(
        page,
        [insert(at, f'<nav class="lang-switch" aria-label="Language">{links}</nav>')],
        {"kind": "language-version", "langs": [c for c, _ in picked]},
    )


def vendor(page: Page, rng: random.Random) -> Attack:
    if len(third_party_scripts(page)) < AD_HEAVY_MIN:
        raise NotApplicable("not an ad-heavy page")
    template, setup = rng.choice(VENDORS)
    pub = str(rng.randint(1000, 999999))
    url = template.format(id=pub)
    host = urlsplit(url).hostname or url
    if page.seen(host):
        raise NotApplicable("vendor already present")
    tags = f'<link rel="dns-prefetch" href="//{host}">'
    if setup:
        tags += f"<script>{setup.format(id=pub)}</script>"
    tags += f'<script async src="{url}"></script>'
    return splice(page, [insert(page.head_end(), tags)], {"kind": "vendor-script", "host": host})


CHANGES = {
    "attack-report": attack_report,
    "attack-swap": attack_swap,
    "opinion": opinion,
    "live-line": live_line,
    "banner": banner,
    "channel": channel,
    "language-version": language_switch,
    "vendor": vendor,
}


def legit_change(page: Page, rng: random.Random, kind: str) -> Attack:
    return CHANGES[kind](page, rng)
