"""`legit-hard` (edition 9): legitimate changes that look dangerous on a German news page."""

from __future__ import annotations

import random
import re
from urllib.parse import urlsplit

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import html_text
from ..vendor import third_party_scripts
from .data.legit_de import BREAKING, CYBER_HEADLINES, MOURNING, NOTICES
from .data.vendors9 import EMBEDS, VENDORS
from .slots import attr_edit, headlines, run_edit

MIN_THIRD_PARTY = 3
SLUG_CHARS = 60
DEFAULT_DIGITS = 8


def _slug(text: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    words = re.sub(r"[^a-z0-9]+", "-", text.lower().translate(table)).strip("-")
    if len(words) <= SLUG_CHARS:
        return words
    return words[:SLUG_CHARS].rsplit("-", 1)[0]  # whole words only


def new_article_href(old: str, headline: str, rng: random.Random) -> str:
    """A fresh article URL in the shape of ``old``: its folders, a slug and a new number."""
    head, _, last = old.rpartition("/")
    digits = max((len(d) for d in re.findall(r"\d+", last)), default=DEFAULT_DIGITS)
    number = str(rng.randrange(10 ** (digits - 1), 10**digits))
    ext = ".html" if last.endswith(".html") else ""
    return f"{head}/{_slug(headline)}-{number}{ext}"


def _cyber_headline(page: Page, rng: random.Random) -> Attack:
    for run in headlines(page)[:4]:
        link = run.inside("a")
        href = link.attrs.get("href") if link is not None else None
        if link is None or not href or urlsplit(href).scheme not in ("", "http", "https"):
            continue
        text = rng.choice(CYBER_HEADLINES)
        edits = [run_edit(page, run, text), attr_edit(page, link, "href", new_article_href(href, text, rng))]
        return splice(page, edits, {"kind": "hack-news-teaser", "headline": text})
    raise NotApplicable("no linked headline")


def _vendor(page: Page, rng: random.Random) -> Attack:
    ends = third_party_scripts(page)
    if len(ends) < MIN_THIRD_PARTY:
        raise NotApplicable("few third-party scripts")
    template, setup = rng.choice(VENDORS)
    url = template.format(id=rng.randrange(10**5, 10**8))
    if page.seen(urlsplit(url).hostname or url):
        raise NotApplicable("vendor already present")
    tag = (f"<script>{setup.format()}</script>" if setup else "") + f'<script async src="{url}"></script>'
    return splice(page, [insert(rng.choice(ends), tag)], {"kind": "ad-vendor-tag", "url": url})


def _band(page: Page, rng: random.Random, kind: str) -> Attack:
    if kind == "service-notice-band":
        text = html_text(rng.choice(NOTICES), page.codec)
        style = "background:#fff4c2;padding:10px 16px"
        block = f'<div class="site-notice" role="status" style="{style}">{text}</div>'
    else:
        line = rng.choice(BREAKING)
        href = f"/newsticker/{_slug(line)}-{rng.randrange(10**6, 10**7)}.html"
        block = (
            f'<div class="breaking-news" style="background:#c00;color:#fff;padding:8px">'
            f'<a style="color:#fff" href="{href}">{html_text(line, page.codec)}</a></div>'
        )
    return splice(page, [insert(page.body().inner, block)], {"kind": kind})


def _mourning(page: Page, rng: random.Random) -> Attack:
    text = html_text(rng.choice(MOURNING), page.codec)
    style = "<style>html{filter:grayscale(100%)}</style>"
    note = f'<p class="trauer" style="text-align:center;margin:6px 0">{text}</p>'
    return splice(
        page,
        [insert(page.head_end(), style), insert(page.body().inner, note)],
        {"kind": "mourning-greyscale-day"},
    )


def _embed(page: Page, rng: random.Random) -> Attack:
    url = rng.choice(EMBEDS).format(id=rng.randrange(10**6, 10**9))
    title = html_text(rng.choice(CYBER_HEADLINES), page.codec)
    runs = headlines(page)
    box = runs[0].inside("article", "li")
    at = box.end if box is not None and box.end > 0 else page.body_end()
    block = (
        f'<figure class="embed"><figcaption>{title}</figcaption>'
        f'<iframe src="{url}" width="100%" height="420" loading="lazy" frameborder="0"></iframe></figure>'
    )
    return splice(page, [insert(at, block)], {"kind": "liveblog-embed-frame", "url": url})


def legit_change(page: Page, rng: random.Random, kind: str) -> Attack:
    if kind == "hack-news-teaser":
        return _cyber_headline(page, rng)
    if kind == "ad-vendor-tag":
        return _vendor(page, rng)
    if kind in ("service-notice-band", "breaking-news-band"):
        return _band(page, rng, kind)
    if kind == "mourning-greyscale-day":
        return _mourning(page, rng)
    return _embed(page, rng)
