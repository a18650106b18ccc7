"""Edition 6's `seo-spam`: a link farm of 12-50 links in up to three languages, wrapped by one of
edition 6's hiding techniques and inserted after a paragraph, inside the page's last block, before
the body's end or right after <body>; the hiding rule (if any) goes into <head>."""

from __future__ import annotations

import html
import random

from ..attack import Attack, Page, insert, splice
from ..charset import encodable
from .data.spam import ANCHORS, DOMAIN_STEMS, SPAM_TLDS
from .hiding import HIDING

LINKS = (12, 50)
DOMAINS = (4, 14)
PATHS = (
    "",
    "/",
    "/m/",
    "/reg?aff={h}",
    "/zh/{n}.html",
    "/bonus/{n}",
    "/?c={h}",
    "/lp/{h}/",
    "/news/{n}.shtml",
)
SPOT_SAMPLE = 15


def _domain(rng: random.Random, lang: str) -> str:
    stem = rng.choice(DOMAIN_STEMS[lang])
    sub = rng.choice(("", "", "m.", "www.", f"v{rng.randint(2, 99)}."))
    tail = rng.choice(("", "", str(rng.randint(100, 9999)), "-asia", "-pro", "-official"))
    return f"{sub}{stem}{tail}{rng.choice(SPAM_TLDS)}"


def spam_links(rng: random.Random, langs: list[str]) -> tuple[str, int]:
    """The links' markup (one of four shapes) and their count."""
    count = rng.randint(*LINKS)
    domains = sorted({_domain(rng, rng.choice(langs)) for _ in range(rng.randint(*DOMAINS))})
    items = []
    for _ in range(count):
        anchor = html.escape(rng.choice(ANCHORS[rng.choice(langs)]))
        path = rng.choice(PATHS).format(n=rng.randint(1, 999999), h=f"{rng.getrandbits(28):07x}")
        rel = rng.choice(("", "", ' rel="follow"', ' title="' + anchor + '"'))
        items.append(f'<a href="https://{rng.choice(domains)}{path}"{rel}>{anchor}</a>')
    shape = rng.choice(("ol", "dl", "spans", "br"))
    if shape == "ol":
        return "<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>", count
    if shape == "dl":
        return "<dl>" + "".join(f"<dd>{i}</dd>" for i in items) + "</dl>", count
    if shape == "br":
        return "<br>".join(items), count
    return "".join(f"<span>{i} </span>" for i in items), count


def _spot(page: Page, rng: random.Random) -> tuple[int, str]:
    body = page.body()
    divs = [e for e in page.scan.all("div") if e.start > body.start and e.close > e.inner]
    spots: dict[str, list[int]] = {
        "after-paragraph": [e.end for e in page.scan.all("p") if e.start > body.start and e.end > 0][
            :SPOT_SAMPLE
        ],
        "inside-last-block": [divs[-1].close] if divs else [],
        "body-end": [page.body_end()],
        "body-start": [body.inner],
    }
    usable = sorted(name for name, places in spots.items() if places)
    where = rng.choice(usable)
    return rng.choice(spots[where]), where


def seo_spam(page: Page, rng: random.Random, technique: str, langs: list[str]) -> Attack:
    links, count = spam_links(rng, langs)
    hidden = HIDING[technique](links, rng)
    at, where = _spot(page, rng)
    edits = [insert(at, encodable(hidden.html, page.codec))]
    head = hidden.head or ""
    if hidden.style_rule is not None:
        head += f"<style>{hidden.style_rule}</style>"
    if head:
        edits.append(insert(page.head_end(), head))
    edits.sort(key=lambda e: e.start)
    return splice(page, edits, {"technique": technique, "langs": langs, "links": count, "where": where})
