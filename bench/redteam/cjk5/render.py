# ruff: noqa: RUF001 - full-width CJK punctuation is the text itself
"""A capture's HTML: the site's old design (skin 0) or its redesign (skin 1) around the state."""

from __future__ import annotations

import html

from . import chrome
from .extras import alert_block, banner_block, kind_block, toolbar_scripts
from .sites import Site
from .state import Item, State
from .text import SENTENCES
from .vendors import snippet

LANG = {"zh-Hans": "zh-CN", "zh-Hant": "zh-HK", "ja": "ja", "ko": "ko"}
BOARD_KINDS = {"bank", "court", "water"}
MOURNING = "<style>html{filter:grayscale(100%);-webkit-filter:grayscale(100%);}</style>"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def prefix(site: Site) -> str:
    return site.key.split("-")[0][:4]


def host(site: Site, state: State) -> str:
    return f"{state.scheme}://" + site.url.split("://", 1)[1].split("/", 1)[0]


def head(site: Site, state: State) -> str:
    meta = ""
    label = state.flags.get("meta_label", state.charset)
    if state.declare in ("meta", "both"):
        meta = (
            f'<meta http-equiv="Content-Type" content="text/html; charset={label}" />'
            if state.skin == 0
            else f'<meta charset="{label}">'
        )
    doctype = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        if state.skin == 0
        else "<!DOCTYPE html>"
    )
    title = site.name if state.skin == 0 else f"{chrome.words(site)['home']} - {site.name}"
    css = "/css/style.css" if state.skin == 0 else f"/static/{prefix(site)}/css/main.min.css"
    vendors_head = "\n".join(snippet(site, v) for v in state.vendors if v in ("gtag", "naver-wcs"))
    return (
        f'{doctype}\n<html lang="{LANG[site.language]}">\n<head>\n{meta}\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{esc(title)}</title>\n'
        f'<meta name="description" content="{esc(site.name)}">\n'
        f'<link rel="stylesheet" href="{css}?v={state.asset_version}">\n'
        f"{MOURNING if state.mourning else ''}\n{vendors_head}\n</head>\n"
    )


def item_list(site: Site, state: State, items: list[Item], board: bool) -> str:
    if board:
        rows = "".join(
            f'<tr><td class="num">{len(items) - n}</td><td class="subject"><a href="{esc(it.href)}">'
            f'{esc(it.title)}</a></td><td class="date">{it.day}</td></tr>\n'
            for n, it in enumerate(items)
        )
        return f'<table class="board"><tbody>\n{rows}</tbody></table>'
    lis = "".join(
        f'<li><a href="{esc(it.href)}" title="{esc(it.title)}" target="_blank">{esc(it.title)}</a>'
        f"<span>{it.day}</span></li>\n"
        for it in items
    )
    return f"<ul>\n{lis}</ul>"


def sections(site: Site, state: State) -> str:
    words = chrome.words(site)
    board = site.kind in BOARD_KINDS
    blocks = []
    for index in state.order:
        items = [it for it in state.items if it.section == index][:7]
        name = site.sections[index]
        more = f'<a class="more" href="/col/col{index + 101}/">{words["more"]}</a>'
        if state.skin == 0:
            blocks.append(
                f'<div class="box box{index}"><div class="box-t"><b>{esc(name)}</b>{more}</div>\n'
                f"{item_list(site, state, items, board)}\n</div>"
            )
        else:
            blocks.append(
                f'<section class="{prefix(site)}-panel" data-col="{index + 101}">\n<header class="panel-hd">'
                f"<h2>{esc(name)}</h2>{more}</header>\n{item_list(site, state, items, board)}\n</section>"
            )
    if state.extra_column:
        blocks.append(
            f'<div class="box box-new"><div class="box-t"><b>{esc(state.extra_column)}</b></div></div>'
        )
    return "\n".join(blocks)


def top_story(site: Site, state: State) -> str:
    top = next((it for it in state.items if it.section == 0), None)
    if top is None:
        return ""
    tag = "h2" if state.skin == 0 else "h1"
    return (
        f'<div class="headline"><{tag}><a href="{esc(top.href)}">{esc(top.title)}</a></{tag}>'
        f"<p>{esc(chrome.words(site)['top'])}　{top.day}</p>\n"
        f'<p class="summary">{esc(teaser(site, top.title))}</p></div>'
    )


def teaser(site: Site, title: str) -> str:
    """The lead story's summary line, fixed for a given headline."""
    pool = SENTENCES[site.language]
    return pool[chrome.hash_text(title) % len(pool)]


def toolbar(site: Site, state: State) -> str:
    words = chrome.words(site)
    parts = [f'<span class="date">{chrome.date_line(site, state.when)}</span>']
    if state.switcher:
        parts.append(f'<a href="javascript:void(0)" id="translateLink">{words["switch"]}</a>')
    if state.a11y:
        parts.append(f'<a href="javascript:void(0)" id="a11y-open">{words["a11y"]}</a>')
        parts.append(f'<a href="javascript:void(0)" id="elder-mode">{words["elder"]}</a>')
    return " ".join(parts)


def render(site: Site, state: State) -> str:
    words = chrome.words(site)
    base = host(site, state)
    nav = "".join(
        f'<li><a href="{base}/col/col{n + 101}/">{esc(s)}</a></li>' for n, s in enumerate(site.sections)
    )
    nav = f'<li><a href="{base}/">{words["home"]}</a></li>{nav}'
    alert, banner = alert_block(site, state), banner_block(site, state)
    foot = chrome.footer(site, state.when)
    tail = "\n".join(snippet(site, v) for v in state.vendors if v not in ("gtag", "naver-wcs"))
    tail = f"{toolbar_scripts(site, state)}\n{tail}"
    search = (
        f'<form action="/search/" method="get"><input name="q" placeholder="{words["search"]}">'
        f'<button type="submit">{words["go"]}</button></form>'
    )
    if state.skin == 0:
        body = (
            f'<body>\n<div class="{prefix(site)}-top">{toolbar(site, state)}</div>\n'
            f'<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center" class="head">'
            '<tr><td><img src="/images/head_banner.jpg" width="1002" height="150" '
            f'alt="{esc(site.name)}"></td>'
            f"<td>{search}</td></tr></table>\n"
            f'<div class="nav"><ul>{nav}</ul></div>\n{alert}\n{banner}\n'
            f'<table width="1002" align="center" class="main"><tr><td>{top_story(site, state)}\n'
            f"{kind_block(site, state)}</td></tr>\n<tr><td>\n{sections(site, state)}\n</td></tr></table>\n"
            f'<div class="foot">{foot}<br>{words["visits"]}：{state.visits}</div>\n{tail}\n</body>\n</html>\n'
        )
    else:
        body = (
            f'<body class="{prefix(site)}-site">\n<header class="site-header">\n<div class="topbar">'
            f"{toolbar(site, state)}</div>\n"
            f'<div class="brand"><a href="{base}/"><img src="/static/{prefix(site)}/img/logo.svg" '
            f'alt="{esc(site.name)}"></a>{search}</div>\n<nav class="main-nav"><ul>{nav}</ul></nav>\n</'
            "header>\n"
            f'{alert}\n<main id="content">\n{banner}\n{top_story(site, state)}\n{kind_block(site, state)}\n'
            f'<div class="grid">\n{sections(site, state)}\n</div>\n</main>\n'
            f'<footer class="site-footer"><p>{foot}</p></footer>\n{tail}\n</body>\n</html>\n'
        )
    return head(site, state) + body
