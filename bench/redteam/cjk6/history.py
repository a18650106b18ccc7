"""A site's capture history: articles published under growing numeric ids, rotating headlines,
redesigns, http->https and charset migrations, vendor scripts, notices and changing tokens."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from random import Random

from .hard import CAPTIONS, MOURNING, NOTICES, SECURITY_NEWS, VENDORS
from .site import Site

MIN_CAPTURES, MAX_CAPTURES = 44, 80
FRONT_ITEMS = 9
FIRST_ID_RANGE = (10_000, 880_000)
ID_STEP_MAX = 37
NEW_ITEMS_MAX = 3
HARD_EVENTS = 5
FIRST_EVENT = 8
START = datetime(2025, 2, 3, 1, 0)
START_SPREAD_H = 4_000
JITTER_MIN = 40
NUMBER_RANGE = (2, 96)


@dataclass(frozen=True)
class Item:
    aid: int
    title: str
    teaser: str
    caption: str


@dataclass(frozen=True)
class State:
    at: datetime
    scheme: str
    charset: str
    design: int
    items: tuple[Item, ...]
    vendors: tuple[str, ...]
    token: str
    build: str
    notice: str
    mourning: str
    family: str  # legit, legit-redesign or legit-hard
    event: str


def fill(template: str, site: Site, rng: Random) -> str:
    return template.format(p=rng.choice(site.places), w=rng.choice(site.people), n=rng.randint(*NUMBER_RANGE))


def new_item(site: Site, aid: int, rng: Random, title: str | None = None) -> Item:
    return Item(
        aid,
        title or fill(rng.choice(site.heads), site, rng),
        fill(rng.choice(site.teasers), site, rng),
        fill(CAPTIONS[site.lang], site, rng),
    )


def _events(site: Site, length: int, rng: Random) -> dict[int, str]:
    spots = list(range(FIRST_EVENT, length))
    rng.shuffle(spots)
    events = {spots.pop(): "redesign"}
    if site.https:
        events[spots.pop()] = "https"
    if site.later:
        events[spots.pop()] = "charset"
    hard = ["security-news", "vendor", "notice", "vendor", "mourning", "security-news"]
    for kind in hard[:HARD_EVENTS]:
        events[spots.pop()] = kind
    return events


def timeline(site: Site, seed: int) -> list[State]:
    rng = Random(f"{seed}:{site.key}")
    length = rng.randint(MIN_CAPTURES, MAX_CAPTURES)
    events = _events(site, length, rng)
    at = START + timedelta(hours=rng.randint(0, START_SPREAD_H))
    aid = rng.randint(*FIRST_ID_RANGE)
    items: list[Item] = []
    for _ in range(FRONT_ITEMS):
        aid += rng.randint(1, ID_STEP_MAX)
        items.insert(0, new_item(site, aid, rng))
    state = State(
        at, "http", site.charset, 0, tuple(items), (), "", f"{rng.getrandbits(24):06x}", "", "", "legit", ""
    )
    states = []
    for n in range(length):
        for _ in range(rng.randint(0 if site.kind != "tv" else 1, NEW_ITEMS_MAX)):
            aid += rng.randint(1, ID_STEP_MAX)
            items.insert(0, new_item(site, aid, rng))
        del items[FRONT_ITEMS:]
        if rng.random() < 0.3 and len(items) > 2:  # the editors move a story to the top
            items.insert(0, items.pop(rng.randint(1, len(items) - 1)))
        state = replace(
            state,
            at=at,
            items=tuple(items),
            token=f"{rng.getrandbits(64):016x}",
            family="legit",
            event="",
            mourning="" if state.mourning and rng.random() < 0.6 else state.mourning,
            notice="" if state.notice and rng.random() < 0.4 else state.notice,
        )
        state = _apply(state, events.get(n, ""), site, rng, items)
        states.append(state)
        at += timedelta(hours=site.cadence_h, minutes=rng.randint(-JITTER_MIN, JITTER_MIN))
    return states


def _apply(state: State, event: str, site: Site, rng: Random, items: list[Item]) -> State:
    if not event:
        return state
    if event == "redesign":
        return replace(
            state,
            design=state.design + 1,
            build=f"{rng.getrandbits(24):06x}",
            family="legit-redesign",
            event=event,
        )
    if event == "https":
        return replace(state, scheme="https", family="legit-redesign", event=event)
    if event == "charset":
        return replace(state, charset=site.later or state.charset, family="legit-redesign", event=event)
    if event == "security-news":
        items.insert(
            0,
            new_item(
                site,
                items[0].aid + rng.randint(1, ID_STEP_MAX),
                rng,
                fill(rng.choice(SECURITY_NEWS[site.lang]), site, rng),
            ),
        )
        del items[FRONT_ITEMS:]
        return replace(state, items=tuple(items), family="legit-hard", event=event)
    if event == "vendor":
        fresh = [v for v in VENDORS[site.lang] if v not in state.vendors]
        tag = rng.choice(fresh or list(VENDORS[site.lang]))
        tag = tag.format(
            hex=f"{rng.getrandbits(128):032x}", HEX=f"{rng.getrandbits(40):010X}", n=rng.randint(100, 999)
        )
        return replace(state, vendors=(*state.vendors, tag), family="legit-hard", event=event)
    if event == "notice":
        return replace(
            state, notice=fill(rng.choice(NOTICES[site.lang]), site, rng), family="legit-hard", event=event
        )
    return replace(state, mourning=MOURNING[site.lang], family="legit-hard", event=event)
