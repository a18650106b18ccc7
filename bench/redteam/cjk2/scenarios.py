"""One scenario: a site's capture history (``learn`` known-good captures, then checked ones), legit
to the end, redesigned part way, or attacked at its last capture."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

from ..model import OutSnap, Scenario
from .attacks import FAMILIES
from .history import advance, initial_state
from .render import encode, family_of, headers, page_text
from .sites import SITES, Site

LEARN = (1, 8)
LEGIT_CHECKED = (8, 16)
ATTACKED_CHECKED = (1, 6)  # legit checked captures before the attacked one


def _stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _snap(site: Site, sid: str, n: int, data: bytes, when: str, label: str | None) -> OutSnap:
    family = label
    return OutSnap(when, headers(site), Path(f"{site.key}-{sid}-{n:02d}"), data, label, family)


def pick_site(kind: str, index: int) -> Site:
    """Sites in turn, each kind starting at its own offset."""
    offset = sum(map(ord, kind)) % len(SITES)
    return SITES[(offset + index * 7) % len(SITES)]


def build_scenario(kind: str, index: int, seed: int) -> Scenario:
    """``kind``: ``legit``, ``legit-redesign`` or an attack family."""
    rng = random.Random(f"cjk2:{seed}:{kind}:{index}")
    site = pick_site(kind, index)
    sid = f"c2{rng.randrange(16**10):010x}"
    learn = rng.randint(*LEARN)
    attacked = kind in FAMILIES
    checked = rng.randint(*(ATTACKED_CHECKED if attacked else LEGIT_CHECKED))
    redesign_at = learn + rng.randrange(1, max(2, checked - 2)) if kind == "legit-redesign" else None
    state = initial_state(site, rng)
    snaps: list[OutSnap] = []
    total = learn + checked
    start_family = site.family
    for n in range(total):
        if n:
            state = advance(site, state, rng, redesign=n == redesign_at)
        label = (
            None
            if n < learn
            else ("legit-redesign" if redesign_at is not None and n >= redesign_at else "legit")
        )
        snaps.append(_snap(site, sid, n, encode(site, page_text(site, state)), _stamp(state.now), label))
    info: dict[str, object] = {
        "kind": kind,
        "site": site.key,
        "site_name": site.name,
        "language": site.lang,
        "charset": site.charset,
        "codec": site.codec,
        "declared": site.declare,
        "template": family_of(site, state),
        "start_template": start_family,
        "publisher": site.style,
        "family": kind if attacked else ("legit-redesign" if redesign_at else "legit"),
    }
    if redesign_at is not None:
        info["redesign_index"] = redesign_at
    if attacked:
        final = advance(site, state, rng)
        text, detail = FAMILIES[kind](site, final, rng)
        snaps.append(_snap(site, sid, total, encode(site, text), _stamp(final.now), "defaced"))
        snaps[-1].family = kind
        info |= {"style": detail.get("style")} | {f"attack_{k}": v for k, v in detail.items() if k != "style"}
    else:
        info["style"] = site.style
    return Scenario(sid, f"https://{site.host}/", learn, snaps, info)
