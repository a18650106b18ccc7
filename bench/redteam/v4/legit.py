"""Edition 4's `legit-hard` changes: legitimate edits that look dangerous. News about hacking,
defacements, hacktivists and leaks linking to a new article (a copied teaser, or one rewritten);
an opinion piece that speaks to the reader; a live ticker; a new ad or analytics vendor on an
ad-heavy page; a site-wide banner (election, holiday, mourning in grey, maintenance); a new contact
line (hotline, official messenger account) in the footer; a new language version. Redesigns are
jumps to a much later real capture (in ``scenarios.build_with``)."""

from __future__ import annotations

import random
import re
from urllib.parse import urlsplit

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import html_text
from ..splice import Edit
from ..teaser import _retext, new_article_url
from ..v2.attacks import _teaser_candidates, page_language
from ..vendor import third_party_scripts
from .data.legit import BANNERS, CONTACT_LINES, INLINE_LOADER, LANGUAGE_VERSIONS, VENDORS
from .data.news import HEADLINES, OPINION, TICKER

AD_HEAVY_MIN = 4
INLINE_SHARE = 0.4
MENU_SIZE = (2, 4)
_HREF = re.compile(r"""href\s*=\s*["']?([^"'\s>]+)""")


def news_teaser(page: Page, rng: random.Random, kind: str) -> Attack:
    """``kind`` ``teaser``: a copy of one of the page's teasers, about an attack, put after it;
    ``swap``: that teaser rewritten; ``opinion``: a copy about an opinion piece to the reader."""
    lang = page_language(page)
    headline, dek = rng.choice(OPINION[lang] if kind == "opinion" else HEADLINES[lang])
    candidates = _teaser_candidates(page)
    if not candidates:
        raise NotApplicable("no teaser")
    run, container, link = rng.choice(candidates[:10])
    clone = page.text[container.start : container.end]
    new_url = new_article_url(str(link.attrs["href"]), page, headline, rng)
    raw_href = _HREF.search(link.tag_text)
    if raw_href is None or len(raw_href.group(1)) < 8 or page.seen(new_url):
        raise NotApplicable("no usable href")
    clone, done = _retext(clone, container.start, run.start, headline, dek, page.codec)
    if not done:
        raise NotApplicable("headline not found in the teaser")
    clone = clone.replace(raw_href.group(1), new_url)
    info: dict[str, object] = {"kind": f"news-{kind}", "lang": lang}
    if kind == "swap":
        return splice(page, [Edit(container.start, container.end, clone)], info)
    return splice(page, [insert(container.end, clone)], info)


def live_ticker(page: Page, rng: random.Random) -> Attack:
    lang = page_language(page)
    text = rng.choice(TICKER[lang])
    slug = f"/live/{rng.randint(100000, 999999)}"
    markup = (
        f'<div class="live-ticker" role="marquee"><a href="{slug}">{html_text(text, page.codec)}</a></div>'
    )
    return splice(page, [insert(page.body().inner, markup)], {"kind": "live-ticker", "lang": lang})


def vendor_tag(page: Page, rng: random.Random) -> Attack:
    ends = third_party_scripts(page)
    if len(ends) < AD_HEAVY_MIN:
        raise NotApplicable("not an ad-heavy page")
    template, setup = rng.choice(VENDORS)
    pub = str(rng.randint(100_000, 9_999_999))
    url = template.format(id=pub)
    if page.seen(urlsplit(url).hostname or url):
        raise NotApplicable("vendor already present")
    inline = rng.random() < INLINE_SHARE
    tag = (
        f"<script>{INLINE_LOADER.format(url=url)}</script>"
        if inline
        else f'<script async src="{url}"></script>'
    )
    if setup:
        tag = f"<script>{setup.format(id=pub)}</script>" + tag
    info = {"kind": "vendor-script", "inline_loader": inline, "third_party_before": len(ends)}
    return splice(page, [insert(rng.choice(ends), tag)], info)


def site_banner(page: Page, rng: random.Random) -> Attack:
    lang = page_language(page)
    kind, text = rng.choice(BANNERS[lang])
    markup = (
        f'<div class="sitewide-banner sitewide-banner--{kind}" style="padding:6px;text-align:center">'
        f'<a href="/{kind}/">{html_text(text, page.codec)}</a></div>'
    )
    edits = [insert(page.body().inner, markup)]
    if kind == "grey":
        edits.insert(0, insert(page.head_end(), "<style>body{filter:grayscale(1)}</style>"))
    return splice(page, edits, {"kind": "site-banner", "banner": kind, "lang": lang})


def contact_line(page: Page, rng: random.Random) -> Attack:
    """A new hotline or official messenger account in the footer (or at the body's end)."""
    lang = page_language(page)
    footer = next((f for f in page.scan.all("footer") if f.close > f.inner), None)
    at = footer.close if footer is not None else page.body_end()
    text = html_text(rng.choice(CONTACT_LINES[lang]), page.codec)
    return splice(
        page, [insert(at, f'<p class="contact-note">{text}</p>')], {"kind": "contact-line", "lang": lang}
    )


def language_version(page: Page, rng: random.Random) -> Attack:
    own = page_language(page)
    picked = sorted(rng.sample([v for v in LANGUAGE_VERSIONS if v[0] != own], rng.randint(*MENU_SIZE)))
    if any(page.seen(f'hreflang="{code}"') for code, _ in picked):
        raise NotApplicable("the site already has language versions")
    root = f"{urlsplit(page.target_url).scheme}://{page.host}"
    head = "".join(f'<link rel="alternate" hreflang="{c}" href="{root}/{c.lower()}/">' for c, _ in picked)
    links = " ".join(
        f'<a href="/{c.lower()}/" lang="{c}">{html_text(label, page.codec)}</a>' for c, label in picked
    )
    edits = [
        insert(page.head_end(), head),
        insert(page.body().inner, f'<div class="lang-versions">{links}</div>'),
    ]
    return splice(page, edits, {"kind": "language-version", "languages": [c for c, _ in picked]})


def legit_change(page: Page, rng: random.Random, kind: str) -> Attack:
    if kind in ("teaser", "swap", "opinion"):
        return news_teaser(page, rng, kind)
    return {
        "ticker": live_ticker,
        "vendor": vendor_tag,
        "banner": site_banner,
        "contact": contact_line,
        "language": language_version,
    }[kind](page, rng)
