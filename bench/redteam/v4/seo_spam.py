"""Edition 4's `seo-spam`: a link farm of 12-50 links in up to two languages, wrapped by one hiding
technique and inserted at a spot in the body (the spots of edition 3)."""

from __future__ import annotations

import html
import random

from ..attack import Attack, Page, insert, splice
from ..charset import encodable
from ..v3.seo_spam import _spot
from .data.spam import ANCHORS, DOMAIN_STEMS, SPAM_TLDS
from .hiding import HIDING

LINKS = (12, 50)
DOMAINS = (4, 14)
PATHS = ("", "/", "/register", "/bonus/{n}", "/?aff={h}", "/news/{n}.html", "/m/?c={h}")


def _domain(rng: random.Random, lang: str) -> str:
    stem = rng.choice(DOMAIN_STEMS[lang])
    sub = rng.choice(("", "", "www.", "m.", f"{rng.randint(2, 99)}."))
    tail = rng.choice(("", "", str(rng.randint(100, 9999)), "-pro", "-asia", "-official"))
    return f"{sub}{stem}{tail}{rng.choice(SPAM_TLDS)}"


def spam_links(rng: random.Random, langs: list[str]) -> tuple[str, int]:
    """The links' markup and their count."""
    count = rng.randint(*LINKS)
    domains = sorted({_domain(rng, rng.choice(langs)) for _ in range(rng.randint(*DOMAINS))})
    esc = html.escape
    items = []
    for _ in range(count):
        anchor = rng.choice(ANCHORS[rng.choice(langs)])
        path = rng.choice(PATHS).format(n=rng.randint(1, 9999), h=f"{rng.getrandbits(20):05x}")
        items.append(f'<a href="https://{rng.choice(domains)}{path}">{esc(anchor)}</a>')
    shape = rng.choice(("dl", "spaced", "ol", "comma"))
    if shape == "dl":
        return "<dl>" + "".join(f"<dd>{item}</dd>" for item in items) + "</dl>", count
    if shape == "ol":
        return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>", count
    if shape == "comma":
        return "、".join(items), count
    return " ".join(items), count


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
