"""Edition 6's `legit-hard` changes: legitimate edits that look dangerous. A teaser about hacktivists,
defacements, leaks or attacks linking to a new article (added next to a teaser, or replacing one);
a live ticker of news items; a new ad, consent or analytics vendor on an ad-heavy page; a site-wide
banner (election night, holidays, a new service); the whole page in greyscale for mourning; a link
to a new language version with its hreflang alternate; new contact lines of the site itself; an
opinion piece that speaks to the reader. Redesigns are jumps to a much later real capture (in
``scenarios.build_with``)."""

# ruff: noqa: E501

from __future__ import annotations

import random
import re
from urllib.parse import urlsplit

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import html_text
from ..splice import Edit
from ..teaser import _retext, new_article_url
from ..v2.attacks import _teaser_candidates, page_language
from ..v3.tamper import _retext as retext
from ..vendor import third_party_scripts
from .data.legit import INLINE_LOADER, VENDORS
from .data.news import BANNERS, CONTACT_LINES, HEADLINES, LANGUAGE_VERSIONS, OPINION, TICKER

AD_HEAVY_MIN = 4
INLINE_SHARE = 0.4
TICKER_ITEMS = (3, 5)
_HREF = re.compile(r"""\bhref\s*=\s*(["'])(.*?)\1""", re.S)


def _teaser_clone(page: Page, rng: random.Random, headline: str, dek: str, kind: str) -> Attack:
    """A copy of one of the page's teasers with ``headline``, linking to a new article, after it."""
    candidates = _teaser_candidates(page)
    run, container, link = rng.choice(candidates[:12])
    clone = page.text[container.start : container.end]
    new_url = new_article_url(str(link.attrs["href"]), page, headline, rng)
    raw_href = _HREF.search(link.tag_text)
    if raw_href is None or len(raw_href.group(2)) < 8 or page.seen(new_url):
        raise NotApplicable("no usable href")
    clone, done = _retext(clone, container.start, run.start, headline, dek, page.codec)
    if not done:
        raise NotApplicable("headline not found in the teaser")
    clone = clone.replace(raw_href.group(2), new_url)
    return splice(page, [insert(container.end, clone)], {"kind": kind, "lang": page_language(page)})


def hack_teaser(page: Page, rng: random.Random) -> Attack:
    headline, dek = rng.choice(HEADLINES[page_language(page)])
    return _teaser_clone(page, rng, headline, dek, "hack-teaser")


def opinion_teaser(page: Page, rng: random.Random) -> Attack:
    headline = rng.choice(OPINION[page_language(page)])
    return _teaser_clone(page, rng, headline, "", "opinion")


def hack_swap(page: Page, rng: random.Random) -> Attack:
    """One teaser slot rewritten in place: its headline now reports an attack, its link a new article."""
    lang = page_language(page)
    headline, _ = rng.choice(HEADLINES[lang])
    candidates = _teaser_candidates(page)[:12]
    rng.shuffle(candidates)
    for run, _container, link in candidates:
        found = _HREF.search(link.tag_text)
        if found is None or len(found.group(2)) < 8:
            continue
        new_url = new_article_url(str(link.attrs["href"]), page, headline, rng)
        if page.seen(new_url):
            continue
        start = link.start + found.start(2)
        edits = [Edit(start, start + len(found.group(2)), new_url), retext(run, headline, page.codec)]
        return splice(page, sorted(edits, key=lambda e: e.start), {"kind": "hack-swap", "lang": lang})
    raise NotApplicable("no teaser with a usable link")


def live_ticker(page: Page, rng: random.Random) -> Attack:
    lang = page_language(page)
    items = rng.sample(TICKER[lang], rng.randint(*TICKER_ITEMS))
    links = "".join(
        f'<li><a href="/live/{rng.randint(100000, 999999)}/">{html_text(x, page.codec)}</a></li>'
        for x in items
    )
    markup = (
        f'<div class="ticker" data-live="1"><strong>Live</strong><ul class="ticker__items">{links}</ul></div>'
    )
    return splice(page, [insert(page.body().inner, markup)], {"kind": "live-ticker", "lang": lang})


def vendor_tag(page: Page, rng: random.Random) -> Attack:
    """A new vendor's tag in <head> on an ad-heavy page."""
    third_party = len(third_party_scripts(page))
    if third_party < AD_HEAVY_MIN:
        raise NotApplicable("not an ad-heavy page")
    template, setup = rng.choice(VENDORS)
    pub = str(rng.randint(1000, 999999))
    url = template.format(id=pub)
    host = urlsplit(url).hostname or url
    if page.seen(host):
        raise NotApplicable("vendor already present")
    inline = rng.random() < INLINE_SHARE
    tags = [f'<link rel="dns-prefetch" href="//{host}">']
    if setup:
        tags.append(f"<script>{setup.format(id=pub)}</script>")
    tags.append(
        f"<script>{INLINE_LOADER.format(url=url)}</script>"
        if inline
        else f'<script async src="{url}"></script>'
    )
    info = {"kind": "vendor-script", "inline_loader": inline, "third_party_before": third_party}
    return splice(page, [insert(page.head_end(), "".join(tags))], info)


def site_banner(page: Page, rng: random.Random) -> Attack:
    lang = page_language(page)
    kind, text = rng.choice([b for b in BANNERS[lang] if b[0] != "mourning"])
    markup = (
        f'<div class="site-banner site-banner--{kind}"><a href="/{kind}/{rng.randint(2025, 2027)}/">'
        f"{html_text(text, page.codec)}</a></div>"
    )
    return splice(
        page, [insert(page.body().inner, markup)], {"kind": "site-banner", "banner": kind, "lang": lang}
    )


def mourning(page: Page, rng: random.Random) -> Attack:
    """The whole page in greyscale and one line of condolence above it."""
    lang = page_language(page)
    text = next(t for k, t in BANNERS[lang] if k == "mourning")
    style = "<style>html{filter:grayscale(100%);-webkit-filter:grayscale(100%)}</style>"
    line = (
        f'<p class="mourning-line" style="text-align:center;margin:6px 0">{html_text(text, page.codec)}</p>'
    )
    edits = [insert(page.head_end(), style), insert(page.body().inner, line)]
    return splice(page, sorted(edits, key=lambda e: e.start), {"kind": "mourning", "lang": lang})


def language_version(page: Page, rng: random.Random) -> Attack:
    lang = page_language(page)
    code, label = rng.choice([v for v in LANGUAGE_VERSIONS if v[0] != lang])
    base = f"https://{page.host}/{code.lower()}/"
    if page.seen(base):
        raise NotApplicable("language version already linked")
    edits = [
        insert(page.head_end(), f'<link rel="alternate" hreflang="{code}" href="{base}">'),
        insert(
            page.body().inner,
            f'<div class="lang-switch"><a href="{base}" lang="{code}">{html_text(label, page.codec)}</a></div>',
        ),
    ]
    return splice(
        page,
        sorted(edits, key=lambda e: e.start),
        {"kind": "language-version", "version": code, "lang": lang},
    )


def contact_line(page: Page, rng: random.Random) -> Attack:
    lang = page_language(page)
    domain = page.host.removeprefix("www.")
    text = rng.choice(CONTACT_LINES[lang]).format(domain=domain, site=domain.split(".")[0])
    footer = next((f for f in reversed(page.scan.all("footer")) if f.close > f.inner), None)
    at = footer.close if footer is not None else page.body_end()
    markup = f'<p class="contact-line">{html_text(text, page.codec)}</p>'
    return splice(page, [insert(at, markup)], {"kind": "contact-line", "lang": lang})


def legit_change(page: Page, rng: random.Random, kind: str) -> Attack:
    return {
        "hack-teaser": hack_teaser,
        "hack-swap": hack_swap,
        "opinion": opinion_teaser,
        "live-ticker": live_ticker,
        "vendor": vendor_tag,
        "site-banner": site_banner,
        "mourning": mourning,
        "language-version": language_version,
        "contact-line": contact_line,
    }[kind](page, rng)
