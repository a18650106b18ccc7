"""A site's legitimate capture history for one scenario: when it was captured, what it showed,
what changed (news turning over, headlines edited, banners rotating, vendor tags coming and going,
mourning days in greyscale, emergency notices, and sometimes a redesign)."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from .content import latest
from .sites import Site
from .state import State
from .ui import COLUMNS, flavour
from .vendors import pool

FEED_DEPTH = 90  # items a capture knows of (layouts show fewer)
BANNER_TURN = 0.3  # chance a capture shows the next banner
VENDOR_FLIP = 0.07  # chance per capture that a vendor tag comes or goes
MOURNING_SHARE = 0.12  # mainland scenarios with a greyscale mourning day
ALERT_SHARE = 0.22  # scenarios with an emergency notice for a few captures
ALERT_SPAN = (1, 4)
START = datetime(2023, 3, 1)
SPAN_DAYS = 900

ALERTS = {
    "zh-Hans": ("紧急通知：受强降雨影响，今日全市中小学、幼儿园停课一天，请家长注意孩子安全。",
                "关于政务服务网系统升级期间暂停网上办理业务的公告（当晚20:00至次日8:00）",
                "暴雨红色预警信号生效中，请市民减少外出，远离低洼地带。",
                "关于防范冒充本单位工作人员实施诈骗的严正声明"),
    "zh-Hant": ("八號烈風或暴風信號現正生效，本局各辦事處暫停對外服務。", "颱風警報：今日停止上班上課。",
                "提防假冒本局網站及短訊，切勿提供個人資料。"),
    "ja": ("【重要】台風接近に伴う窓口業務の一部休止について", "【注意】当省職員を装った不審な電話にご注意ください"),
    "ko": ("[긴급] 호우경보 발령에 따른 현장 점검 일정 변경 안내", "[알림] 진흥원 사칭 문자메시지 주의"),
}  # fmt: skip
PHONES = {"zh-Hans": "0{a}-{b}", "zh-Hant": "+853 {b}", "ja": "03-{a}-{b}", "ko": "044-{a}-{b}"}


@dataclass(frozen=True)
class Plan:
    site: Site
    learn: int
    total: int  # captures in all
    cadence: int  # hours
    start: datetime
    redesign_at: int | None  # index of the first redesigned capture


def phone(site: Site) -> str:
    rng = random.Random(f"cjk3-phone:{site.key}")
    pattern = PHONES["zh-Hant" if site.lang == "zh-Hant" else site.lang]
    if site.region == "hongkong":
        pattern = "+852 {b}"
    elif site.region == "taiwan":
        pattern = "(04) {a}-{b}"
    return pattern.format(a=rng.randint(21, 799), b=rng.randint(2000_0000, 8999_9999) if site.lang ==
                          "zh-Hans" else rng.randint(2000, 8999))  # fmt: skip


def plan(site: Site, rng: random.Random, checked: int, redesign: bool) -> Plan:
    learn = rng.randint(1, 8)
    total = learn + checked
    cadence = rng.choice(site.cadences)
    start = START + timedelta(days=rng.randrange(SPAN_DAYS), hours=rng.randrange(24) if cadence < 24 else 9)
    redesign_at = rng.randint(learn, total - 1) if redesign else None
    return Plan(site, learn, total, cadence, start, redesign_at)


def states(p: Plan, rng: random.Random, seed: int) -> list[State]:
    site = p.site
    columns = COLUMNS[flavour(site.lang, site.topic)]
    vendors = list(pool(site.region, site.topic))
    active = set(rng.sample(vendors, k=min(len(vendors), rng.randint(1, 4))))
    mourning_at = (
        rng.randrange(p.total) if site.region == "mainland" and rng.random() < MOURNING_SHARE else -1
    )
    alert_at = rng.randrange(p.total) if rng.random() < ALERT_SHARE else -1
    alert_len = rng.randint(*ALERT_SPAN)
    alert_text = rng.choice(ALERTS[site.lang])
    banner, counter = rng.randrange(6), rng.randrange(10**5, 10**7)
    out = []
    for n in range(p.total):
        when = p.start + timedelta(hours=p.cadence * n, minutes=rng.randrange(0, 9))
        if rng.random() < BANNER_TURN:
            banner += 1
        if rng.random() < VENDOR_FLIP:
            active ^= {rng.choice(vendors)}
        counter += rng.randint(50, 4000) * max(1, p.cadence // 6)
        gen = 1 if p.redesign_at is not None and n >= p.redesign_at else 0
        out.append(
            State(
                site=site,
                when=when,
                items=latest(site, when, FEED_DEPTH, seed, len(columns)),
                layout=site.redesign if gen else site.layout,
                gen=gen,
                banner=banner,
                scripts=tuple(v for v in vendors if v in active),
                mourning=n == mourning_at,
                alert=alert_text if 0 <= alert_at <= n < alert_at + alert_len else "",
                counter=counter,
                phone=phone(site),
                columns=columns,
            )
        )
    return out


def copy(state: State) -> State:
    return replace(state, edits=dict(state.edits))
