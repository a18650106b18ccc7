"""One CJK edition 4 scenario: a site's history (learning part, checked part), labelled, with the
last capture attacked for the five attack families."""

from __future__ import annotations

import random
from datetime import timedelta, timezone
from pathlib import Path

from ..charset import codec_for
from ..model import OutSnap, Scenario
from . import attacks
from .history import Plan, content_type, history
from .render import render
from .sites import SITES, Site
from .state import State

LEARN = (1, 8)
SHORT_CHECKED = (4, 12)
LONG_CHECKED = (25, 60)
LONG_SHARE = 0.25
ATTACK_PRIOR = (0, 6)
ATTACK_LONG_PRIOR = (18, 40)
ATTACK_LONG_SHARE = 0.15
HARD_SHARE = 1 / 3
LONG_GAP_SITES = frozenset({"xiwan", "court"})
OFFSETS = {"jp": 9, "kr": 9}
ATTACKS = ("tamper", "inject", "replace", "seo-spam", "script")


def encode(page: str, charset: str) -> bytes:
    return page.encode(codec_for(charset), "xmlcharrefreplace")


def _stamp(site: Site, state: State) -> str:
    zone = timezone(timedelta(hours=OFFSETS.get(site.region, 8)))
    return state.when.replace(tzinfo=zone).isoformat(timespec="seconds")


def _snap(site: Site, state: State, page: str, label: str | None, family: str | None) -> OutSnap:
    return OutSnap(
        _stamp(site, state),
        {"content-type": content_type(site, state)},
        Path(f"{site.key}.html"),
        encode(page, state.charset),
        label,
        family,
    )


def _labelled(site: Site, states: list[State], learn: int, redesign_at: int | None) -> list[OutSnap]:
    snaps = []
    for n, state in enumerate(states):
        if n < learn:
            snaps.append(_snap(site, state, render(site, state), None, None))
        else:
            moved = redesign_at is not None and n >= redesign_at
            snaps.append(
                _snap(site, state, render(site, state), "legit", "legit-redesign" if moved else "legit")
            )
    return snaps


def _info(site: Site, kind: str, family: str, states: list[State]) -> dict[str, object]:
    return {
        "edition": "cjk4",
        "kind": kind,
        "site": site.key,
        "language": site.lang,
        "charset": states[-1].charset,
        "first_charset": states[0].charset,
        "family": family,
        "style": states[-1].family,
        "cadence": site.cadence,
        "snapshots": len(states),
    }


def legit_scenario(index: int, seed: int) -> Scenario:
    rng = random.Random(f"cjk4:legit:{seed}:{index}")
    site = SITES[index % len(SITES)]
    learn = rng.randint(*LEARN)
    checked = rng.randint(*(LONG_CHECKED if rng.random() < LONG_SHARE else SHORT_CHECKED))
    total = learn + checked
    redesign_at = rng.randint(learn, total - 1) if index // len(SITES) == index % len(SITES) % 5 else None
    hard = (
        tuple(sorted(rng.sample(range(learn, total), k=min(checked, rng.randint(1, 2)))))
        if rng.random() < HARD_SHARE
        else ()
    )
    plan = Plan(total, redesign_at, hard, site.key in LONG_GAP_SITES)
    states = history(site, rng, plan)
    kind = "legit-redesign" if redesign_at is not None else ("legit-hard" if hard else "legit")
    info = _info(site, kind, "legit-redesign" if redesign_at is not None else "legit", states)
    info |= {"redesign_at": redesign_at, "hard_at": list(hard)}
    return Scenario(
        f"{rng.getrandbits(48):012x}",
        _target(site, states[0]),
        learn,
        _labelled(site, states, learn, redesign_at),
        info,
    )


def _target(site: Site, state: State) -> str:
    path = {"live": "/live/", "epaper": "/html/node_2.htm"}.get(site.kind, "/")
    return f"{'https' if state.https else 'http'}://{site.host}{path}"


def _attack(
    family: str, site: Site, state: State, rng: random.Random, option: str
) -> tuple[str, dict[str, object]]:
    if family == "tamper":
        return attacks.tamper(site, state, rng, option, rng.random() < 0.5)
    if family == "inject":
        return attacks.inject(site, state, rng, option, rng.choice(("body-top", "header")))
    if family == "seo-spam":
        return attacks.seo_spam(site, state, rng, option, rng.choice(attacks.SPOTS))
    if family == "script":
        return attacks.script(site, state, rng, option, rng.random() < 0.5)
    return attacks.replace_page(site, state, rng, option)


def attacked_scenario(family: str, index: int, seed: int) -> Scenario:
    options = attacks.FAMILY_OPTIONS[family]
    for attempt in range(20):
        rng = random.Random(f"cjk4:{family}:{seed}:{index}:{attempt}")
        site = SITES[(index * 7 + ATTACKS.index(family) * 3 + attempt) % len(SITES)]
        learn = rng.randint(*LEARN)
        prior = rng.randint(*(ATTACK_LONG_PRIOR if rng.random() < ATTACK_LONG_SHARE else ATTACK_PRIOR))
        total = learn + prior + 1
        hard = (rng.randint(learn, total - 1),) if prior and rng.random() < HARD_SHARE else ()
        states = history(site, rng, Plan(total, None, hard, site.key in LONG_GAP_SITES))
        option = options[(index + attempt) % len(options)]
        try:
            page, detail = _attack(family, site, states[-1], rng, option)
        except attacks.Unfit:
            continue
        snaps = _labelled(site, states[:-1], learn, None)
        snaps.append(_snap(site, states[-1], page, "defaced", family))
        info = _info(site, "attack", family, states) | detail | {"variant": option, "hard_at": list(hard)}
        return Scenario(f"{rng.getrandbits(48):012x}", _target(site, states[0]), learn, snaps, info)
    raise RuntimeError(f"no page fits {family} #{index}")
