"""One red-team scenario: a window of a real legit history whose last snapshot is attacked (or,
for `legit-hard`, changed in a legit but dangerous-looking way)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from .attack import Attack, NotApplicable, Page
from .inject import inject
from .model import OutSnap, Scenario
from .replace import replace
from .script import script
from .seo_spam import seo_spam
from .source import History
from .tamper import tamper
from .teaser import hacker_teaser
from .variants import variant
from .vendor import vendor_tag

REDESIGN_GAP = timedelta(days=20)
TRIES = 25


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
    if v["kind"] == "teaser":
        return hacker_teaser(page, rng)
    return vendor_tag(page, rng)


def _window(history: History, rng: random.Random) -> tuple[int, int, int] | None:
    """(start, learn, checked legit count) of a window inside the history's clean prefix."""
    learn = 1 if rng.random() < 0.1 else 6
    legit = rng.randint(1, 3)
    while legit > 1 and learn + legit + 1 > history.clean:
        legit -= 1
    size = learn + legit + 1
    if size > history.clean:
        return None
    return rng.randint(0, history.clean - size), learn, legit


def _redesign(history: History, last: int) -> int | None:
    """A much later snapshot of the same history to jump to (the site often looks very different
    by then: this is the corpus's hourly-then-monthly capture rhythm, or a real redesign)."""
    before = history.snaps[last - 1].when
    later = [j for j in range(last + 1, len(history.snaps)) if history.snaps[j].when - before >= REDESIGN_GAP]
    return later[-1] if later else None


AttackFn = Callable[[str, Page, random.Random, dict[str, Any]], Attack]


@dataclass(frozen=True)
class Edition:
    """What one red-team edition brings to the shared scenario builder."""

    attack: AttackFn  # the family's attack on the window's last snapshot
    variant: Callable[[str, int], dict[str, Any]]  # the family's item ``index``
    seed_prefix: str = ""  # keeps an edition's random draws apart from the others'
    tries: int = TRIES
    number: int | None = None  # recorded in each scenario's info (edition 1 records none)


def build_with(edition: Edition, family: str, index: int, histories: list[History], seed: int) -> Scenario:
    """Item ``index`` of ``family`` (a defacement family or ``legit-hard``) of ``edition``,
    deterministic for ``seed``: a window of a real legit history whose last snapshot is attacked."""
    prefix = edition.seed_prefix
    rng = random.Random(f"{prefix}{seed}:{family}:{index}")
    sid = f"s-{random.Random(f'{prefix}{seed}:id:{family}:{index}').getrandbits(48):012x}"
    v = edition.variant(family, index)
    for _ in range(edition.tries):
        history = rng.choice(histories)
        window = _window(history, rng)
        if window is None:
            continue
        start, learn, legit = window
        last = start + learn + legit
        snaps = [OutSnap(s.captured_at, s.headers, s.path) for s in history.snaps[start : last + 1]]
        for out in snaps[learn:-1]:
            out.label, out.family = "legit", "legit"
        info: dict[str, object] = {"edition": edition.number} if edition.number is not None else {}
        info |= {"family": family, "source": history.sid, "source_start": start} | v
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
            result = edition.attack(family, page, rng, v)
        except NotApplicable:
            continue
        label = "legit" if family == "legit-hard" else "defaced"
        snaps[-1].data, snaps[-1].label, snaps[-1].family = result.data, label, family
        info |= {"detail": result.info, "edits": [list(vars(e).values()) for e in result.edits]}
        return Scenario(sid, history.target_url, learn, snaps, info)
    which = f" (edition {edition.number})" if edition.number is not None else ""
    raise RuntimeError(f"no history suits {family} #{index}{which} after {edition.tries} tries")


EDITION_1 = Edition(_attack, variant)


def build_scenario(family: str, index: int, histories: list[History], seed: int) -> Scenario:
    """Item ``index`` of ``family`` of edition 1, deterministic for ``seed``."""
    return build_with(EDITION_1, family, index, histories, seed)
