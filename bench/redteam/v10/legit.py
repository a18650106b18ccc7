"""`legit-hard`: legitimate edits that look dangerous (cyber news, new vendors, notices, embeds)."""

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import encodable, html_text
from ..headlines import headline_runs, teaser_of
from ..splice import Edit
from ..vendor import third_party_scripts
from . import slots
from .data.legit_texts import ARTICLE_PATHS, BREAKING_LABELS, CYBER_HEADLINES, LIVEBLOG_TITLES, NOTICES
from .data.vendors import EMBED_TEMPLATES, INLINE_CONFIGS, VENDOR_TAGS
from .lang import page_language

MIN_THIRD_PARTY = 3
ID_RANGE = (10_000, 999_999)
SLUG_WORDS = 5
VIDEO_ID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"
VIDEO_ID_LEN = 11


def _lang(page: Page) -> str:
    return "de" if page_language(page) == "de" else "en"


def _article_url(page: Page, rng: random.Random, headline: str) -> str:
    words = re.findall(r"\w+", headline.lower())[:SLUG_WORDS]
    umlauts: dict[str, str | int | None] = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
    slug = "-".join(words).translate(str.maketrans(umlauts))
    return rng.choice(ARTICLE_PATHS).format(slug=slug, n=rng.randrange(*ID_RANGE))


def cyber_headline(page: Page, rng: random.Random) -> Attack:
    """A top slot gets a new story about an attack: new words and a new article link."""
    for run in headline_runs(page.scan)[:4]:
        link = run.inside("a")
        span = slots.attr_value(page, link, "href") if link is not None else None
        if span is None or span[1] > run.start:
            continue
        text = rng.choice(CYBER_HEADLINES[_lang(page)])
        edits = [
            Edit(span[0], span[1], _article_url(page, rng, text)),
            slots.replace_run(run, html_text(text, page.codec)),
        ]
        return splice(page, edits, {"kind": "cyber-headline", "text": text})
    raise NotApplicable("no linked headline")


def cyber_teaser_added(page: Page, rng: random.Random) -> Attack:
    """A copy of an existing teaser, with a new story about an attack, placed before it."""
    for run in headline_runs(page.scan)[:4]:
        box = teaser_of(run, len(page.text))
        link = run.inside("a")
        if box is None or link is None or not box.start <= link.start < run.start:
            continue
        text = rng.choice(CYBER_HEADLINES[_lang(page)])
        span = slots.attr_value(page, link, "href")
        if span is None:
            continue
        t = page.text
        copy = (
            t[box.start : span[0]]
            + _article_url(page, rng, text)
            + t[span[1] : run.start]
            + html_text(text, page.codec)
            + t[run.end : box.end]
        )
        return splice(page, [insert(box.start, copy)], {"kind": "cyber-teaser-added", "text": text})
    raise NotApplicable("no teaser to copy")


def vendor_script(page: Page, rng: random.Random) -> Attack:
    ends = third_party_scripts(page)
    if len(ends) < MIN_THIRD_PARTY:
        raise NotApplicable("fewer than three third-party scripts")
    template, setup = rng.choice(VENDOR_TAGS)
    pub = str(rng.randrange(*ID_RANGE))
    url = template.format(id=pub)
    if page.seen(urlsplit(url).hostname or url):
        raise NotApplicable("vendor already present")
    tag = (
        f"<script>{setup.replace('{id}', pub)}</script>" if setup else ""
    ) + f'<script async src="{url}"></script>'
    return splice(page, [insert(rng.choice(ends), tag)], {"kind": "ad-stack-addition", "url": url})


def notice(page: Page, rng: random.Random) -> Attack:
    text = html_text(rng.choice(NOTICES[_lang(page)]), page.codec)
    style = "background:#fff4d6;padding:10px 16px;font-size:14px"
    box = f'<div class="site-notice" role="status" style="{style}">{text}</div>'
    return splice(page, [insert(page.body().inner, box)], {"kind": "service-announcement"})


def breaking_bar(page: Page, rng: random.Random) -> Attack:
    lang = _lang(page)
    text = rng.choice(CYBER_HEADLINES[lang])
    label = rng.choice(BREAKING_LABELS[lang])
    bar = (
        '<div class="breaking-news" style="background:#c00;color:#fff;padding:8px 14px">'
        f"<strong>{html_text(label, page.codec)}</strong> "
        f'<a style="color:#fff" href="{_article_url(page, rng, text)}">'
        f"{html_text(text, page.codec)}</a></div>"
    )
    return splice(page, [insert(page.body().inner, bar)], {"kind": "breaking-bar", "text": text})


def liveblog_title(page: Page, rng: random.Random) -> Attack:
    title = page.scan.first("title")
    if title is None or title.close <= title.inner:
        raise NotApplicable("no title")
    new = rng.choice(LIVEBLOG_TITLES[_lang(page)])
    old = page.text[title.inner : title.close]
    suffix = next((old[old.rfind(s) :] for s in (" | ", " - ", " \u2013 ") if s in old), "")
    edits = [Edit(title.inner, title.close, html_text(new, page.codec) + suffix)]
    edits += [
        Edit(a, b, html_text(new, page.codec))
        for a, b in slots.meta_spans(page, ("og:title", "twitter:title"))
    ]
    return splice(page, edits, {"kind": "liveblog-title", "text": new})


def embed(page: Page, rng: random.Random) -> Attack:
    runs = headline_runs(page.scan)
    box = teaser_of(runs[0], len(page.text)) if runs else None
    if box is None:
        raise NotApplicable("no teaser")
    vid = "".join(rng.choice(VIDEO_ID_CHARS) for _ in range(VIDEO_ID_LEN))
    markup = rng.choice(EMBED_TEMPLATES).format(id=rng.randrange(*ID_RANGE), vid=vid)
    return splice(page, [insert(box.end, markup)], {"kind": "media-frame-added"})


def inline_config(page: Page, rng: random.Random) -> Attack:
    js = rng.choice(INLINE_CONFIGS).format(host=html.escape(page.host), id=rng.randrange(*ID_RANGE))
    return splice(
        page,
        [insert(page.head_end(), encodable(f"<script>{js}</script>", page.codec))],
        {"kind": "consent-stub-inline"},
    )


KINDS: Mapping[str, Callable[[Page, random.Random], Attack]] = {
    "cyber-headline": cyber_headline,
    "cyber-teaser-added": cyber_teaser_added,
    "ad-stack-addition": vendor_script,
    "service-announcement": notice,
    "breaking-bar": breaking_bar,
    "liveblog-title": liveblog_title,
    "media-frame-added": embed,
    "consent-stub-inline": inline_config,
}
# How many of the 200 each kind gets ("redesign" is a jump to a later real capture).
KIND_COUNTS: Mapping[str, int] = {
    "cyber-headline": 40,
    "cyber-teaser-added": 20,
    "ad-stack-addition": 30,
    "service-announcement": 25,
    "breaking-bar": 20,
    "redesign": 20,
    "liveblog-title": 15,
    "media-frame-added": 15,
    "consent-stub-inline": 15,
}
