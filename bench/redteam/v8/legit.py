"""`legit-hard` (edition 8): legitimate changes that look like attacks: news about hacking,
new vendor tags, consent banners, tickers, election and weather banners, mourning, new social
and language links, an asset move to a CDN, A/B-tested headlines, newsletter and app boxes."""

# ruff: noqa: E501 - page markup reads best one element a line

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import encodable, html_text
from ..headlines import top_headlines
from ..splice import Edit
from ..vendor import third_party_scripts
from .data import legit_text as t


def _lang(page: Page) -> str:
    html_tag = page.scan.first("html")
    code = (html_tag.attrs.get("lang") or "de") if html_tag is not None else "de"
    return "en" if code.lower().startswith("en") else "de"


def _slug(rng: random.Random, words: str) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", words.lower().encode("ascii", "ignore").decode()).strip("-")[:60]
    return f"{stem}-{rng.randint(100000, 999999)}.html"


def _top(page: Page) -> int:
    """Just inside <main>, else at the top of <body>."""
    main = page.scan.first("main")
    return main.inner if main is not None and main.end > 0 else page.body().inner


def _attack_report(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], dict]:
    headline, summary = rng.choice(t.ATTACK_REPORTS[lang])
    section = rng.choice(("region", "digital", "panorama", "wirtschaft")) if lang == "de" else "news"
    href = f"/{section}/{_slug(rng, headline)}"
    block = (
        f'<article class="teaser teaser--new"><h2><a href="{href}">{html.escape(headline)}</a></h2>'
        f"<p>{html.escape(summary)}</p></article>"
    )
    return [insert(_top(page), encodable(block, page.codec))], {"headline": headline, "href": href}


def _attack_lead(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], dict]:
    """The newsroom makes its story about an attack the lead: the top headline and its link change."""
    runs = top_headlines(page.scan, 1)
    link = runs[0].inside("a") if runs else None
    href = re.search(r'\shref\s*=\s*"([^"]+)"', link.tag_text) if link is not None else None
    if href is None or link is None:
        raise NotApplicable("no linked headline")
    headline, _ = rng.choice(t.ATTACK_REPORTS[lang])
    url = f"/{'digital' if lang == 'de' else 'news'}/{_slug(rng, headline)}"
    start = runs[0].start + len(runs[0].raw) - len(runs[0].raw.lstrip())
    end = runs[0].end - (len(runs[0].raw) - len(runs[0].raw.rstrip()))
    edits = [
        Edit(link.start + href.start(1), link.start + href.end(1), url),
        Edit(start, end, html_text(headline, page.codec)),
    ]
    return edits, {"headline": headline, "href": url}


def _vendor(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], dict]:
    ends = third_party_scripts(page)
    if len(ends) < 3:
        raise NotApplicable("not an ad-heavy page")
    url = rng.choice(t.VENDORS).format(id=rng.randint(10000, 99999))
    if page.seen(url.split("/")[2]):
        raise NotApplicable("vendor already there")
    return [insert(rng.choice(ends), f'<script async src="{url}"></script>')], {"url": url}


def _cookie(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], dict]:
    title, text, yes, more = t.COOKIE[lang]
    block = (
        '<div class="cmp-banner" role="dialog" aria-modal="true" style="position:fixed;bottom:0;left:0;right:0;'
        f'background:#fff;box-shadow:0 -2px 12px rgba(0,0,0,.2);padding:16px;z-index:10000"><h3>{title}</h3>'
        f"<p>{text}</p><button>{yes}</button> <button>{more}</button></div>"
    )
    return [insert(page.body_end(), encodable(block, page.codec))], {}


def _ticker(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], dict]:
    label, items = t.TICKER[lang]
    hour = rng.randint(7, 20)
    rows = "".join(
        f"<li><time>{hour}:{m:02d}</time> {html.escape(i)}</li>"
        for m, i in zip((52, 31, 5), items, strict=True)
    )
    block = (
        f'<section class="liveticker"><h2><span class="live-dot"></span>{label}</h2><ul>{rows}</ul></section>'
    )
    return [insert(_top(page), encodable(block, page.codec))], {}


def _banner(texts: dict, css: str) -> Callable[[Page, random.Random, str], tuple[list[Edit], dict]]:
    def make(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], dict]:
        head, text = texts[lang]
        block = f'<div class="{css}"><strong>{html.escape(head)}</strong> {html.escape(text)}</div>'
        return [insert(page.body().inner, encodable(block, page.codec))], {}

    return make


def _mourning(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], dict]:
    rule = "<style>html{filter:grayscale(100%)}</style>"
    note = f'<div class="trauerflor" style="background:#111;color:#eee;padding:8px;text-align:center">{t.MOURNING[lang]}</div>'
    return [insert(page.head_end(), rule), insert(page.body().inner, encodable(note, page.codec))], {}


def _social(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], dict]:
    slug = re.sub(r"[^a-z0-9]", "", page.host.split(".")[-2] if "." in page.host else "news")[:20] or "news"
    links = "".join(
        f'<li><a href="{url.format(slug=slug)}" rel="noopener">{name}</a></li>' for name, url in t.SOCIAL
    )
    at = page.scan.first("footer")
    spot = at.inner if at is not None and at.end > 0 else page.body_end()
    return [insert(spot, f'<ul class="social-follow">{links}</ul>')], {}


def _languages(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], dict]:
    items = "".join(f'<a hreflang="{c}" href="/{c}/" lang="{c}">{n}</a> ' for c, n in t.LANGUAGES)
    return [insert(page.body().inner, encodable(f'<nav class="lang-switch">{items}</nav>', page.codec))], {}


ASSET = (
    r'(?:src|href)="((?:https?:)?//(?:[\w-]+\.)*{site})?(/[^"/][^"]*\.(?:js|css|jpe?g|png|webp|svg|woff2))"'
)


def _cdn_move(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], dict]:
    site = ".".join(page.host.split(".")[-2:])
    hits = list(re.finditer(ASSET.format(site=re.escape(site)), page.text))[:12]
    if len(hits) < 2 or not site:
        raise NotApplicable("fewer than two asset links of the site")
    new_host = f"https://{site.split('.')[0]}.{rng.choice(t.CDNS)}"
    edits = [
        Edit(m.start(1), m.end(1), new_host) if m.group(1) else Edit(m.start(2), m.start(2), new_host)
        for m in hits
    ]
    return edits, {"cdn": new_host, "moved": len(edits)}


def _ab_headline(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], dict]:
    runs = top_headlines(page.scan, 3)
    if not runs:
        raise NotApplicable("no headline")
    run = rng.choice(runs)
    start = run.start + len(run.raw) - len(run.raw.lstrip())
    return [Edit(start, start, html_text(rng.choice(t.AB_PREFIXES[lang]), page.codec))], {}


def _newsletter(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], dict]:
    head, text, button = t.NEWSLETTER[lang]
    block = (
        f'<aside class="nl-box"><h3>{head}</h3><p>{text}</p><form action="/newsletter/anmelden" method="post">'
        f'<input type="email" name="email" required> <button>{button}</button></form></aside>'
    )
    return [insert(page.body_end(), encodable(block, page.codec))], {}


def _app(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], dict]:
    head, text = t.APP[lang]
    block = (
        f'<div class="app-promo"><b>{head}</b> {text} <a href="https://apps.apple.com/de/app/id{rng.randint(10**8, 10**9)}">'
        'App Store</a> <a href="https://play.google.com/store/apps/details?id=de.verlag.news">Google Play</a></div>'
    )
    return [insert(page.body().inner, encodable(block, page.codec))], {}


def _correction(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], dict]:
    runs = top_headlines(page.scan, 1)
    if not runs:
        raise NotApplicable("no headline")
    owner = runs[0].inside("h1", "h2", "h3") or runs[0].inside("a")
    if owner is None or owner.end <= 0:
        raise NotApplicable("no headline end")
    return [
        insert(owner.end, encodable(f'<p class="correction"><em>{t.CORRECTION[lang]}</em></p>', page.codec))
    ], {}


CHANGES: dict[str, Callable[[Page, random.Random, str], tuple[list[Edit], dict]]] = {
    "attack-news-teaser": _attack_report,
    "attack-story-as-lead": _attack_lead,
    "vendor": _vendor,
    "consent-banner": _cookie,
    "live-ticker-box": _ticker,
    "election-night-strip": _banner(t.ELECTION, "wahl-banner"),
    "weather-warning-strip": _banner(t.WARNING, "dwd-warnung"),
    "mourning-grayscale": _mourning,
    "new-social-profiles": _social,
    "language-switcher": _languages,
    "assets-to-cdn-host": _cdn_move,
    "ab-tested-headline": _ab_headline,
    "newsletter-signup-box": _newsletter,
    "app-store-promo": _app,
    "correction-note": _correction,
}


def legit_change(page: Page, rng: random.Random, kind: str) -> Attack:
    lang = _lang(page)
    edits, info = CHANGES[kind](page, rng, lang)
    return splice(page, edits, {"kind": kind, "lang": lang} | info)
