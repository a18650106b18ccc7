"""`seo-spam`: hidden links to gambling, pharmacy and loan sites, in several languages."""

from __future__ import annotations

import html
import random

from ..attack import Attack, Page, insert, splice
from ..charset import encodable
from .data.spam import AGED_HOSTS, ANCHORS, SPAM_HOSTS
from .hiding import HIDING

LINKS_MIN, LINKS_MAX = 4, 9
SLUG_CHARS = "abcdefghjkmnpqrstuvwxyz23456789"
SLUG_LEN = 6
PLACES = ("body-end", "body-start", "before-footer")
AGED_SHARE = 0.25


def _links(rng: random.Random, langs: list[str]) -> tuple[str, list[str]]:
    count = rng.randint(LINKS_MIN, LINKS_MAX)
    items, hosts = [], []
    for _ in range(count):
        lang = rng.choice(langs)
        host = rng.choice(AGED_HOSTS if rng.random() < AGED_SHARE else SPAM_HOSTS)
        slug = "".join(rng.choice(SLUG_CHARS) for _ in range(SLUG_LEN))
        anchor = html.escape(rng.choice(ANCHORS[lang]))
        items.append(f'<a href="https://{host}/{lang}/{slug}" lang="{lang}">{anchor}</a>')
        hosts.append(host)
    sep = rng.choice((" ", " | ", "<br>", ", "))
    return sep.join(items), sorted(set(hosts))


def seo_spam(page: Page, rng: random.Random, technique: str, langs: list[str]) -> Attack:
    links, hosts = _links(rng, langs)
    cls = "".join(rng.choice(SLUG_CHARS[:20]) for _ in range(SLUG_LEN))
    markup = encodable(HIDING[technique](links, cls), page.codec)
    place = rng.choice(PLACES)
    footer = page.scan.first("footer")
    if place == "before-footer" and footer is not None and footer.start > page.body().inner:
        at = footer.start
    else:
        place = "body-end" if place == "before-footer" else place
        at = page.body_end() if place == "body-end" else page.body().inner
    info: dict[str, object] = {"technique": technique, "langs": langs, "hosts": hosts, "place": place}
    return splice(page, [insert(at, markup)], info)
