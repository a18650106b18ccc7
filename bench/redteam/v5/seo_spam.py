"""Edition 5's `seo-spam`: a link farm of 10-45 links in up to three languages, wrapped by one of
edition 5's hiding techniques and inserted after a teaser, a list, the footer or the body's start."""

from __future__ import annotations

import html
import random

from ..attack import Attack, Page, insert, splice
from ..charset import encodable
from .data.spam import ANCHORS, DOMAIN_STEMS, SPAM_TLDS
from .hiding import HIDING

LINKS = (10, 45)
DOMAINS = (3, 12)
PATHS = ("", "/", "/vip", "/promo/{n}", "/?ref={h}", "/article/{n}.htm", "/go/{h}", "/index.php?id={n}")


def _domain(rng: random.Random, lang: str) -> str:
    stem = rng.choice(DOMAIN_STEMS[lang])
    sub = rng.choice(("", "", "w.", "app.", f"{rng.randint(10, 888)}."))
    tail = rng.choice(("", "", str(rng.randint(10, 999)), "-vip", "-hub", "-zone"))
    return f"{sub}{stem}{tail}{rng.choice(SPAM_TLDS)}"


def spam_links(rng: random.Random, langs: list[str]) -> tuple[str, int]:
    """The links' markup (one of four shapes) and their count."""
    count = rng.randint(*LINKS)
    domains = sorted({_domain(rng, rng.choice(langs)) for _ in range(rng.randint(*DOMAINS))})
    items = []
    for _ in range(count):
        anchor = html.escape(rng.choice(ANCHORS[rng.choice(langs)]))
        path = rng.choice(PATHS).format(n=rng.randint(1, 99999), h=f"{rng.getrandbits(24):06x}")
        rel = rng.choice(("", "", ' rel="dofollow"', ' target="_blank"'))
        items.append(f'<a href="https://{rng.choice(domains)}{path}"{rel}>{anchor}</a>')
    shape = rng.choice(("ul", "pipes", "table", "p"))
    if shape == "ul":
        return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>", count
    if shape == "table":
        return "<table><tr>" + "".join(f"<td>{i}</td>" for i in items) + "</tr></table>", count
    if shape == "p":
        return "".join(f"<p>{i}</p>" for i in items), count
    return " | ".join(items), count


def _spot(page: Page, rng: random.Random) -> tuple[int, str]:
    body = page.body()
    spots: dict[str, list[int]] = {
        "body-start": [body.inner],
        "after-list": [e.end for e in page.scan.all("ul") if e.start > body.start and e.end > 0][:20],
        "before-footer": [e.start for e in page.scan.all("footer") if e.start > body.start][-1:],
        "after-article": [e.end for e in page.scan.all("article") if e.end > 0][:20],
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
