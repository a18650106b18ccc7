"""Headline text for a register, drawn from the data tables: what a CMS's editors would publish."""

# ruff: noqa: RUF001

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime

from .data import gov_hans as g
from .data import hant as h
from .data import ja as j
from .data import news_hans as n
from .data import uni as u

SECURITY_SHARE = 0.03  # how often a news register picks a story about hacking


def _gov(table: tuple[str, ...]) -> Callable[[random.Random, datetime], str]:
    def make(rng: random.Random, when: datetime) -> str:
        city = rng.choice(("青岚市", "云泽省", "本市"))
        return rng.choice(table).format(
            y=when.year,
            t=rng.choice(g.TOPICS),
            c=city,
            c2=rng.choice(("滨江新区", "临溪县", "东岸市")),
            u=rng.choice(g.UNITS),
            o=rng.choice(g.OFFICIALS),
            p=rng.choice(g.NAMES),
            d=rng.choice(g.DISTRICTS),
            n=rng.randint(1, 12),
            y2=when.year + 2,
        )

    return make


def _policy(rng: random.Random, when: datetime) -> str:
    title = _gov(g.POLICY)(rng, when)
    return f"{title}（{rng.choice(g.DOC_PREFIX)}〔{when.year}〕{rng.randint(1, 60)}号）"


def _reading(rng: random.Random, when: datetime) -> str:
    policy = "《" + _gov(g.POLICY)(rng, when) + "》"
    return rng.choice(g.READING).format(p=policy, u=rng.choice(g.UNITS))


def _news(table: tuple[str, ...]) -> Callable[[random.Random, datetime], str]:
    def make(rng: random.Random, when: datetime) -> str:
        pool = n.SECURITY if table is n.NEWS and rng.random() < SECURITY_SHARE else table
        return rng.choice(pool).format(
            c=rng.choice(n.CITIES),
            n=rng.randint(2, 30),
            n2=rng.randint(2, 99),
            p=rng.randint(1, 9),
            thing=rng.choice(n.THINGS),
            colour=rng.choice(n.COLOURS),
            mo=rng.randint(2, 11),
        )

    return make


def _hk(rng: random.Random, when: datetime) -> str:
    pool = h.HK_SECURITY if rng.random() < SECURITY_SHARE else h.HK_NEWS
    return rng.choice(pool).format(
        p=rng.choice(h.HK_PLACES),
        n=rng.randint(2, 40),
        signal=rng.choice(h.HK_SIGNALS),
        cant=rng.choice(h.HK_CANT),
    )


def _hk_press(rng: random.Random, when: datetime) -> str:
    return rng.choice(h.HK_PRESS).format(
        d=rng.choice(h.HK_DEPTS), t=rng.choice(h.HK_TOPICS), y=when.year, n=rng.randint(1, 20)
    )


def _mo(rng: random.Random, when: datetime) -> str:
    return rng.choice(h.MO_NEWS).format(
        d=rng.choice(h.MO_DEPTS),
        t=rng.choice(h.MO_TOPICS),
        y=when.year,
        w=rng.choice(h.TYPHOONS),
        p=rng.choice(h.MO_PLACES),
    )


def _tw(rng: random.Random, when: datetime) -> str:
    return rng.choice(h.TW_BLOG).format(
        p=rng.choice(h.TW_PLACES), thing=rng.choice(h.TW_THINGS), n=rng.randint(2, 9)
    )


def _ja(rng: random.Random, when: datetime) -> str:
    return rng.choice(j.JA_NOTICE).format(
        r=when.year - 2018, t=rng.choice(j.JA_TOPICS), d=rng.choice(j.JA_DEPTS), m=when.month
    )


def _uni(table: tuple[str, ...]) -> Callable[[random.Random, datetime], str]:
    def make(rng: random.Random, when: datetime) -> str:
        return rng.choice(table).format(
            y=when.year,
            y2=when.year + 1,
            t=rng.choice(u.UNI_TOPICS),
            s=rng.choice(u.SCHOOLS),
            n=rng.randint(1, 2),
            p=rng.choice(u.PLACES),
            name=rng.choice(u.PROFS),
        )

    return make


REGISTERS: dict[str, Callable[[random.Random, datetime], str]] = {
    "gov-notice": _gov(g.NOTICE),
    "gov-news": _gov(g.NEWS),
    "gov-policy": _policy,
    "gov-reading": _reading,
    "news": _news(n.NEWS),
    "news-world": _news(n.WORLD),
    "news-sports": _news(n.SPORTS),
    "flash": _news(n.FLASH),
    "hk-news": _hk,
    "hk-press": _hk_press,
    "mo-news": _mo,
    "tw-blog": _tw,
    "ja-notice": _ja,
    "uni-news": _uni(u.UNI_NEWS),
    "uni-notice": _uni(u.UNI_NOTICE),
}


def headline(register: str, rng: random.Random, when: datetime) -> str:
    return REGISTERS[register](rng, when)


def emergency(lang: str, rng: random.Random) -> str:
    """A site-wide emergency notice in the site's language."""
    if lang == "ja":
        return rng.choice(j.JA_ALERTS).format(d=rng.choice(("北地区", "川沿町", "山手地区")))
    if lang == "zh-Hant":
        return rng.choice(
            (
                "【特別消息】天文台已發出八號烈風或暴風信號，各服務中心暫停開放。",
                "【緊急通告】黑色暴雨警告信號生效，市民應留在安全地方。",
                "【交通消息】受惡劣天氣影響，往離島渡輪服務暫停。",
            )
        )
    hour = rng.randint(8, 20)
    return rng.choice(g.EMERGENCY).format(
        c="青岚市", w=rng.choice(g.STORM_NAMES), d=rng.choice(g.DISTRICTS), h=hour, h2=hour + 6
    )
