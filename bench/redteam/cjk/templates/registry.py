"""Template name -> render function."""

from __future__ import annotations

from collections.abc import Callable

from ..model import View
from .gov import district_table, hanweb_city, ministry_tabs, trs_portal
from .hant import hk_news, hk_press, mo_bilingual, tw_portal
from .misc import jp_city, vsb_campus
from .news import live_rolling, news_portal, regional_tables
from .redesign import campus_modern, gov_modern_a, gov_modern_b, live_modern, news_modern

TEMPLATES: dict[str, Callable[[View], str]] = {
    "trs-portal": trs_portal,
    "hanweb-city": hanweb_city,
    "ministry-tabs": ministry_tabs,
    "district-table": district_table,
    "news-portal": news_portal,
    "live-rolling": live_rolling,
    "regional-tables": regional_tables,
    "hk-news": hk_news,
    "hk-press": hk_press,
    "mo-bilingual": mo_bilingual,
    "tw-portal": tw_portal,
    "vsb-campus": vsb_campus,
    "jp-city": jp_city,
    "gov-modern-a": gov_modern_a,
    "gov-modern-b": gov_modern_b,
    "news-modern": news_modern,
    "live-modern": live_modern,
    "campus-modern": campus_modern,
}


def render(view: View) -> str:
    name = view.site.redesign if view.redesigned and view.site.redesign else view.site.template
    return TEMPLATES[name](view)
