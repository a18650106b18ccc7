"""Edition 5's `legit-hard` changes: legitimate edits that look dangerous. A teaser about hacktivists,
defacements, extortion or a leak linking to a new article (added next to a teaser, or replacing
one); a new ad or analytics vendor on an ad-heavy page; a new inline-coloured breaking line; the
site's own new social and contact links; a site notice. Redesigns are jumps to a much later real
capture (in ``scenarios.build_with``)."""

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
from .data.legit import INLINE_LOADER, NOTICES, SOCIAL, VENDORS
from .data.news import COLOURED_LINES, HEADLINES

AD_HEAVY_MIN = 4
INLINE_SHARE = 0.5
LINE_COLOURS = ("#c00", "#d40000", "#e2001a", "#b30000", "crimson")
SOCIAL_COUNT = (1, 3)
_HREF = re.compile(r"""\bhref\s*=\s*(["'])(.*?)\1""", re.S)


def hack_teaser(page: Page, rng: random.Random) -> Attack:
    """A copy of one of the page's teasers about an attack, put after it, linking to a new article."""
    lang = page_language(page)
    headline, dek = rng.choice(HEADLINES[lang])
    candidates = _teaser_candidates(page)
    if not candidates:
        raise NotApplicable("no teaser")
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
    return splice(page, [insert(container.end, clone)], {"kind": "hack-teaser", "lang": lang})


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


def vendor_tag(page: Page, rng: random.Random) -> Attack:
    """A new vendor's tag in <head>, after a preconnect hint to its host, on an ad-heavy page."""
    if len(third_party_scripts(page)) < AD_HEAVY_MIN:
        raise NotApplicable("not an ad-heavy page")
    template, setup = rng.choice(VENDORS)
    pub = str(rng.randint(10_000, 9_999_999))
    url = template.format(id=pub)
    host = urlsplit(url).hostname or url
    if page.seen(host):
        raise NotApplicable("vendor already present")
    inline = rng.random() < INLINE_SHARE
    tags = [f'<link rel="preconnect" href="https://{host}" crossorigin>']
    if setup:
        tags.append(f"<script>{setup.format(id=pub)}</script>")
    tags.append(
        f"<script>{INLINE_LOADER.format(url=url)}</script>"
        if inline
        else f'<script async src="{url}"></script>'
    )
    info = {
        "kind": "vendor-script",
        "inline_loader": inline,
        "third_party_before": len(third_party_scripts(page)),
    }
    return splice(page, [insert(page.head_end(), "".join(tags))], info)


def coloured_line(page: Page, rng: random.Random) -> Attack:
    """The newsroom's own breaking line in red, inline-styled, linking to a new live page."""
    lang = page_language(page)
    text = html_text(rng.choice(COLOURED_LINES[lang]), page.codec)
    colour = rng.choice(LINE_COLOURS)
    slug = f"/live/{rng.randint(1000000, 9999999)}.html"
    markup = (
        f'<p style="color:{colour};font-weight:bold;margin:4px 0"><a href="{slug}" style="color:{colour}">'
        f"{text}</a></p>"
    )
    heads = [h for h in page.scan.all("h2") if h.start > page.body().start]
    at = heads[0].start if heads and rng.random() < 0.5 else page.body().inner
    return splice(page, [insert(at, markup)], {"kind": "coloured-line", "lang": lang})


def social_links(page: Page, rng: random.Random) -> Attack:
    """The site's own new social and contact links, in the footer or at the body's end."""
    lang = page_language(page)
    site = page.host.removeprefix("www.").split(".")[0]
    picked = rng.sample(SOCIAL[lang], rng.randint(*SOCIAL_COUNT))
    if any(page.seen(url.format(site=site)) for _, url in picked):
        raise NotApplicable("the site already links there")
    links = " · ".join(
        f'<a href="{url.format(site=site)}" rel="me noopener">{html_text(label, page.codec)}</a>'
        for label, url in picked
    )
    footer = next((f for f in page.scan.all("footer") if f.close > f.inner), None)
    at = footer.inner if footer is not None else page.body_end()
    return splice(
        page,
        [insert(at, f'<div class="social-follow">{links}</div>')],
        {"kind": "social-links", "lang": lang},
    )


def site_notice(page: Page, rng: random.Random) -> Attack:
    lang = page_language(page)
    kind, text = rng.choice(NOTICES[lang])
    markup = (
        f'<div class="site-notice site-notice--{kind}" role="note"><a href="/{kind}/">'
        f"{html_text(text, page.codec)}</a></div>"
    )
    return splice(
        page, [insert(page.body().inner, markup)], {"kind": "site-notice", "notice": kind, "lang": lang}
    )


def legit_change(page: Page, rng: random.Random, kind: str) -> Attack:
    return {
        "hack-teaser": hack_teaser,
        "hack-swap": hack_swap,
        "vendor": vendor_tag,
        "coloured-line": coloured_line,
        "social-links": social_links,
        "notice": site_notice,
    }[kind](page, rng)
