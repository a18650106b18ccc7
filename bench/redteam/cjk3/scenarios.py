"""One scenario of CJK edition 3: a site's capture history (learning part, then checked captures),
legit throughout (sometimes through a redesign) or attacked at its last capture."""

from __future__ import annotations

import random
from pathlib import Path

from ..model import OutSnap, Scenario
from . import attacks
from .data.attack_text import SCRIPT_HOSTS
from .deface import STYLES as DEFACE_STYLES
from .deface import deface_html
from .encode import encode, headers
from .hiding import HIDING
from .history import plan, states
from .layouts import render
from .script_styles import STYLES as SCRIPT_STYLES
from .sites import SITES
from .state import State

LONG_SHARE = 0.2  # legit scenarios with a long history
LONG_CHECKED = (20, 55)
SHORT_CHECKED = (5, 14)
BEFORE_ATTACK = (1, 8)  # checked legit captures before the attacked one
REDESIGN_EVERY = 5  # one legit scenario in five goes through a redesign
SITE_OFFSET = {"legit": 0, "tamper": 3, "inject": 6, "replace": 9, "seo-spam": 1, "script": 4}


def _variant(family: str, index: int) -> dict[str, str]:
    if family == "tamper":
        return {"style": attacks.TAMPER_STYLES[index % len(attacks.TAMPER_STYLES)]}
    if family == "inject":
        return {"shape": attacks.INJECT_SHAPES[index % len(attacks.INJECT_SHAPES)]}
    if family == "seo-spam":
        return {"technique": list(HIDING)[index % len(HIDING)]}
    if family == "script":
        return {"style": list(SCRIPT_STYLES)[index % len(SCRIPT_STYLES)],
                "host": SCRIPT_HOSTS[(index * 7) % len(SCRIPT_HOSTS)]}  # fmt: skip
    if family == "replace":
        return {"style": DEFACE_STYLES[index % len(DEFACE_STYLES)]}
    return {}


def _attacked(
    family: str, state: State, rng: random.Random, v: dict[str, str]
) -> tuple[bytes, dict[str, object]]:
    site = state.site
    page = render(state)
    if family == "tamper":
        text, info = attacks.tamper(state, rng, v["style"])
    elif family == "inject":
        text, info = attacks.inject(page, state, rng, v["shape"])
    elif family == "seo-spam":
        text, info = attacks.seo_spam(page, state, rng, v["technique"])
    elif family == "script":
        text, info = attacks.script(page, state, rng, v["style"], v["host"])
    else:  # replace: the intruder's own page; the server still sends its content-type header
        declared = "charset=" in headers(site, state.gen)["content-type"]
        text, crew = deface_html(rng, v["style"], site.label if declared else "utf-8")
        info = dict(crew)
        return encode(text, site.codec if declared else "utf-8"), info
    return encode(text, site.codec), info


def build_scenario(family: str, index: int, seed: int) -> Scenario:
    """Item ``index`` of ``family`` ("legit" or an attack family), deterministic for ``seed``."""
    rng = random.Random(f"cjk3:{seed}:{family}:{index}")
    redesign = family == "legit" and index % REDESIGN_EVERY == 0
    spot = (
        index // REDESIGN_EVERY if redesign else index + SITE_OFFSET[family]
    )  # redesigns: every site in turn
    site = SITES[spot % len(SITES)]
    if family == "legit":
        checked = rng.randint(*(LONG_CHECKED if rng.random() < LONG_SHARE else SHORT_CHECKED))
    else:
        checked = rng.randint(*BEFORE_ATTACK) + 1
    p = plan(site, rng, checked, redesign)
    timeline = states(p, rng, seed)
    sid = f"{rng.getrandbits(48):012x}"
    snaps = []
    v = _variant(family, index)
    extra: dict[str, object] = {}
    for n, st in enumerate(timeline):
        label: str | None = None
        if n >= p.learn:
            label = "legit-redesign" if p.redesign_at is not None and n >= p.redesign_at else "legit"
        data = encode(render(st), site.codec)
        if family != "legit" and n == len(timeline) - 1:
            legit, (data, extra) = data, _attacked(family, st, rng, v)
            if data == legit:
                raise RuntimeError(f"{family} {index}: the attack changed nothing")
            label = "defaced"
        snaps.append(OutSnap(
            captured_at=st.when.strftime("%Y-%m-%dT%H:%M:%S+08:00"), headers=headers(site, st.gen),
            source=Path(f"{site.key}-{n:02d}.html"), data=data, label=label,
            family=family if label == "defaced" else label,
        ))  # fmt: skip
    info: dict[str, object] = {
        "edition": "cjk3",
        "kind": "attack" if family != "legit" else ("legit-redesign" if redesign else "legit"),
        "family": family, "site": site.key, "language": site.lang, "charset": site.label,
        "codec": site.codec, "template": site.layout, "cadence_h": p.cadence, "captures": p.total,
    }  # fmt: skip
    if redesign:
        info |= {"redesign_at": p.redesign_at, "redesign_template": site.redesign}
    info |= {k: val for k, val in v.items()} | {f"attack_{k}": val for k, val in extra.items()}
    if "style" in v:
        info["style"] = v["style"]
    target = f"https://{site.host}/"
    return Scenario(sid, target, p.learn, snaps, info)
