"""Edition 7's `seo-spam`: a link farm of 12-48 links in one to three languages, hidden by one of
edition 7's techniques and put after a paragraph, inside the footer, before ``</body>`` or after the
first heading."""

from __future__ import annotations

import html
import random

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import encodable
from .data.spam import ANCHORS, DOMAIN_STEMS, SPAM_TLDS
from .hiding import HIDING, Link

LINKS = (12, 48)
DOMAINS = (2, 9)
PATHS = ("/", "/m/{n}", "/bonus?aff={h}", "/news/{n}.shtml", "/r/{h}", "/zt/{n}/", "/p/{n}.php", "")


def _domain(rng: random.Random, lang: str) -> str:
    stem = rng.choice(DOMAIN_STEMS[lang])
    sub = rng.choice(("", "", "m.", "www.", f"{rng.choice('abcdefgh')}{rng.randint(1, 99)}."))
    return f"{sub}{stem}{rng.choice(('', '', str(rng.randint(2, 99)), '-go', '-pro'))}{rng.choice(SPAM_TLDS)}"


def spam_links(rng: random.Random, langs: list[str]) -> tuple[list[Link], str]:
    """The links and their markup in one of five shapes."""
    domains = sorted({_domain(rng, rng.choice(langs)) for _ in range(rng.randint(*DOMAINS))})
    links: list[Link] = []
    for _ in range(rng.randint(*LINKS)):
        path = rng.choice(PATHS).format(n=rng.randint(10, 999999), h=f"{rng.getrandbits(28):07x}")
        links.append((f"https://{rng.choice(domains)}{path}", rng.choice(ANCHORS[rng.choice(langs)])))
    anchors = [f'<a href="{html.escape(u)}">{html.escape(a)}</a>' for u, a in links]
    shape = rng.choice(("ol", "dl", "spans", "br", "cite"))
    if shape == "ol":
        markup = "<ol>" + "".join(f"<li>{a}</li>" for a in anchors) + "</ol>"
    elif shape == "dl":
        markup = "<dl>" + "".join(f"<dt>{a}</dt>" for a in anchors) + "</dl>"
    elif shape == "spans":
        markup = "".join(f"<span>{a}</span> " for a in anchors)
    elif shape == "cite":
        markup = "".join(f"<cite>{a}</cite>" for a in anchors)
    else:
        markup = "<br>".join(anchors)
    return links, markup


def _spot(page: Page, rng: random.Random) -> tuple[int, str]:
    body = page.body()
    paragraphs = [e.end for e in page.scan.all("p") if e.start > body.start and e.end > 0]
    spots: dict[str, list[int]] = {
        "after-paragraph": paragraphs[:30],
        "in-footer": [e.inner for e in page.scan.all("footer") if e.start > body.start][-1:],
        "before-body-end": [page.body_end()],
        "after-heading": [e.end for e in page.scan.all("h2") if e.start > body.start and e.end > 0][:5],
    }
    usable = sorted(name for name, places in spots.items() if places)
    if not usable:
        raise NotApplicable("no spot")
    where = rng.choice(usable)
    return rng.choice(spots[where]), where


def seo_spam(page: Page, rng: random.Random, technique: str, langs: list[str]) -> Attack:
    links, markup = spam_links(rng, langs)
    hidden = HIDING[technique](markup, links, rng)
    edits = []
    where = "head"
    if hidden.html:
        at, where = _spot(page, rng)
        edits.append(insert(at, encodable(hidden.html, page.codec)))
    if hidden.head:
        edits.append(insert(page.head_end(), encodable(hidden.head, page.codec)))
    edits.sort(key=lambda e: e.start)
    return splice(page, edits, {"technique": technique, "langs": langs, "links": len(links), "where": where})
