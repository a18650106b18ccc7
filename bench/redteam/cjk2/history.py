"""A site's ordinary life between captures: notices and news arrive, headlines get edited, banners
rotate, vendor tags come and go, the asset build changes, a mourning day turns the page grey, an
emergency bar appears and goes, and (in some scenarios) the site is redesigned."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from .parts import ALERTS
from .sites import Site
from .state import Item, State, new_item
from .text import EDIT_SUFFIX, SITE_PLACES, VOICES, headline
from .vendors import pool_for

ITEMS_PER_COLUMN = 12
START_RANGE = (datetime(2023, 1, 1, tzinfo=UTC), datetime(2025, 9, 1, tzinfo=UTC))


@dataclass(frozen=True)
class Odds:
    """How likely each ordinary change is at one capture."""

    new_item_per_hour: float = 0.06
    edit: float = 0.12
    banner: float = 0.35
    vendor: float = 0.07
    build: float = 0.04
    mourning: float = 0.02
    alert: float = 0.05
    long_gap: float = 0.08  # a capture after weeks (a monthly archive)


ODDS = Odds()
FAST = {"live-news": 1.2, "news-portal": 0.35, "hk-news": 0.3, "county-media": 0.15, "macao-news": 0.15}


def site_ids(site: Site) -> dict[str, str]:
    """The site's fixed vendor account ids (the same in every scenario of the site)."""
    digest = hashlib.sha256(site.key.encode()).hexdigest()
    return {
        "id32": digest[:32],
        "id8": digest[32:40].upper(),
        "num": str(int(digest[40:48], 16) % 10**8),
        "code": str(int(digest[48:56], 16) % 10**10),
    }


def initial_state(site: Site, rng: random.Random) -> State:
    span = (START_RANGE[1] - START_RANGE[0]).total_seconds()
    now = START_RANGE[0] + timedelta(seconds=int(rng.random() * span))
    now = now.replace(minute=rng.choice((0, 5, 10, 30)), second=0, microsecond=0)
    voice = VOICES[site.voice]
    columns: dict[str, list[Item]] = {}
    for index, name in enumerate(site.columns):
        when = now
        items = []
        for _ in range(ITEMS_PER_COLUMN):
            when -= timedelta(hours=rng.choice((1, 3, 8, 20, 30, 50)))
            items.append(
                new_item(
                    site,
                    site.family,
                    index,
                    headline(voice, name, rng, SITE_PLACES.get(site.key, ())),
                    when,
                    rng,
                )
            )
        columns[name] = items
    pool = pool_for(site.lang, site.style)
    return State(
        now,
        columns,
        rng.randrange(10),
        list(pool[:2]),
        rng.randrange(10**5, 10**7),
        f"{rng.randrange(16**8):08x}",
        site_ids(site),
    )


def advance(site: Site, state: State, rng: random.Random, redesign: bool = False) -> State:
    """The next capture's state."""
    st = state.copy()
    gap = rng.choice(site.cadence_hours)
    if rng.random() < ODDS.long_gap:
        gap = 24 * rng.randint(7, 40)
    st.now = st.now + timedelta(hours=gap)
    voice = VOICES[site.voice]
    family = site.redesign if (st.redesigned or redesign) else site.family
    rate = FAST.get(site.style, ODDS.new_item_per_hour)
    for index, (name, items) in enumerate(st.columns.items()):
        expected = min(6.0, rate * gap / (1 + index))
        fresh = int(expected) + (rng.random() < expected - int(expected))
        for k in range(fresh):
            when = st.now - timedelta(minutes=rng.randrange(1, max(2, gap * 60 // (k + 1))))
            items.insert(
                0,
                new_item(
                    site, family, index, headline(voice, name, rng, SITE_PLACES.get(site.key, ())), when, rng
                ),
            )
        del items[ITEMS_PER_COLUMN:]
    if rng.random() < ODDS.edit:
        name = rng.choice(list(st.columns))
        slot = rng.randrange(min(4, len(st.columns[name])))
        item = st.columns[name][slot]
        suffixes = EDIT_SUFFIX[site.lang]
        title = next((item.title[: -len(s)] for s in suffixes if item.title.endswith(s)), None)
        st.columns[name][slot] = replace(item, title=title or item.title + rng.choice(suffixes))
    if rng.random() < ODDS.banner:
        st.banner += 1
    pool = pool_for(site.lang, site.style)
    if rng.random() < ODDS.vendor:
        absent = [v for v in pool if v not in st.vendors]
        if absent and (len(st.vendors) < 2 or rng.random() < 0.6):
            st.vendors.append(rng.choice(absent))
        elif len(st.vendors) > 1:
            st.vendors.remove(rng.choice(st.vendors[1:]))
    if rng.random() < ODDS.build or redesign:
        st.build = f"{rng.randrange(16**8):08x}"
    st.counter += rng.randrange(30, 400) * gap
    st.mourning = not st.mourning and site.lang == "zh-CN" and rng.random() < ODDS.mourning
    if st.alert:
        st.alert = st.alert if rng.random() < 0.4 else None
    elif rng.random() < ODDS.alert:
        st.alert = rng.choice(ALERTS[site.lang])
    if redesign:
        st.redesigned = True
        st.banner += 1
    return st
