"""`seo-spam`: a block of spam links in one or two languages, hidden one of sixteen ways (edition 9)."""

from __future__ import annotations

import random

from ..attack import Attack, Page, insert, splice
from ..charset import html_text
from .data.spam import ANCHORS, HOST_WORDS, TLDS
from .hiding import HIDING

LINKS = (18, 48)
HOSTS_PER_SET = 4


def spam_hosts(rng: random.Random, lang: str) -> list[str]:
    words = HOST_WORDS[lang]
    return [f"{rng.choice(words)}{rng.randint(2, 999)}.{rng.choice(TLDS)}" for _ in range(HOSTS_PER_SET)]


def spam_links(page: Page, rng: random.Random, langs: list[str]) -> tuple[str, int]:
    count = rng.randint(*LINKS)
    hosts = {lang: spam_hosts(rng, lang) for lang in langs}
    parts = []
    for _ in range(count):
        lang = rng.choice(langs)
        anchor = html_text(rng.choice(ANCHORS[lang]), page.codec)
        path = rng.choice(("", "daftar/", "go/", "amp/", "?ref=", "link/"))
        suffix = f"{rng.getrandbits(20):x}" if path else ""
        parts.append(f'<a href="https://{rng.choice(hosts[lang])}/{path}{suffix}">{anchor}</a>')
    return rng.choice((" ", " | ", "<br>", "\n")).join(parts), count


def seo_spam(page: Page, rng: random.Random, technique: str, langs: list[str]) -> Attack:
    links, count = spam_links(page, rng, langs)
    tag = f"{rng.choice('qxzvw')}{rng.getrandbits(28):07x}"
    block = HIDING[technique](links, tag)
    at = page.body_end() if rng.random() < 0.6 else page.body().inner
    return splice(page, [insert(at, block)], {"technique": technique, "langs": langs, "links": count})
