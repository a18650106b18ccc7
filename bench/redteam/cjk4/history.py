"""A site's capture history: daily or hourly states where lists turn over, titles get edited,
banners, notices, mourning days and vendor tags come and go, and sometimes a 网站改版."""

# ruff: noqa: RUF001

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from . import text
from .sites import Site
from .state import Item, State
from .vendors import vendors_for
from .words import BANNERS, EMERGENCY, SECURITY_HEADLINES

LIST_LENGTH = 14
DAILY_GAPS = (1, 1, 1, 1, 2, 3)
LONG_GAPS = (1, 1, 2, 7, 30, 90)  # a district portal captured over years
HOURLY_GAPS = (1, 1, 1, 2)
NEW_PER_STEP = {"daily": (0, 2), "hourly": (0, 3)}
EDIT_SHARE = 0.1
DROP_SHARE = 0.03
BANNER_SHARE = 0.06
EMERGENCY_SHARE = 0.03
MOURNING_SHARE = 0.02
VENDOR_ADD_SHARE = 0.05
VENDOR_DROP_SHARE = 0.02
REBUILD_SHARE = 0.1
HTTPS_MOVE_SHARE = 0.3
START_YEARS = (2019, 2025)
EDITS: dict[str, tuple[Callable[[str], str], ...]] = {
    "zh-Hans": (
        lambda t: t + "（图）",
        lambda t: "【视频】" + t,
        lambda t: t.replace("通知", "补充通知", 1),
        lambda t: t.rstrip("”") + "（更新）",
        lambda t: t.replace("召开", "举行", 1),
    ),
    "zh-Hant": (
        lambda t: t + "（附圖）",
        lambda t: "【更新】" + t,
        lambda t: t.replace("舉行", "順利舉行", 1),
    ),
    "ja": (lambda t: "【更新】" + t, lambda t: t + "（終了しました）"),
    "ko": (lambda t: "[수정] " + t, lambda t: t + " (연장)"),
}


@dataclass(frozen=True)
class Plan:
    snaps: int
    redesign_at: int | None  # snapshot index of the 网站改版
    hard_at: tuple[int, ...]  # snapshot indexes adding a headline about an attack
    long_gaps: bool = False


def _item(
    site: Site,
    family: str,
    rng: random.Random,
    when: datetime,
    col: int,
    https: bool,
    title: str | None = None,
) -> Item:
    return Item(
        title or text.headline(site.lang, rng, when, site.kind),
        text.article_url(site, family, rng, when, col, https),
        when,
    )


def first_state(site: Site, rng: random.Random) -> State:
    start = datetime(
        rng.randint(*START_YEARS),
        rng.randint(1, 12),
        rng.randint(1, 28),
        9 if site.cadence == "daily" else rng.randint(0, 23),
        rng.randint(0, 59),
    )
    lists = []
    for col in range(len(site.columns)):
        items = []
        for k in range(LIST_LENGTH):
            when = (
                start - timedelta(days=k * rng.randint(1, 4))
                if site.cadence == "daily"
                else start - timedelta(hours=k * rng.randint(1, 3), minutes=rng.randint(0, 59))
            )
            items.append(_item(site, site.family, rng, when, col, site.https))
        lists.append(sorted(items, key=lambda it: it.date, reverse=True))
    pool = vendors_for(site.region)
    vendors = rng.sample(pool, k=min(len(pool), rng.randint(2, 4)))
    if site.region == "mainland" and site.bsm and "jiucuo" not in vendors:
        vendors.append("jiucuo")
    return State(
        start,
        site.family,
        site.columns,
        lists,
        [it for it in lists[0][:3]],
        site.charset,
        site.https,
        vendors,
        counter=rng.randint(100000, 9000000),
        account=rng.randint(10**9, 10**12),
        build=f"{rng.getrandbits(32):08x}",
    )


def _redesign(site: Site, state: State, rng: random.Random) -> None:
    state.family, state.columns = site.redesign_family, site.redesign_columns
    if site.migrates_to_utf8:
        state.charset, state.https = "utf-8", True
    state.lists = [
        [
            replace(it, url=text.article_url(site, state.family, rng, it.date, col, state.https))
            for it in items
        ]
        for col, items in enumerate(state.lists)
    ]
    state.focus = state.lists[0][:3]
    state.build = f"{rng.getrandbits(32):08x}"
    extra = [v for v in vendors_for(site.region) if v not in state.vendors]
    if extra:
        state.vendors.append(rng.choice(extra))


def _move_to_https(site: Site, state: State) -> None:
    state.https = True
    state.lists = [
        [replace(it, url=it.url.replace("http://", "https://", 1)) for it in items] for items in state.lists
    ]
    state.focus = [replace(it, url=it.url.replace("http://", "https://", 1)) for it in state.focus]


def step(site: Site, state: State, rng: random.Random, plan: Plan, index: int, https_at: int | None) -> State:
    s = state.copy()
    gaps = HOURLY_GAPS if site.cadence == "hourly" else (LONG_GAPS if plan.long_gaps else DAILY_GAPS)
    gap = rng.choice(gaps)
    s.when = s.when + (
        timedelta(hours=gap, minutes=rng.randint(-9, 9)) if site.cadence == "hourly" else timedelta(days=gap)
    )
    low, high = NEW_PER_STEP[site.cadence]
    turnover = max(1, gap // 7) if site.cadence == "daily" else 1
    for col in range(len(s.lists)):
        for _ in range(min(LIST_LENGTH, rng.randint(low, high) * turnover)):
            stamp = s.when - timedelta(minutes=rng.randint(0, 50))
            s.lists[col].insert(0, _item(site, s.family, rng, stamp, col, s.https))
        del s.lists[col][LIST_LENGTH:]
    if rng.random() < EDIT_SHARE:
        col = rng.randrange(len(s.lists))
        k = rng.randrange(min(6, len(s.lists[col])))
        it = s.lists[col][k]
        s.lists[col][k] = replace(it, title=rng.choice(EDITS[site.lang])(it.title))
    if rng.random() < DROP_SHARE:
        col = rng.randrange(len(s.lists))
        del s.lists[col][rng.randrange(min(5, len(s.lists[col])))]
    if rng.random() < 0.3 or site.cadence == "hourly":
        s.focus = s.lists[0][:3]
    s.banner = (
        rng.choice(BANNERS[site.lang])
        if rng.random() < BANNER_SHARE
        else (s.banner if rng.random() < 0.6 else None)
    )
    s.emergency = (
        rng.choice(EMERGENCY[site.lang])
        if rng.random() < EMERGENCY_SHARE
        else (s.emergency if rng.random() < 0.4 else None)
    )
    s.mourning = site.region in ("mainland", "mo", "hk") and rng.random() < MOURNING_SHARE
    pool = [v for v in vendors_for(site.region) if v not in s.vendors]
    if pool and rng.random() < VENDOR_ADD_SHARE:
        s.vendors.append(rng.choice(pool))
    if len(s.vendors) > 2 and rng.random() < VENDOR_DROP_SHARE:
        s.vendors.pop(rng.randrange(len(s.vendors)))
    if rng.random() < REBUILD_SHARE:
        s.build = f"{rng.getrandbits(32):08x}"
    s.counter += rng.randint(200, 4000) * gap
    if index in plan.hard_at:
        col = min(1, len(s.lists) - 1) if rng.random() < 0.5 else 0
        title = rng.choice(SECURITY_HEADLINES[site.lang])
        s.lists[col].insert(0, _item(site, s.family, rng, s.when, col, s.https, title))
        del s.lists[col][LIST_LENGTH:]
        if rng.random() < 0.5:
            s.focus = [s.lists[col][0], *s.focus[:2]]
    if index == plan.redesign_at:
        _redesign(site, s, rng)
    if index == https_at and not s.https:
        _move_to_https(site, s)
    return s


def history(site: Site, rng: random.Random, plan: Plan) -> list[State]:
    """``plan.snaps`` states, the first made from scratch, each later one from the one before."""
    https_at = (
        rng.randrange(1, plan.snaps)
        if plan.snaps > 1 and not site.https and rng.random() < HTTPS_MOVE_SHARE
        else None
    )
    states = [first_state(site, rng)]
    for index in range(1, plan.snaps):
        states.append(step(site, states[-1], rng, plan, index, https_at))
    return states


def content_type(site: Site, state: State) -> str:
    if site.declare in ("header", "both"):
        return f"text/html; charset={state.charset}"
    return "text/html"
