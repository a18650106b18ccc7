"""Scenarios: windows of each site's history, five ending in an attack (one per family) and a
few all-legit ones placed over its redesigns and dangerous-looking changes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from random import Random

from ..model import OutSnap, Scenario
from .attacks import Attack, attack
from .history import State, timeline
from .render import encode, headers, page
from .site import Site

FAMILIES = ("replace", "inject", "seo-spam", "script", "tamper")
LEGIT_PER_SITE = 2
LEARN = (5, 9)
CHECKED_ATTACKED = (6, 14)
CHECKED_LEGIT = (17, 26)
SOURCE = Path("generated")


def sid(seed: int, *parts: object) -> str:
    digest = hashlib.sha256(":".join(map(str, (seed, *parts))).encode()).hexdigest()
    return f"c6-{digest[:12]}"


def _snap(site: Site, state: State, text: str, label: str | None) -> OutSnap:
    return OutSnap(
        captured_at=f"{state.at:%Y-%m-%dT%H:%M:%SZ}",
        headers=headers(site, state),
        source=SOURCE,
        data=encode(site, state, text),
        label=label,
        family=state.family if label else None,
    )


def _info(site: Site, kind: str) -> dict[str, object]:
    return {
        "site": site.key,
        "host": site.host,
        "lang": site.lang,
        "site_kind": site.kind,
        "charset": site.charset,
        "mislabel": site.mislabel,
        "kind": kind,
    }


@dataclass(frozen=True)
class Plan:
    learn: int
    window: list[State]
    target: State
    clean: str  # the page the attack was made from
    hit: Attack


def plan(site: Site, states: list[State], family: str, index: int, seed: int) -> Plan:
    """The window of an attacked scenario, the clean page of its last capture, and the attack."""
    rng = Random(f"{seed}:{site.key}:{family}")
    learn = rng.randint(*LEARN)
    total = learn + rng.randint(*CHECKED_ATTACKED)
    start = rng.randint(0, len(states) - total - 1)
    target = states[start + total]
    clean = page(site, target)
    return Plan(
        learn, states[start : start + total], target, clean, attack(family, site, target, clean, rng, index)
    )


def attacked(site: Site, states: list[State], family: str, index: int, seed: int) -> Scenario:
    made = plan(site, states, family, index, seed)
    learn, target, hit = made.learn, made.target, made.hit
    snaps = [
        _snap(site, s, page(site, s), "legit" if n >= learn else None) for n, s in enumerate(made.window)
    ]
    snaps.append(_snap(site, target, hit.html, "defaced"))
    snaps[-1].family = family
    info = _info(site, "attacked") | {
        "family": family,
        "technique": hit.technique,
        "attacked_index": len(snaps) - 1,
        "edit_old": hit.old,
        "edit_new": hit.new,
        "edit_count": hit.count,
    }
    return Scenario(sid(seed, site.key, family), f"{target.scheme}://{site.host}/", learn, snaps, info)


def legit(site: Site, states: list[State], k: int, seed: int) -> Scenario:
    rng = Random(f"{seed}:{site.key}:legit:{k}")
    learn = rng.randint(*LEARN)
    total = min(len(states), learn + rng.randint(*CHECKED_LEGIT))
    wanted = "legit-redesign" if k % 2 == 0 else "legit-hard"
    spots = [n for n, s in enumerate(states) if s.family == wanted and n >= learn] or [learn]
    focus = rng.choice(spots)
    start = max(0, min(focus - learn - rng.randint(0, total - learn - 1), len(states) - total))
    window = states[start : start + total]
    snaps = [_snap(site, s, page(site, s), "legit" if n >= learn else None) for n, s in enumerate(window)]
    events = [s.event for s in window[learn:] if s.event]
    info = _info(site, "legit") | {"events": events}
    return Scenario(
        sid(seed, site.key, "legit", k), f"{window[-1].scheme}://{site.host}/", learn, snaps, info
    )


def site_scenarios(site: Site, position: int, seed: int) -> list[Scenario]:
    states = timeline(site, seed)
    out = [attacked(site, states, family, position, seed) for family in FAMILIES]
    return out + [legit(site, states, k, seed) for k in range(LEGIT_PER_SITE)]
