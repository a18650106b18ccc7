"""The page task: 130 legitimate CJK pages and 60 defacement pages, some in legacy charsets and a
few that leave the charset to be sniffed."""

from __future__ import annotations

import random

from ..model import PageItem
from .deface import CHARSETS, DEFACE_STYLES, deface_page
from .history import Plan, history
from .legit_pages import PAGE_KINDS, legit_page
from .render import render
from .scenarios import encode, sid
from .sites import SITES

LEGIT_PAGES = 130
DEFACE_PAGES = 60
LANGUAGES = ("zh-Hans", "zh-Hans", "zh-Hant", "ja", "ko")


def page_charset(rng: random.Random, legacy: str, migrated: str | None) -> str:
    if legacy == "utf-8":
        return "utf-8"
    return legacy if rng.random() < 0.55 else (migrated or "utf-8")


def legit(rng: random.Random, n: int) -> PageItem:
    site = SITES[n % len(SITES)]
    charset = page_charset(rng, site.charset, site.migrate_to)
    declared = rng.random() > 0.12
    if n % 7 == 6:  # now and then the site's own front page
        state = history(site, rng, Plan(rng.randint(2, 5), None, rng.randint(0, 1)))[-1]
        state = state.but(charset=charset, declare="meta", flags={})
        kind, page, declared = "front", render(site, state), True
    else:
        kind = PAGE_KINDS[(n // len(SITES) + n) % len(PAGE_KINDS)]
        page = legit_page(site, rng, kind, charset, declared or kind == "plain")
        declared = declared and kind != "plain"
        if kind == "plain":
            declared = False
    info = {
        "site": site.key,
        "language": site.language,
        "kind": kind,
        "charset": charset,
        "declared": declared,
    }
    return PageItem(sid(rng), encode(page, charset), "legit", "legit", info)


def defaced(rng: random.Random, n: int) -> PageItem:
    language = LANGUAGES[n % len(LANGUAGES)]
    charset = rng.choice(CHARSETS[language])
    declared = rng.random() > 0.1
    style = DEFACE_STYLES[n % len(DEFACE_STYLES)]
    page, info = deface_page(rng, language, style, charset, declared)
    return PageItem(sid(rng), encode(page, charset), "defaced", "deface-page", info | {"declared": declared})


def make_pages(seed: int, limit: int | None) -> list[PageItem]:
    rng = random.Random(seed * 7 + 5)
    legit_count = LEGIT_PAGES if limit is None else min(limit, LEGIT_PAGES)
    deface_count = DEFACE_PAGES if limit is None else min(limit, DEFACE_PAGES)
    items = [legit(random.Random(rng.getrandbits(64)), n) for n in range(LEGIT_PAGES)][:legit_count]
    items += [defaced(random.Random(rng.getrandbits(64)), n) for n in range(DEFACE_PAGES)][:deface_count]
    return items
