"""A site's front page for one state, as text and as the bytes its server sends."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from . import templates_cn, templates_intl
from .furniture import bulk, floating_window, sidebar
from .parts import content_type
from .sites import Site
from .state import State

Template = Callable[[Site, State, str], str]

FAMILIES: dict[str, Template] = {
    "hanweb": templates_cn.hanweb,
    "trs": templates_cn.trs,
    "spa": templates_cn.spa,
    "dede": templates_cn.dede,
    "phpcms": templates_cn.phpcms,
    "empire": templates_cn.empire,
    "vsb": templates_intl.vsb,
    "drupal": templates_intl.drupal,
    "wordpress": templates_intl.wordpress,
    "govhk": templates_intl.govhk,
    "jpcms": templates_intl.jpcms,
    "egov": templates_intl.egov,
}

_FOOTER = re.compile(r"<(?:footer|div)\b[^>]*(?:id|class)=\"[^\"]*(?:foot|Footer)[^\"]*\"[^>]*>")
REDESIGN_PREFIX = "n"  # a redesign's CSS classes get a new prefix


def family_of(site: Site, state: State) -> str:
    return site.redesign if state.redesigned else site.family


# A redesign brings new navigation: these entries join the site's first and middle ones.
NEW_NAV: dict[str, tuple[str, ...]] = {
    "zh-CN": ("要闻", "一网通办", "数据发布", "解读回应"),
    "zh-HK": ("最新動向", "服務指南", "多媒體"),
    "zh-MO": ("即時", "影音", "專題"),
    "zh-TW": ("精選", "排行榜", "作者專區"),
    "ja": ("お知らせ", "手続き・申請", "よくある質問"),
    "ko": ("알림소식", "열린시장실", "분야별안내"),
}


def page_text(site: Site, state: State) -> str:
    prefix = REDESIGN_PREFIX + site.prefix + "24" if state.redesigned else site.prefix
    if state.redesigned:
        site = replace(site, nav=(site.nav[0], *NEW_NAV[site.lang], *site.nav[2:4]))
    text = FAMILIES[family_of(site, state)](site, state, prefix)
    found = _FOOTER.search(text)
    at = found.start() if found else text.rfind("</body>")
    extra = (
        sidebar(site, state, prefix)
        + bulk(site, prefix)
        + (floating_window(prefix, state.banner) if site.lang == "zh-CN" else "")
    )
    return text[:at] + extra + text[at:]


def encode(site: Site, text: str) -> bytes:
    """The bytes as served: the site's real codec, characters it lacks as numeric references."""
    return text.encode(site.codec, "xmlcharrefreplace")


def headers(site: Site) -> dict[str, str]:
    return {"content-type": content_type(site)}
