"""One edition 2 scenario: a window of a real legit history whose last snapshot is attacked (or, for
`legit-hard`, changed in a legit but dangerous-looking way). Windows are drawn as in edition 1."""

from __future__ import annotations

import random
from typing import Any

from ..attack import Attack, NotApplicable, Page
from ..model import OutSnap, Scenario
from ..scenarios import TRIES, _redesign, _window
from ..source import History
from .attacks import hacker_teaser, inject, replace, script, seo_spam, tamper, vendor_tag
from .variants import variant


def _attack(family: str, page: Page, rng: random.Random, v: dict[str, Any]) -> Attack:
    if family == "tamper":
        return tamper(page, rng, v["lang"])
    if family == "inject":
        return inject(page, rng, v["lang"])
    if family == "replace":
        return replace(page, rng, v["lang"], v["template"])
    if family == "seo-spam":
        return seo_spam(page, rng, v["technique"], v["langs"])
    if family == "script":
        return script(page, rng, v["style"])
    if v["kind"] in ("teaser", "swap"):
        return hacker_teaser(page, rng, swap=v["kind"] == "swap")
    return vendor_tag(page, rng)


def build_scenario(family: str, index: int, histories: list[History], seed: int) -> Scenario:
    """Item ``index`` of ``family`` (a defacement family or ``legit-hard``), deterministic for ``seed``."""
    rng = random.Random(f"v2:{seed}:{family}:{index}")
    sid = f"s-{random.Random(f'v2:{seed}:id:{family}:{index}').getrandbits(48):012x}"
    v = variant(family, index)
    for _ in range(TRIES * 2):
        history = rng.choice(histories)
        window = _window(history, rng)
        if window is None:
            continue
        start, learn, legit = window
        last = start + learn + legit
        snaps = [OutSnap(s.captured_at, s.headers, s.path) for s in history.snaps[start : last + 1]]
        for out in snaps[learn:-1]:
            out.label, out.family = "legit", "legit"
        info: dict[str, object] = {
            "edition": 2,
            "family": family,
            "source": history.sid,
            "source_start": start,
        } | v
        if family == "legit-hard" and v["kind"] == "redesign":
            jump = _redesign(history, last)
            if jump is None:
                continue
            target = history.snaps[jump]
            snaps[-1] = OutSnap(target.captured_at, target.headers, target.path, None, "legit", "legit-hard")
            info |= {"jump_to": jump, "jump_from": last}
            return Scenario(sid, history.target_url, learn, snaps, info)
        others = tuple(s.source.read_bytes() for s in snaps[:-1])
        page = Page(history.snaps[last].read(), history.content_type(last), history.target_url, others)
        try:
            result = _attack(family, page, rng, v)
        except NotApplicable:
            continue
        label = "legit" if family == "legit-hard" else "defaced"
        snaps[-1].data, snaps[-1].label, snaps[-1].family = result.data, label, family
        info |= {"detail": result.info, "edits": [list(vars(e).values()) for e in result.edits]}
        return Scenario(sid, history.target_url, learn, snaps, info)
    raise RuntimeError(f"no history suits {family} #{index} (edition 2) after {TRIES * 2} tries")
