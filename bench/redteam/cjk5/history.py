"""A site's legitimate life, capture by capture: daily publishing, furniture that comes and goes,
new vendors, scheme and charset migrations, and (when planned) a redesign."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from .sites import Site
from .state import Item, State
from .text import headline
from .vendors import pool


@dataclass(frozen=True)
class Plan:
    length: int
    redesign_at: int | None
    start_skin: int = 0


def href(site: Site, when: datetime, section: int, serial: int) -> str:
    if site.language == "zh-Hans":
        return f"/art/{when.year}/{when.month}/{when.day}/art_{section + 101}_{serial}.html"
    if site.language == "zh-Hant":
        return f"/tc/news/{when:%Y%m%d}/{serial}.html"
    if site.language == "ja":
        return f"/soshiki/{section + 11}/{serial}.html"
    return f"/board/view.do?bbsId=B000{section + 1}&nttId={serial}"


def new_item(site: Site, rng: random.Random, day: datetime, section: int, serial: int) -> Item:
    return Item(
        headline(site.key, rng, day.year), f"{day:%Y-%m-%d}", href(site, day, section, serial), section
    )


def start_state(site: Site, rng: random.Random, when: datetime, skin: int) -> State:
    items = []
    serial = rng.randint(20000, 90000)
    for section in range(len(site.sections)):
        for back in range(8):
            day = when - timedelta(days=back * rng.randint(1, 4) + section)
            items.append(new_item(site, rng, day, section, serial))
            serial -= rng.randint(1, 30)
    vendors = tuple(rng.sample(pool(site), rng.randint(0, 2)))
    return State(
        when=when,
        items=tuple(items),
        charset=site.charset,
        declare=site.declare,
        skin=skin,
        scheme="https" if site.url.startswith("https") or skin else "http",
        vendors=vendors,
        asset_version=f"{when:%Y%m%d}",
        visits=rng.randint(10**5, 10**7),
        switcher=site.language.startswith("zh") and rng.random() < 0.3,
        flags={"serial": str(serial + 1000)},
    )


def publish(site: Site, state: State, rng: random.Random, when: datetime) -> tuple[Item, ...]:
    hourly = site.cadence[1] <= 240
    count = rng.choice((0, 1, 1, 2)) if hourly else rng.choice((0, 1, 1, 2, 2, 3))
    serial = int(state.flags["serial"])
    fresh = []
    for _ in range(count):
        serial += rng.randint(1, 40)
        section = rng.randrange(len(site.sections))
        fresh.append(new_item(site, rng, when, section, serial))
    return tuple(fresh) + state.items[: 60 - len(fresh)]


def furniture(site: Site, state: State, rng: random.Random) -> State:
    """The small legitimate changes around the news: vendors, banners, alerts, toolbars."""
    changes: dict[str, object] = {}
    if rng.random() < 0.05:
        fresh = [v for v in pool(site) if v not in state.vendors]
        if fresh:
            changes["vendors"] = (*state.vendors, rng.choice(fresh))
    elif rng.random() < 0.015 and state.vendors:
        changes["vendors"] = state.vendors[1:]
    if state.banner and rng.random() < 0.2:
        changes["banner"] = None
    elif not state.banner and rng.random() < 0.05:
        from .chrome import banner_text

        changes["banner"] = banner_text(site, rng.randrange(12))
        changes["flags"] = state.flags | {"banner_img": f"zt{rng.randint(10, 99)}"}
    changes["mourning"] = (not state.mourning and rng.random() < 0.012) or (
        state.mourning and rng.random() < 0.4
    )
    if state.alert and rng.random() < 0.4:
        changes["alert"] = None
    elif not state.alert and rng.random() < 0.04:
        from .chrome import alert_text

        changes["alert"] = alert_text(site, rng.randrange(12))
    if not state.switcher and site.language.startswith("zh") and rng.random() < 0.02:
        changes["switcher"] = True
    if not state.a11y and rng.random() < 0.025:
        changes["a11y"] = True
    if rng.random() < 0.02:
        order = list(state.order)
        i, j = rng.sample(range(len(order)), 2)
        order[i], order[j] = order[j], order[i]
        changes["order"] = tuple(order)
    if rng.random() < 0.015 and not state.extra_column:
        changes["extra_column"] = headline(site.key, rng, state.when.year)[:8]
    if rng.random() < 0.07:
        changes["asset_version"] = f"{state.when:%Y%m%d}{rng.randint(1, 9)}"
    return state.but(**changes)


def migrate(site: Site, state: State, rng: random.Random) -> State:
    if state.scheme == "http" and rng.random() < 0.025:
        state = state.but(scheme="https")
    if site.migrate_to and state.charset == site.charset and rng.random() < 0.03:
        flags = dict(state.flags)
        if state.declare == "both" and rng.random() < 0.5:
            flags["meta_label"] = site.charset  # the template's meta still names the old charset
        state = state.but(charset=site.migrate_to, flags=flags)
    return state


def redesign(site: Site, state: State, rng: random.Random) -> State:
    vendors = tuple(rng.sample(pool(site), rng.randint(1, 3)))
    return state.but(
        skin=1,
        scheme="https",
        vendors=vendors,
        a11y=True,
        banner=None,
        alert=None,
        order=tuple(rng.sample(range(len(site.sections)), len(site.sections))),
        asset_version=f"{state.when:%Y%m%d}01",
        extra_column=None,
        charset=site.migrate_to or state.charset,
        flags={k: v for k, v in state.flags.items() if k != "meta_label"},
    )


def history(site: Site, rng: random.Random, plan: Plan) -> list[State]:
    when = datetime(2024, 1, 1, 8) + timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))
    state = start_state(site, rng, when, plan.start_skin)
    states = [state]
    for n in range(1, plan.length):
        step = rng.randint(*site.cadence)
        if rng.random() < 0.06:
            step *= rng.randint(3, 12)  # the monitor missed a stretch
        when = when + timedelta(minutes=step)
        state = state.but(when=when, visits=state.visits + rng.randint(50, 5000))
        state = state.but(
            items=publish(site, state, rng, when),
            flags=state.flags | {"serial": str(int(state.flags["serial"]) + 50)},
        )
        state = migrate(site, furniture(site, state, rng), rng)
        if n == plan.redesign_at:
            state = redesign(site, state, rng)
        states.append(state)
    return states


def content_type(site: Site, state: State) -> str:
    if state.declare in ("header", "both"):
        return f"text/html; charset={state.charset}"
    return "text/html"
