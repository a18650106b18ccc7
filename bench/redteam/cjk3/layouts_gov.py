"""Government and institution template families: an old TRS-style table layout, the provincial
intensive-platform (集约化) template, a VSB/SiteFactory-style school template, a Japanese CMS, a Korean
eGov-style template and a bilingual HK/Macao/Taiwan layout."""

# ruff: noqa: E501

from __future__ import annotations

from .common import alert, banner, esc, footer_lines, head, link, qr, scripts
from .data.vocab_hant import EN, PT
from .state import State
from .ui import date, nav_labels, words

DOCTYPE_OLD = (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
)


def _nav(state: State, cls: str, item_tag: str = "li") -> str:
    labels = nav_labels(state.site.lang, state.site.topic, state.gen)
    cells = "".join(
        f'<{item_tag}><a href="/{"" if n == 0 else f"col/col{100 + n}/"}">{esc(t)}</a></{item_tag}>'
        for n, t in enumerate(labels)
    )
    return f'<ul class="{cls}">{cells}</ul>' if item_tag == "li" else cells


def _rows(state: State, column: int, count: int, cls: str, datestyle: int = 0) -> str:
    return "\n".join(
        f'<li class="{cls}">{link(it.url, state.title(it))}<span>{date(it.published, state.site.lang, datestyle)}'
        "</span></li>"
        for it in state.column(column, count)
    )


def _footer(state: State, cls: str) -> str:
    return f'<div class="{cls}">' + "".join(f"<p>{line}</p>" for line in footer_lines(state)) + "</div>"


def trs_table(state: State, p: str) -> str:
    """An old table layout (TRS WCM era): fixed-width tables, td classes, image titles."""
    w = words(state.site.lang)
    cols = []
    for n, name in enumerate(state.columns[:4]):
        rows = "".join(
            f'<tr><td class="{p}dot" width="12"><img src="/images/dot.gif"></td><td class="{p}lb">'
            f'{link(it.url, state.title(it))}</td><td class="{p}rq" width="80">[{date(it.published, "zh-Hans", 1)}]</td></tr>'
            for it in state.column(n, 8)
        )
        cols.append(
            f'<td width="50%" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td class="{p}lm_title">{esc(name)}</td><td align="right"><a href="/col/col{200 + n}/">'
            f'{w["more"]}</a></td></tr><tr><td colspan="2"><table width="100%">{rows}</table></td></tr>'
            "</table></td>"
        )
    body = "</tr><tr>".join(
        cols[i] + (cols[i + 1] if i + 1 < len(cols) else "") for i in range(0, len(cols), 2)
    )
    return (
        f'{DOCTYPE_OLD}<html xmlns="http://www.w3.org/1999/xhtml">\n{head(state, state.site.name, "css/style.css", scripts(state, "head"))}\n'
        f'<body>\n<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">'
        f'<tr><td><img src="/images/top_{state.site.key}.jpg" width="1000" height="120" alt="{esc(state.site.name)}"></td></tr>'
        f'<tr><td class="{p}nav_bg"><table><tr>{_nav(state, "", "td")}</tr></table></td></tr>'
        f'<tr><td>{alert(state, p)}{banner(state, p)}</td></tr>\n<tr><td><table width="1000"><tr>{body}</tr></table></td></tr>'
        f'<tr><td class="{p}bottom">{_footer(state, p + "copyright")}</td></tr></table>\n'
        f"{scripts(state, 'body')}\n</body>\n</html>\n"
    )


def jiyue(state: State, p: str) -> str:
    """The provincial intensive-platform template: header bar with elderly/accessible modes, tabs."""
    w = words(state.site.lang)
    tabs = "".join(
        f'<li class="{p}tab{" on" if n == 0 else ""}" data-tab="{n}">{esc(c)}</li>'
        for n, c in enumerate(state.columns)
    )
    panes = "".join(
        f'<ul class="{p}list{" hide" if n else ""}">{_rows(state, n, 7, p + "item")}</ul>'
        for n in range(len(state.columns))
    )
    top = state.items[0] if state.items else None
    focus = (
        f'<div class="{p}focus"><h2>{link(top.url, state.title(top))}</h2></div>' if top is not None else ""
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{state.site.lang}">\n{head(state, "首页_" + state.site.name, "module/jslib/css/index.css", scripts(state, "head"))}\n'
        f'<body>\n<div class="{p}topbar"><span>{w["today"]}{date(state.when, "zh-Hant", 1)}</span>'
        f'<a href="javascript:;" id="{p}older">{w["older"]}</a><a href="javascript:;" id="{p}wza">{w["access"]}</a>'
        f'<a href="/m/">{w["mobile"]}</a></div>\n<header class="{p}header"><div class="{p}logo"><img src="/images/logo.png" '
        f'alt="{esc(state.site.name)}"></div><form class="{p}search" action="/jrobot/search.do"><input name="q" '
        f'placeholder="{w["searchph"]}"><button>{w["search"]}</button></form></header>\n'
        f'<nav class="{p}nav">{_nav(state, p + "menu")}</nav>\n{alert(state, p)}\n{banner(state, p)}\n'
        f'<main class="{p}main">{focus}<div class="{p}tabs"><ul class="{p}tabhead">{tabs}</ul>{panes}</div>'
        f'<aside class="{p}side">{qr(state, p)}</aside></main>\n'
        f'<footer class="{p}footer">{_footer(state, p + "copy")}</footer>\n{scripts(state, "body")}\n</body>\n</html>\n'
    )


def vsb(state: State, p: str) -> str:
    """A VSB / SiteFactory-style template: wp_ ids per column block, 'line_u' numbered items."""
    w = words(state.site.lang)
    blocks = []
    for n, name in enumerate(state.columns):
        items = "".join(
            f'<li id="line_u{n + 5}_{i}"><a href="{it.url.replace("https://" + state.site.host, "")}" '
            f'target="_blank" title="{esc(state.title(it))}">{esc(state.title(it))}</a>'
            f'<span class="{p}time">{date(it.published, "zh-Hans")}</span></li>'
            for i, it in enumerate(state.column(n, 6))
        )
        blocks.append(
            f'<div class="{p}block" id="wp_news_w{n + 5}"><div class="{p}bt"><h3>{esc(name)}</h3>'
            f'<a href="/{["xwzx", "tzgg", "xsdt", "mtjj"][n % 4]}.htm" class="{p}more">{w["more"]}</a></div>'
            f"<ul>{items}</ul></div>"
        )
    return (
        f"<!DOCTYPE html>\n<html>\n{head(state, state.site.name, 'dfiles/style.css', scripts(state, 'head'))}\n"
        f'<body>\n<div class="{p}head"><div class="{p}w1200"><a href="/index.htm"><img src="/images/logo.png"></a>'
        f'<div class="{p}quick"><a href="/xxgk.htm">信息公开</a> | <a href="https://mail.{state.site.host.split(".", 1)[1]}">'
        f'邮箱</a> | <a href="/vpn.htm">VPN</a></div></div></div>\n<div class="{p}menu">{_nav(state, "")}</div>\n'
        f'{alert(state, p)}{banner(state, p)}\n<div class="{p}w1200 {p}content">{"".join(blocks)}</div>\n'
        f'<div class="{p}foot">{_footer(state, p + "copyright")}<p>Copyright © 2024 {esc(state.site.name)}</p></div>\n'
        f'<script type="text/javascript" src="/system/resource/js/counter.js"></script>\n{scripts(state, "body")}\n</body>\n</html>\n'
    )


def jpcms(state: State, p: str) -> str:
    """A Japanese municipal/ministry CMS: tmp_ ids, breadcrumb, new-arrivals list with dates."""
    w = words("ja")
    rows = "".join(
        f'<li><span class="{p}date">{date(it.published, "ja", 1)}</span>{link(it.url, state.title(it))}</li>'
        for it in state.items[:14]
    )
    return (
        f'<!DOCTYPE html>\n<html lang="ja">\n{head(state, state.site.name, "shared/style/default.css", scripts(state, "head"))}\n'
        f'<body class="{p}body">\n<div id="{p}wrapper"><div id="{p}header"><p id="{p}logo"><a href="/">'
        f'<img src="/shared/images/logo.png" alt="{esc(state.site.name)}"></a></p><ul id="{p}hnavi">'
        f'<li><a href="/sitemap.html">{w["sitemap"]}</a></li><li><a href="/foreign/">Foreign Language</a></li>'
        f'<li><a href="/contact/">{w["contact"]}</a></li></ul></div>\n<div id="{p}gnavi">{_nav(state, "")}</div>\n'
        f'{alert(state, p)}{banner(state, p)}\n<div id="{p}contents"><h2>{esc(state.columns[0])}</h2><ul class="{p}news">{rows}</ul>'
        f'<p class="{p}more"><a href="/blog/index.html">{w["more"]}</a></p></div>\n'
        f'<div id="{p}footer">{_footer(state, p + "footer_inner")}<p lang="en">Copyright (C) Ministry. All Rights Reserved.</p></div>'
        f"</div>\n{scripts(state, 'body')}\n</body>\n</html>\n"
    )


def krgov(state: State, p: str) -> str:
    """A Korean public-agency template: gnb, tab boards, quick menu, accessibility marks."""
    w = words("ko")
    boards = "".join(
        f'<div class="{p}board"><h3>{esc(c)}</h3><ul>{_rows(state, n, 5, "", 0)}</ul>'
        f'<a class="{p}more" href="/board/list.do?bbsId=BBSMSTR_00000000000{n}">{w["more"]}</a></div>'
        for n, c in enumerate(state.columns)
    )
    return (
        f'<!DOCTYPE html>\n<html lang="ko">\n{head(state, state.site.name, "resources/css/main.css", scripts(state, "head"))}\n'
        f'<body>\n<div id="{p}skip"><a href="#{p}container">본문 바로가기</a></div>\n<div id="{p}wrap">'
        f'<header id="{p}header"><h1><a href="/">{esc(state.site.name)}</a></h1><div class="{p}gnb">{_nav(state, "depth1")}</div>'
        f'<div class="{p}util"><a href="/search.do">{w["search"]}</a><a href="/eng/">ENG</a></div></header>\n'
        f'{alert(state, p)}{banner(state, p)}\n<div id="{p}container">{boards}<div class="{p}quick">'
        f'<a href="/minwon.do">민원신청</a><a href="/open.do">정보공개청구</a></div></div>\n'
        f'<footer id="{p}footer">{_footer(state, p + "addr")}<img src="/images/wa_mark.png" alt="{w["access"]} 인증마크"></footer>'
        f"</div>\n{scripts(state, 'body')}\n</body>\n</html>\n"
    )


def bilingual(state: State, p: str) -> str:
    """HK / Macao / Taiwan government layout: language switch, press list, second-language column."""
    w = words(state.site.lang)
    second = PT if state.site.second == "pt" else EN
    day = state.when.toordinal()
    other = "".join(f'<li><a href="/{state.site.second or "en"}/news/{day - i}/">{second[(day + i) % len(second)]}</a></li>'
                    for i in range(4))  # fmt: skip
    lists = "".join(
        f'<section class="{p}sec"><h2>{esc(c)}</h2><ul>{_rows(state, n, 8, p + "row", 1)}</ul></section>'
        for n, c in enumerate(state.columns)
    )
    return (
        f'<!DOCTYPE html>\n<html lang="zh-Hant">\n{head(state, state.site.name, "assets/css/site.css", scripts(state, "head"))}\n'
        f'<body>\n<header class="{p}masthead"><a class="{p}brand" href="/">{esc(state.site.name)}</a>'
        f'<div class="{p}lang"><a href="/zh-hant/">繁</a> <a href="/zh-hans/">简</a> <a href="/{state.site.second or "en"}/">'
        f"{'Português' if state.site.second == 'pt' else 'English'}</a></div>"
        f'<form class="{p}search" action="/search"><input name="query" placeholder="{w["searchph"]}"></form></header>\n'
        f'<nav class="{p}nav">{_nav(state, p + "navlist")}</nav>\n{alert(state, p)}{banner(state, p)}\n'
        f'<main id="{p}content">{lists}<section class="{p}second" lang="{state.site.second or "en"}"><ul>{other}</ul></section></main>\n'
        f'<footer class="{p}foot">{_footer(state, p + "footinfo")}<p>© {state.when.year} {esc(state.site.name)}</p></footer>\n'
        f"{scripts(state, 'body')}\n</body>\n</html>\n"
    )
