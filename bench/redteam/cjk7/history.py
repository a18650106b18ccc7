"""A site's invented history: what each capture holds (articles, era, charset, vendors, tokens, events)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import lru_cache
from types import MappingProxyType

from .legit_text import BANNERS, SECURITY_NEWS
from .lexicon import Lex, lexicon
from .sites import Site

START = datetime(2025, 1, 6, 8, 0)
MAX_GAP_HOURS = 170
MIN_GAP_HOURS = 5
KEEP_ARTICLES = 9
KEEP_NOTICES = 6
NEW_PER_CAPTURE = MappingProxyType(
    {
        "news": (1, 5),
        "tv": (2, 6),
        "gov": (0, 3),
        "univ": (0, 2),
        "hospital": (0, 2),
        "company": (0, 1),
    }
)
ID_STEP = (1, 37)
EVENT_CHANCE = 0.09  # chance a capture carries one dangerous-looking legit change
ERAS_MIN = 2
MAX_NEW_VENDORS = 3


@dataclass(frozen=True)
class Article:
    aid: int
    title: str
    teaser: str
    at: datetime
    caption: str


@dataclass
class Capture:
    n: int
    at: datetime
    era: int
    label: str
    https: bool
    articles: list[Article]
    notices: list[Article]
    vendors: list[str]
    token: str
    events: list[str] = field(default_factory=list)
    banner: str = ""
    grey: bool = False


def fill(rng: random.Random, site: Site, lex: Lex, pattern: str) -> str:
    return pattern.format(
        p=rng.choice(site.places), q=rng.choice(site.people), t=rng.choice(lex.topics), n=rng.randint(2, 98)
    )


def _article(rng: random.Random, site: Site, lex: Lex, aid: int, at: datetime, seen: set[str]) -> Article:
    title = fill(rng, site, lex, rng.choice(lex.heads))
    for _ in range(8):
        if title not in seen:
            break
        title = fill(rng, site, lex, rng.choice(lex.heads))
    seen.add(title)
    return Article(
        aid,
        title,
        fill(rng, site, lex, rng.choice(lex.teasers)),
        at,
        fill(rng, site, lex, rng.choice(lex.captions)),
    )


def _security(rng: random.Random, site: Site, aid: int, at: datetime) -> Article:
    title = fill(rng, site, lexicon(site.lang, site.register), rng.choice(SECURITY_NEWS[site.lang]))
    return Article(aid, title, title, at, title)


@lru_cache(maxsize=32)
def history(site: Site, seed: int) -> tuple[Capture, ...]:
    """Every capture of ``site``, deterministic for ``seed`` (shared: callers must not change them)."""
    rng = random.Random(f"{seed}:{site.key}:history")
    lex = lexicon(site.lang, site.register)
    eras = max(ERAS_MIN, len(site.labels))
    turns = sorted(rng.sample(range(6, site.captures - 2), eras - 1))
    at, aid, era, seen = (
        START + timedelta(hours=rng.randint(0, 400)),
        rng.randint(10_000, 900_000),
        0,
        set[str](),
    )
    articles = [_article(rng, site, lex, aid - k * 3, at, seen) for k in range(KEEP_ARTICLES)]
    notices = [_article(rng, site, lex, aid - 100 - k, at, seen) for k in range(KEEP_NOTICES)]
    notices = [replace(a, title=fill(rng, site, lex, rng.choice(lex.notices))) for a in notices]
    vendors: list[str] = []
    out = []
    for n in range(site.captures):
        events = []
        if n in turns:
            era += 1
            events.append("redesign")
        at += timedelta(hours=rng.randint(MIN_GAP_HOURS, MAX_GAP_HOURS), minutes=rng.randint(0, 59))
        low, high = NEW_PER_CAPTURE[site.register]
        for _ in range(rng.randint(low, high)):
            aid += rng.randint(*ID_STEP)
            articles.insert(0, _article(rng, site, lex, aid, at, seen))
        if rng.random() < 0.3:
            aid += 1
            notice = _article(rng, site, lex, aid, at, seen)
            notices.insert(0, replace(notice, title=fill(rng, site, lex, rng.choice(lex.notices))))
        capture = Capture(
            n,
            at,
            era,
            site.labels[min(era, len(site.labels) - 1)],
            era >= site.https_era,
            articles[:KEEP_ARTICLES],
            notices[:KEEP_NOTICES],
            list(vendors),
            f"{rng.getrandbits(64):016x}",
            events,
        )
        if n > 1 and not events and rng.random() < EVENT_CHANCE:
            kind = rng.choice(("security", "banner", "vendor", "grey", "security"))
            if kind == "security":
                aid += 1
                articles.insert(0, _security(rng, site, aid, at))
                capture.articles = articles[:KEEP_ARTICLES]
            elif kind == "banner":
                capture.banner = rng.choice(BANNERS[site.lang]).format(m=at.month, d=min(28, at.day + 3))
            elif kind == "vendor" and len(vendors) < MAX_NEW_VENDORS:
                vendors.append(f"v{len(vendors)}")
                capture.vendors = list(vendors)
            else:
                capture.grey = True
            capture.events.append(kind)
        out.append(capture)
    return tuple(out)
