"""Every template family by name, and the class-name prefix of each site generation."""

from __future__ import annotations

import random
from collections.abc import Callable

from . import layouts_gov, layouts_news
from .state import State

Layout = Callable[[State, str], str]
LAYOUTS: dict[str, Layout] = {
    "trs_table": layouts_gov.trs_table,
    "jiyue": layouts_gov.jiyue,
    "vsb": layouts_gov.vsb,
    "jpcms": layouts_gov.jpcms,
    "krgov": layouts_gov.krgov,
    "bilingual": layouts_gov.bilingual,
    "rolling": layouts_news.rolling,
    "newsportal": layouts_news.newsportal,
    "tvguide": layouts_news.tvguide,
    "ghost": layouts_news.ghost,
    "discuz": layouts_news.discuz,
    "hugo": layouts_news.hugo,
}
PREFIXES = ("", "g-", "x-", "site-", "v2-", "n-", "c-", "zw-")


def prefix(site_key: str, gen: int) -> str:
    """The site's class-name prefix; a redesign brings new class names."""
    return random.Random(f"cjk3-prefix:{site_key}:{gen}").choice(PREFIXES[1:] if gen else PREFIXES[:4])


def render(state: State) -> str:
    return LAYOUTS[state.layout](state, prefix(state.site.key, state.gen))
