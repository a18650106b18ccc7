"""The tamper family: the layout stays, but some headlines (and maybe the title) say the attacker's words."""

from __future__ import annotations

import random
import re

from .render import esc, teaser
from .sites import Site
from .slogans import TAMPER, TEASERS
from .state import State

TAMPER_KINDS = ("top-story", "top-three", "across-sections", "title-and-top", "one-quiet", "lead-and-teaser")


def targets(state: State, kind: str, rng: random.Random) -> list[str]:
    first = [it.title for it in state.items if it.section == state.order[0]][:5]
    lead = next((it.title for it in state.items if it.section == 0), first[0])
    if kind in ("top-story", "title-and-top", "lead-and-teaser"):
        return [lead]
    if kind == "top-three":
        return list(dict.fromkeys([lead, *first]))[: rng.randint(2, 3)]
    if kind == "across-sections":
        picks = [next(it.title for it in state.items if it.section == s) for s in state.order[:5]]
        return list(dict.fromkeys(picks))[: rng.randint(3, 5)]
    seen = [it.title for it in state.items if it.section == state.order[1]][:7]
    return [rng.choice(seen)]


def tamper(
    site: Site, state: State, page: str, rng: random.Random, kind: str, by_cms: bool
) -> tuple[str, dict[str, object]]:
    olds = targets(state, kind, rng)
    lines = rng.sample(TAMPER[site.language], min(len(olds), len(TAMPER[site.language])))
    out = page
    done = 0
    for old, line in zip(olds, lines, strict=False):
        new = line.format(n=site.name)
        before = out
        out = out.replace(f">{esc(old)}</a>", f">{esc(new)}</a>")
        if by_cms:
            out = out.replace(f'title="{esc(old)}"', f'title="{esc(new)}"')
        done += out != before
    if kind == "lead-and-teaser":
        summary = f'<p class="summary">{esc(teaser(site, olds[0]))}</p>'
        statement = rng.choice(TEASERS[site.language])
        out = out.replace(summary, f'<p class="summary">{esc(statement)}</p>', 1)
    if kind == "title-and-top":
        out = re.sub(
            r"<title>(.*?)</title>",
            lambda m: f"<title>{esc(lines[0].format(n=site.name))}</title>",
            out,
            count=1,
            flags=re.S,
        )
    return out, {"kind": kind, "by_cms": by_cms, "count": max(done, 1)}
