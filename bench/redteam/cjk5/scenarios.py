"""The scenarios: per site, legit histories (one long, one around a redesign) and one of each attack."""

from __future__ import annotations

import random
from pathlib import Path

from ..charset import codec_for
from ..model import OutSnap, Scenario
from .attacks import INJECT_SPOTS, INJECT_STYLES, SPAM_SPOTS, inject, pick_how, seo_spam
from .deface import CHARSETS, DEFACE_STYLES, deface_page
from .history import Plan, content_type, history
from .render import render
from .script_attack import SCRIPT_STYLES, script
from .sites import Site
from .state import State
from .tamper import TAMPER_KINDS, tamper

ATTACKS = ("replace", "inject", "seo-spam", "script", "tamper")
SOURCE = Path("cjk5-generated")


def encode(page: str, charset: str) -> bytes:
    return page.encode(codec_for(charset), "xmlcharrefreplace")


def attacked(
    site: Site, state: State, rng: random.Random, family: str, n: int
) -> tuple[bytes, dict[str, object]]:
    clean = render(site, state)
    if family == "replace":
        header_says = state.declare in ("header", "both")
        charset = state.charset if header_says else rng.choice(CHARSETS[site.language])
        page, info = deface_page(rng, site.language, DEFACE_STYLES[n % len(DEFACE_STYLES)], charset)
        return encode(page, charset), info
    if family == "inject":
        page, info = inject(site, clean, rng, INJECT_STYLES[n % len(INJECT_STYLES)], INJECT_SPOTS[n % 2])
    elif family == "seo-spam":
        page, info = seo_spam(site, clean, rng, pick_how(rng), SPAM_SPOTS[n % len(SPAM_SPOTS)])
    elif family == "script":
        page, info = script(clean, rng, SCRIPT_STYLES[n % len(SCRIPT_STYLES)])
    else:
        page, info = tamper(site, state, clean, rng, TAMPER_KINDS[n % len(TAMPER_KINDS)], rng.random() < 0.6)
    return encode(page, state.charset), info


def sid(rng: random.Random) -> str:
    return f"{rng.getrandbits(48):012x}"


def snaps_of(site: Site, states: list[State], redesign_at: int | None) -> list[OutSnap]:
    out = []
    for n, state in enumerate(states):
        family = "legit-redesign" if redesign_at is not None and n >= redesign_at else "legit"
        out.append(
            OutSnap(
                captured_at=state.when.isoformat() + "+00:00",
                headers={"content-type": content_type(site, state)},
                source=SOURCE / site.key / f"{n:02d}.html",
                data=encode(render(site, state), state.charset),
                label="legit",
                family=family,
            )
        )
    return out


def make(site: Site, rng: random.Random, family: str, n: int) -> Scenario:
    learn = rng.randint(1, 8)
    redesign_at = None
    skin = 1 if rng.random() < 0.3 else 0
    if family == "legit-redesign":
        redesign_at = learn + rng.randint(0, 6)
        length, skin = redesign_at + rng.randint(5, 8), 0
    elif family == "legit-long":
        length = learn + rng.randint(20, 60)
    elif family == "legit":
        length = learn + rng.randint(3, 10)
    else:
        length = learn + rng.randint(2, 10) + 1
    states = history(site, rng, Plan(length, redesign_at, skin))
    snaps = snaps_of(site, states, redesign_at)
    info: dict[str, object] = {
        "kind": "scenario",
        "site": site.key,
        "language": site.language,
        "charset": states[-1].charset,
        "family": "legit" if family == "legit-long" else family,
        "style": "history",
        "redesign_at": redesign_at,
    }
    if family in ATTACKS:
        data, details = attacked(site, states[-1], rng, family, n)
        snaps[-1].data, snaps[-1].label, snaps[-1].family = data, "defaced", family
        info["style"] = str(details.get("style") or details.get("kind") or details.get("how"))
        info["details"] = details
    return Scenario(sid(rng), site.url, learn, snaps, info)


def site_scenarios(site: Site, rng: random.Random, n: int, limit: int | None) -> list[Scenario]:
    plan = ["legit", "legit", "legit", "legit-long", "legit-redesign", *ATTACKS]
    if limit is not None:
        plan = ["legit", "legit-redesign", *ATTACKS]
    return [make(site, random.Random(rng.getrandbits(64)), family, n) for family in plan]
