"""A site's front page over time: news lists rotate, headlines get edited, notices come and go,
banners rotate, vendor scripts are added and dropped, the visitor counter climbs."""

# ruff: noqa: RUF001

from __future__ import annotations

import copy
import hashlib
import random
import zlib
from datetime import datetime, timedelta

from .model import Item, Site, View
from .text import emergency, headline
from .vendors import BASE, CHURN

PER_DAY = {  # new items a section gets per day, by register
    "gov-notice": 1.5,
    "gov-news": 2.0,
    "gov-policy": 0.3,
    "gov-reading": 0.3,
    "news": 8.0,
    "news-world": 4.0,
    "news-sports": 3.0,
    "flash": 120.0,
    "hk-news": 9.0,
    "hk-press": 6.0,
    "mo-news": 2.5,
    "tw-blog": 6.0,
    "ja-notice": 0.7,
    "uni-news": 1.2,
    "uni-notice": 0.9,
}
EDIT_SHARE = 0.18  # captures where an editor reworded one of the newest titles
VENDOR_ADD, VENDOR_DROP = 0.07, 0.05
NOTICE_START, NOTICE_END = 0.04, 0.5
BANNERS = 5  # rotating banner slides per campaign
EDIT_SUFFIX = {
    "zh-Hans": ("（更新）", "（附图解）", "（第二批）", "（全文）", "（延期）"),
    "zh-Hant": ("（附圖）", "（更新）", "（有片）", "（附表）"),
    "ja": ("【更新】", "【追記あり】", "（再掲）"),
}


def _href(site: Site, section: str, serial: int, when: datetime) -> str:
    col = 1000 + zlib.crc32(f"{site.key}/{section}".encode()) % 900
    digest = hashlib.md5(f"{site.key}{serial}".encode()).hexdigest()[:16]
    return site.url_format.format(
        sec=section,
        col=col,
        y=when.year,
        m=when.month,
        d=when.day,
        ym=f"{when:%Y%m}",
        ymd=f"{when:%Y%m%d}",
        serial=serial,
        hex=digest,
    )


def _item(site: Site, section: str, register: str, rng: random.Random, when: datetime, serial: int) -> Item:
    return Item(headline(register, rng, when), _href(site, section, serial, when), when)


def first_view(site: Site, rng: random.Random, when: datetime) -> View:
    """The page at ``when``: each section filled with items published over the days before."""
    serial = rng.randint(120000, 990000)
    sections = {}
    for key, register, count in site.sections:
        gap = 24.0 / PER_DAY[register]
        items, at = [], when
        for _ in range(count + 4):
            at -= timedelta(hours=gap * rng.uniform(0.3, 1.7))
            serial -= rng.randint(1, 40)
            items.append(_item(site, key, register, rng, at, serial))
        sections[key] = items[:count]
    vendors = list(BASE[site.group])
    view = View(site, when, sections, rng.randrange(BANNERS), rng.randint(200000, 9000000), vendors)
    view.extras["serial"] = str(serial + 5000)
    view.extras["campaign"] = str(rng.randint(1, 40))
    return view


def _edit(view: View, rng: random.Random) -> None:
    key = rng.choice(list(view.sections))
    items = view.sections[key]
    if not items:
        return
    index = rng.randrange(min(3, len(items)))
    old = items[index]
    suffixes = EDIT_SUFFIX[view.site.lang]
    mark = rng.choice(suffixes)
    title = mark + old.title if view.site.lang == "ja" else old.title + mark
    if any(old.title.endswith(s) or old.title.startswith(s) for s in suffixes):
        title = headline(dict((k, r) for k, r, _ in view.site.sections)[key], rng, old.when)
    items[index] = Item(title, old.href, old.when, old.note)


def next_view(view: View, rng: random.Random, hours: int) -> View:
    """The page ``hours`` later."""
    new = copy.deepcopy(view)
    new.when = view.when + timedelta(hours=hours)
    serial = int(new.extras["serial"])
    for key, register, count in view.site.sections:
        expected = PER_DAY[register] * hours / 24
        fresh = int(expected) + (rng.random() < expected - int(expected))
        for step in range(fresh):
            serial += rng.randint(1, 30)
            at = view.when + timedelta(minutes=hours * 60 * (step + 1) // (fresh + 1))
            new.sections[key].insert(0, _item(view.site, key, register, rng, at, serial))
        del new.sections[key][count:]
    new.extras["serial"] = str(serial)
    if rng.random() < EDIT_SHARE:
        _edit(new, rng)
    new.banner = rng.randrange(BANNERS)
    if rng.random() < 0.08:
        new.extras["campaign"] = str(int(new.extras["campaign"]) + 1)
    new.counter += rng.randint(150, 2500) * hours
    churn = [v for v in CHURN[view.site.group] if v not in new.vendors]
    if churn and rng.random() < VENDOR_ADD:
        new.vendors.append(rng.choice(churn))
    extra = [v for v in new.vendors if v not in BASE[view.site.group]]
    if extra and rng.random() < VENDOR_DROP:
        new.vendors.remove(rng.choice(extra))
    if new.notice is None and rng.random() < NOTICE_START:
        new.notice = emergency(view.site.lang, rng)
    elif new.notice is not None and rng.random() < NOTICE_END:
        new.notice = None
    new.mourning = False
    return new
