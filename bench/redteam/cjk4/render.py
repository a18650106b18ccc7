"""A capture's HTML from its ``State``: the head every family shares (charset label as the site's
server writes it, keywords, the family's assets), then one of five structures, then the footer
with its record numbers, counters and vendor tags."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import html
import zlib
from urllib.parse import urlsplit

from .blocks import SERVICE_KINDS, extras, inline_css, mobile_menu, services
from .labels import ADDRESS, NAV, NAV_REDESIGN, WORDS
from .sites import Site
from .skins import SKINS, Skin, fmt_date
from .state import Item, State
from .vendors import vendor_tag

ON = ' class="on"'
CUR = ' class="cur"'
HEAD_VENDORS = frozenset({"gtag", "bootcdn-jquery", "jsdelivr", "naver-wcs"})
GREY = (
    '<style type="text/css">html{filter:grayscale(100%);-webkit-filter:grayscale(100%);'
    "-moz-filter:grayscale(100%);filter:progid:DXImageTransform.Microsoft.BasicImage(grayscale=1);}</style>"
)
SIDE_LINKS = {
    "zh-Hans": (
        "领导之窗",
        "依申请公开",
        "政府信息公开年报",
        "网上信访",
        "12345热线",
        "政策文件库",
        "互动回应",
    ),
    "zh-Hant": ("議員名單", "會議時間表", "常見問題", "下載專區", "相關連結"),
    "ja": ("よくある質問", "各課の連絡先", "申請書ダウンロード", "広報きたはま", "市長の部屋"),
    "ko": ("도지사실", "민원안내", "전자민원", "도정홍보", "조직도"),
}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def _origin(site: Site, state: State) -> str:
    return f"{'https' if state.https else 'http'}://{site.host}"


def head(site: Site, state: State, skin: Skin) -> str:
    charset = ""
    if site.declare in ("meta", "both") or (site.declare == "header" and state.charset != site.charset):
        charset = (
            f'<meta charset="{state.charset}">'
            if skin.doctype.startswith("<!") and "XHTML" not in skin.doctype
            else f'<meta http-equiv="Content-Type" content="text/html; charset={state.charset}" />'
        )
    elif site.declare == "http-equiv":
        charset = f'<meta http-equiv="Content-Type" content="text/html; charset={state.charset}" />'
    lines = [
        charset,
        f"<title>{esc(site.name)}</title>",
        f'<meta name="keywords" content="{esc(site.name)},{esc(",".join(state.columns[:3]))}" />',
        f'<meta name="description" content="{esc(site.name)}官方网站" />'
        if site.lang == "zh-Hans"
        else f'<meta name="description" content="{esc(site.name)}" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        if skin.structure == "html5"
        else "",
        skin.head.replace("{build}", state.build),
        inline_css(skin) if skin.structure != "live" else "",
    ]
    if site.region == "mainland" and site.bsm:
        lines.insert(
            1,
            f'<meta name="SiteName" content="{esc(site.name)}" />\n<meta name="SiteDomain" '
            f'content="{site.host}" />\n<meta name="SiteIDCode" content="{site.bsm}" />',
        )
    lines += [vendor_tag(v, state.account + i) for i, v in enumerate(state.vendors) if v in HEAD_VENDORS]
    if state.mourning:
        lines.append(GREY)
    return "\n".join(x for x in lines if x)


def _link(item: Item, skin: Skin, cls: str, long_title: bool = True) -> str:
    title = esc(item.title)
    shown = title if long_title or len(item.title) <= 24 else esc(item.title[:23]) + "…"
    return f'<a href="{esc(item.url)}" target="_blank" title="{title}" class="{cls}">{shown}</a>'


def _nav(site: Site, state: State, redesigned: bool) -> list[str]:
    labels = (NAV_REDESIGN if redesigned else NAV)[site.lang]
    return list(labels)


def _banner(state: State, prefix: str) -> str:
    parts = []
    if state.emergency:
        parts.append(
            f'<div class="{prefix}-urgent" id="urgentNotice"><strong>{esc(state.emergency)}</strong></div>'
        )
    if state.banner:
        parts.append(
            f'<div class="{prefix}-special"><img src="/images/zt/banner_{zlib.crc32(state.banner.encode()) % 97}.jpg" '
            f'alt="{esc(state.banner)}" width="1000" height="90" /></div>'
        )
    return "\n".join(parts)


def _focus(state: State, skin: Skin) -> str:
    slides = "\n".join(
        f'<li><a href="{esc(it.url)}" target="_blank"><img src="/picture/{skin.prefix}{n}_{it.date:%Y%m%d}.jpg" '
        f'alt="{esc(it.title)}" /></a><p>{esc(it.title)}</p></li>'
        for n, it in enumerate(state.focus)
    )
    return f'<div class="{skin.prefix}-focus swiper-container" id="focusPic"><ul class="swiper-wrapper">\n{slides}\n</ul></div>'


def table_body(site: Site, state: State, skin: Skin, redesigned: bool) -> str:
    p, words = skin.prefix, WORDS[site.lang]
    nav = "".join(
        f'<td class="{p}nav"><a href="/col/col{i + 10}/index.html">{esc(x)}</a></td>'
        for i, x in enumerate(_nav(site, state, redesigned))
    )
    boxes = []
    for col, (name, items) in enumerate(zip(state.columns, state.lists, strict=False)):
        rows = "\n".join(
            f'<tr><td width="12"><img src="/images/{p}dot.gif" width="4" height="4" /></td><td class="{p}li">'
            f'{_link(it, skin, f"{p}a", False)}</td><td class="{p}date" align="right">{fmt_date(skin.date, it.date)}</td></tr>'
            for it in items[: skin.rows]
        )
        boxes.append(
            f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="{p}box">\n<tr><td class="{p}tit" '
            f'colspan="2">{esc(name)}</td><td align="right"><a href="/col/col{col + 20}/index.html">{words["more"]}</a>'
            f"</td></tr>\n{rows}\n</table>"
        )
    side = "".join(
        f'<tr><td class="{p}sidelink"><a href="/col/col{80 + i}/index.html">{esc(x)}</a></td></tr>'
        for i, x in enumerate(SIDE_LINKS[site.lang])
    )
    marquee = ""
    if state.lists and state.lists[min(1, len(state.lists) - 1)]:
        first = state.lists[min(1, len(state.lists) - 1)][0]
        marquee = (
            f'<marquee direction="up" scrollamount="2" height="120">{_link(first, skin, p + "m")}</marquee>'
        )
    return (
        f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">\n<tr><td><img src="/images/'
        f'{p}top.jpg" width="1000" height="160" alt="{esc(site.name)}" /></td></tr>\n</table>\n'
        f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="{p}navbar"><tr>{nav}</tr></table>\n'
        f'{_banner(state, p)}\n<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">\n<tr>'
        f'<td width="720" valign="top">\n{_focus(state, skin)}\n'
        + "\n".join(boxes)
        + f'\n</td>\n<td width="10"></td>\n<td width="270" valign="top" class="{p}side">\n<table width="100%">{side}</table>'
        f'\n{marquee}\n<div class="{p}counter">{esc(words["visits"].format(n=state.counter))}</div>\n</td></tr>\n</table>'
    )


def div_body(site: Site, state: State, skin: Skin, redesigned: bool) -> str:
    p, words = skin.prefix, WORDS[site.lang]
    nav = "\n".join(
        f'<li{ON if i == 0 else ""}><a href="/{p}/col{i}/index.html">{esc(x)}</a></li>'
        for i, x in enumerate(_nav(site, state, redesigned))
    )
    tabs = "".join(
        f'<span{CUR if i == 0 else ""} data-tab="{i}">{esc(n)}</span>' for i, n in enumerate(state.columns)
    )
    panes = []
    for col, items in enumerate(state.lists):
        lis = "\n".join(
            f'<li>{_link(it, skin, "")}<span class="{p}-time">{fmt_date(skin.date, it.date)}</span></li>'
            for it in items[: skin.rows]
        )
        hidden = "" if col == 0 else ' style="display:none"'
        panes.append(f'<ul class="{p}-list" id="{p}Tab{col}"{hidden}>\n{lis}\n</ul>')
    side = "\n".join(
        f'<li><a href="/{p}/side/{i}.html">{esc(x)}</a></li>' for i, x in enumerate(SIDE_LINKS[site.lang])
    )
    return (
        f'<div class="{p}-top"><div class="{p}-wrap"><a href="/" class="{p}-logo"><img src="/images/{p}_logo.png" '
        f'alt="{esc(site.name)}" /></a><form class="{p}-search" action="/jsearch/search.do" method="get"><input type="text" '
        f'name="q" placeholder="{words["search"]}" /><button type="submit">{words["search"]}</button></form></div></div>\n'
        f'<div class="{p}-nav"><ul class="{p}-wrap">\n{nav}\n</ul></div>\n{_banner(state, p)}\n'
        f'<div class="{p}-main {p}-wrap">\n<div class="{p}-left">\n{_focus(state, skin)}\n'
        f'<div class="{p}-tab">{tabs}<a class="{p}-more" href="/{p}/list.html">{words["more"]}</a></div>\n'
        + "\n".join(panes)
        + f'\n</div>\n<div class="{p}-right"><ul class="{p}-quick">\n{side}\n</ul>\n<div class="{p}-qr"><img src="/images/qrcode_wx.png" '
        f'alt="" /><p>{words["qr"]}</p></div>\n<p class="{p}-count">{esc(words["visits"].format(n=state.counter))}</p></div>\n</div>'
    )


def _card_grid(p: str, col: int, name: str, items: list[Item], skin: Skin, more: str) -> str:
    cards = "\n".join(
        f'<article class="{p}-card"><a class="{p}-card__media" href="{esc(it.url)}"><img loading="lazy" '
        f'src="/uploads/{it.date:%Y/%m}/{p}{col}{k}_{it.date:%d%H%M}.jpg" alt=""></a><div class="{p}-card__body">'
        f'<h3 class="{p}-card__title"><a href="{esc(it.url)}">{esc(it.title)}</a></h3><span class="{p}-card__date">'
        f"{fmt_date(skin.date, it.date)}</span></div></article>"
        for k, it in enumerate(items)
    )
    return (
        f'<section class="{p}-grid-wrap"><div class="{p}-grid-head"><h2>{esc(name)}</h2><a href="/list/{col}/">{more}</a>'
        f'</div><div class="{p}-grid">\n{cards}\n</div></section>'
    )


def html5_body(site: Site, state: State, skin: Skin, redesigned: bool) -> str:
    p, words = skin.prefix, WORDS[site.lang]
    nav = "\n".join(
        f'<li class="{p}-menu__item"><a href="/{x}/">{esc(x)}</a></li>'
        if site.lang == "ko"
        else f'<li class="{p}-menu__item"><a href="/channel/{i}/">{esc(x)}</a></li>'
        for i, x in enumerate(_nav(site, state, redesigned))
    )
    sections = []
    for col, (name, items) in enumerate(zip(state.columns, state.lists, strict=False)):
        cards = "\n".join(
            f'<li class="{p}-feed__item"><h3 class="{p}-feed__title">{_link(it, skin, f"{p}-feed__link")}</h3>'
            f'<time datetime="{it.date:%Y-%m-%d}">{fmt_date(skin.date, it.date)}</time></li>'
            for it in items[: skin.rows]
        )
        if skin.cards:
            sections.append(_card_grid(p, col, name, items[: skin.rows], skin, words["more"]))
            continue
        sections.append(
            f'<section class="{p}-block {p}-block--{col}" aria-labelledby="{p}h{col}">\n<h2 id="{p}h{col}" '
            f'class="{p}-block__title">{esc(name)}<a href="/channel/{col}/" class="{p}-more">{words["more"]}</a>'
            f'</h2>\n<ul class="{p}-feed">\n{cards}\n</ul>\n</section>'
        )
    side = "\n".join(
        f'<li><a href="/service/{i}/">{esc(x)}</a></li>' for i, x in enumerate(SIDE_LINKS[site.lang])
    )
    lead = ""
    if state.focus:
        top = state.focus[0]
        lead = (
            f'<article class="{p}-lead"><h1 class="{p}-lead__title"><a href="{esc(top.url)}">{esc(top.title)}</a>'
            f'</h1><p class="{p}-lead__meta">{fmt_date(skin.date, top.date)}</p></article>'
        )
    return (
        f'<header class="{p}-header"><div class="{p}-container"><a class="{p}-brand" href="/"><img src="/assets/logo-'
        f'{p}.svg" alt="{esc(site.name)}" height="56"></a><button class="{p}-burger" aria-label="menu"></button>'
        f'<nav class="{p}-menu" aria-label="main"><ul>\n{nav}\n</ul></nav></div></header>\n{_banner(state, p)}\n'
        f'<main id="main" class="{p}-container {p}-home">\n{lead}\n{_focus(state, skin)}\n'
        + "\n".join(sections)
        + f'\n<aside class="{p}-aside"><h2>{words["contact"]}</h2><ul>\n{side}\n</ul></aside>\n</main>'
    )


def epaper_body(site: Site, state: State, skin: Skin, redesigned: bool) -> str:
    p = skin.prefix
    pages = "\n".join(
        f'<li><a href="node_{i + 2}.htm" id="pageLink">{esc(n)}</a><a href="../../../images/'
        f'{state.when:%Y-%m/%d}/0{i + 1}/PDF.pdf" class="{p}pdf">PDF</a></li>'
        for i, n in enumerate(state.columns)
    )
    areas = "\n".join(
        f'<area shape="polygon" coords="{20 + k * 30},{40 + k * 60},{400},{40 + k * 60},{400},{90 + k * 60}" '
        f'href="{esc(it.url)}" alt="{esc(it.title)}">'
        for k, it in enumerate(state.lists[0][: skin.rows])
    )
    titles = "\n".join(
        f'<li><a href="{esc(it.url)}">{esc(it.title)}</a></li>' for it in state.lists[0][: skin.rows]
    )
    others = "\n".join(
        f'<li><a href="{esc(it.url)}">{esc(it.title)}</a></li>'
        for items in state.lists[1:]
        for it in items[:3]
    )
    return (
        f'<div class="{p}head"><img src="../../../images/masthead.gif" alt="{esc(site.name)}"><span class="{p}date">'
        f"{fmt_date(skin.date, state.when)} 星期{'一二三四五六日'[state.when.weekday()]}</span></div>\n{_banner(state, p)}\n"
        f'<div class="{p}body"><div class="{p}pic"><img src="../../../images/{state.when:%Y-%m/%d}/01/b_{state.build}.jpg" '
        f'usemap="#PagePicMap" width="380" height="580" border="0" alt=""><map name="PagePicMap">\n{areas}\n</map></div>\n'
        f'<div class="{p}list"><h3>{esc(state.columns[0])}</h3><ul>\n{titles}\n</ul><h4>其他版面</h4><ul>\n{others}\n</ul></div>'
        f'\n<div class="{p}pages"><ul>\n{pages}\n</ul></div></div>'
    )


def live_body(site: Site, state: State, skin: Skin, redesigned: bool) -> str:
    p = skin.prefix
    rows = []
    merged = sorted(
        (it for items in state.lists for it in items[: skin.rows]), key=lambda it: it.date, reverse=True
    )
    for it in merged[:30]:
        rows.append(
            f'<li class="{p}-live-item"><span class="{p}-clock">{it.date:%H:%M}</span><a href="{esc(it.url)}" '
            f'target="_blank">{esc(it.title)}</a></li>'
        )
    tabs = "".join(f'<a href="/live/{i}/" class="{p}-chan">{esc(n)}</a>' for i, n in enumerate(state.columns))
    return (
        f'<div class="{p}-head"><h1>{esc(site.name)}</h1><p class="{p}-upd">更新时间：{state.when:%Y-%m-%d %H:%M}</p>'
        f'<div class="{p}-chans">{tabs}</div></div>\n{_banner(state, p)}\n<div class="{p}-live"><ul id="liveList">\n'
        + "\n".join(rows)
        + "\n</ul></div>"
    )


STRUCTURES = {
    "table": table_body,
    "div": div_body,
    "html5": html5_body,
    "epaper": epaper_body,
    "live": live_body,
}


def _city(site: Site) -> str:
    for mark in ("市", "省"):
        if mark in site.name:
            return site.name[: site.name.index(mark) + 1]
    return "临川市"


def footer(site: Site, state: State, skin: Skin) -> str:
    words = WORDS[site.lang]
    lines = [
        f'<div class="{skin.prefix}-footer" id="footer">',
        f'<p><a href="/sitemap.html">{words["map"]}</a> | <a href="/contact.html">{words["contact"]}</a></p>',
        f"<p>{esc(words['host'].format(name=site.name))}</p>",
        "<p>"
        + esc(ADDRESS[site.region].replace("{city}", _city(site)).replace("{n}", str(len(site.host))))
        + "</p>",
    ]
    if site.region == "mainland":
        if site.icp:
            lines.append(
                f'<p><a href="https://beian.miit.gov.cn/" target="_blank">{site.icp}</a>　'
                f'<img src="/images/ga.png" alt="" />{words["psb"].format(n=f"33010{len(site.host)}02000{len(site.key)}12")}'
                + (f"　{words['bsm'].format(bsm=site.bsm)}" if site.bsm else "")
                + "</p>"
            )
    else:
        lines.append(
            f"<p>{esc(words['psb'])}　{esc(words['bsm'].format(bsm=len(site.host) * 7919, date=state.when.strftime('%Y-%m-%d')))}</p>"
        )
    lines += [vendor_tag(v, state.account + i) for i, v in enumerate(state.vendors) if v not in HEAD_VENDORS]
    lines.append("</div>")
    return "\n".join(lines)


def render(site: Site, state: State) -> str:
    skin = SKINS[state.family]
    redesigned = state.family == site.redesign_family
    body = STRUCTURES[skin.structure](site, state, skin, redesigned)
    if skin.structure in ("div", "html5"):
        body = mobile_menu(_nav(site, state, redesigned), state.columns, skin.prefix) + "\n" + body
    marker = skin.marker.replace("{build}", state.build)
    lang = {"zh-Hans": "zh-CN", "zh-Hant": "zh-Hant-" + site.region.upper(), "ja": "ja", "ko": "ko"}[
        site.lang
    ]
    opener = (
        f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">'
        if "XHTML" in skin.doctype
        else f'<html lang="{lang}">'
    )
    return (
        f"{skin.doctype}\n{opener}\n<head>\n{head(site, state, skin)}\n</head>\n<body>\n{marker}\n{body}\n"
        f"{services(site, state, skin) if site.kind in SERVICE_KINDS else ''}\n"
        f"{extras(site, state, skin) if skin.structure != 'live' else ''}\n{footer(site, state, skin)}\n</body>\n</html>\n"
    )


def origin(site: Site, state: State) -> str:
    return _origin(site, state)


def host_of(url: str) -> str:
    return urlsplit(url).hostname or ""
