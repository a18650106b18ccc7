"""Scenarios: windows of a site's history, all legit or ending in one attacked capture."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from ..model import OutSnap, Scenario
from . import attacks
from .history import Capture, history
from .render import content_type, encode, render
from .sites import Site

FAMILIES = ("replace", "inject", "seo-spam", "script", "tamper")
LEARN = (6, 10)
CHECKED_BEFORE_ATTACK = (3, 12)
LEGIT_PER_SITE = 3
LEGIT_CHECKED = (10, 28)
HARD_EVENTS = frozenset({"security", "banner", "vendor", "grey"})


def opaque_id(prefix: str, *parts: object) -> str:
    return f"{prefix}-" + hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:12]


def legit_family(cap: Capture) -> str:
    if "redesign" in cap.events:
        return "legit-redesign"
    return "legit-hard" if HARD_EVENTS & set(cap.events) else "legit"


def snap(site: Site, cap: Capture, data: bytes, label: str | None, family: str | None) -> OutSnap:
    return OutSnap(
        captured_at=cap.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        headers={"content-type": content_type(site, cap)},
        source=Path(f"{site.key}-{cap.n:02d}"),
        data=data,
        label=label,
        family=family,
    )


def window(site: Site, caps: tuple[Capture, ...], start: int, learn: int, stop: int) -> list[OutSnap]:
    return [
        snap(
            site,
            c,
            encode(site, c, render(site, c)),
            None if k < learn else "legit",
            None if k < learn else legit_family(c),
        )
        for k, c in enumerate(caps[start:stop])
    ]


def target(site: Site, cap: Capture) -> str:
    return f"{'https' if cap.https else 'http'}://{site.host}/"


def attacked(site: Site, family: str, index: int, seed: int) -> Scenario:
    rng = random.Random(f"{seed}:{site.key}:{family}")
    caps = history(site, seed)
    learn, before = rng.randint(*LEARN), rng.randint(*CHECKED_BEFORE_ATTACK)
    start = rng.randint(0, len(caps) - learn - before - 1)
    cap = caps[start + learn + before]
    snaps = window(site, caps, start, learn, start + learn + before)
    clean = render(site, cap)
    if family == "replace":
        data, info = attacks.replace(site, cap, clean, index)
    else:
        if family == "tamper":
            text, info = attacks.tamper(site, cap, clean)
        elif family == "inject":
            text, info = attacks.inject(site, cap, clean)
        elif family == "seo-spam":
            text, info = attacks.seo_spam(site, cap, clean, index)
        else:
            text, info = attacks.script(site, cap, clean, index)
        data = encode(site, cap, text)
    snaps.append(snap(site, cap, data, "defaced", family))
    info = info | {
        "family": family,
        "site": site.key,
        "lang": site.lang,
        "capture": cap.n,
        "charset": cap.label,
    }
    return Scenario(opaque_id("c7s", seed, site.key, family), target(site, caps[start]), learn, snaps, info)


def legit(site: Site, index: int, seed: int) -> Scenario:
    rng = random.Random(f"{seed}:{site.key}:legit:{index}")
    caps = history(site, seed)
    learn = rng.randint(*LEARN)
    checked = min(rng.randint(*LEGIT_CHECKED), len(caps) - learn)
    start = rng.randint(0, len(caps) - learn - checked)
    snaps = window(site, caps, start, learn, start + learn + checked)
    info = {"family": "legit", "site": site.key, "lang": site.lang, "first_capture": start}
    return Scenario(
        opaque_id("c7s", seed, site.key, "legit", index), target(site, caps[start]), learn, snaps, info
    )
