"""News, media and blog template families: a rolling live page, a dense portal front page, a TV
programme page, a Ghost theme, a Discuz! portal and a Hugo static theme."""

# ruff: noqa: E501

from __future__ import annotations

from datetime import timedelta

from .common import alert, banner, esc, footer_lines, head, link, qr, scripts
from .state import State
from .ui import date, nav_labels, words


def _nav(state: State, cls: str) -> str:
    labels = nav_labels(state.site.lang, state.site.topic, state.gen)
    return (
        f'<ul class="{cls}">'
        + "".join(f'<li><a href="/{n}/">{esc(t)}</a></li>' for n, t in enumerate(labels))
        + "</ul>"
    )


def _foot(state: State, cls: str) -> str:
    return f'<div class="{cls}">' + "<br>".join(footer_lines(state)) + "</div>"


def _page(state: State, p: str, css: str, body: str, lang: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang or state.site.lang}">\n{head(state, state.site.name, css, scripts(state, "head"))}\n'
        f'<body class="{p}page">\n{body}\n{scripts(state, "body")}\n</body>\n</html>\n'
    )


def rolling(state: State, p: str) -> str:
    """A live page: one rolling list of timestamped flashes, newest first, refreshed every few minutes."""
    flashes = "".join(
        f'<li class="{p}flash"><time datetime="{it.published:%Y-%m-%dT%H:%M}">{it.published:%H:%M}</time>'
        f"{link(it.url, state.title(it))}</li>"
        for it in state.items[:30]
    )
    body = (
        f'<div class="{p}top"><a class="{p}logo" href="/">{esc(state.site.name)}</a>{_nav(state, p + "channels")}</div>\n'
        f'{alert(state, p)}<div class="{p}live"><h1>滚动新闻 <small>更新于 {state.when:%Y-%m-%d %H:%M}</small></h1>'
        f'<ul id="{p}list">{flashes}</ul><button class="{p}loadmore">加载更多</button></div>\n'
        f'<div class="{p}side">{qr(state, p)}<div class="{p}app">下载客户端</div></div>\n'
        f'<div class="{p}foot">{_foot(state, p + "info")}</div>\n'
        "<script>setTimeout(function(){location.reload()},300000);</script>"
    )
    return _page(state, p, "static/css/live.css", body)


def newsportal(state: State, p: str) -> str:
    """A dense portal front page: focus slider, headline block, four channel lists, hot ranking."""
    w = words(state.site.lang)
    top = state.items[:3]
    heads = "".join(f"<h2>{link(it.url, state.title(it), p + 'hl')}</h2>" for it in top[:1])
    heads += "".join(f"<p>{link(it.url, state.title(it))}</p>" for it in top[1:])
    slides = "".join(
        f'<li><a href="{it.url}"><img src="/img/focus/{it.k % 40}.jpg"><span>{esc(state.title(it))}</span></a></li>'
        for it in state.items[3:7]
    )
    chans = "".join(
        f'<div class="{p}chan"><div class="{p}chan_t"><b>{esc(c)}</b><a href="/{n}/">{w["more"]}</a></div><ul>'
        + "".join(
            f"<li>{link(it.url, state.title(it))}<em>{it.published:%m-%d}</em></li>"
            for it in state.column(n, 9)
        )
        + "</ul></div>"
        for n, c in enumerate(state.columns)
    )
    hot = "".join(
        f"<li><i>{i + 1}</i>{link(it.url, state.title(it))}</li>" for i, it in enumerate(state.items[7:17])
    )
    body = (
        f'<div class="{p}header"><div class="{p}logo"><a href="/"><img src="/img/logo.gif" alt="{esc(state.site.name)}"></a></div>'
        f'<div class="{p}weather">{date(state.when, state.site.lang, 1)}</div></div>\n<div class="{p}navbar">{_nav(state, "")}</div>\n'
        f'{alert(state, p)}{banner(state, p)}\n<div class="{p}main"><div class="{p}focus"><ul>{slides}</ul></div>'
        f'<div class="{p}headline">{heads}</div>{chans}<div class="{p}hot"><h3>排行</h3><ol>{hot}</ol></div></div>\n'
        f'<div class="{p}ad"><a href="/ad/click?id={state.banner}"><img src="/ad/{state.banner % 4}.gif"></a></div>\n'
        f'<div class="{p}footer">{_foot(state, "")}</div>'
    )
    return _page(state, p, "css/index2019.css", body)


def tvguide(state: State, p: str) -> str:
    """A TV station's programme page: today's schedule table, show news, live player box."""
    day0 = state.when.replace(hour=6, minute=0)
    shows = [it for it in state.items[:12]]
    rows = "".join(
        f'<tr class="{p}{"now" if (day0 + timedelta(minutes=75 * i)) <= state.when < (day0 + timedelta(minutes=75 * (i + 1))) else "row"}">'
        f"<td>{day0 + timedelta(minutes=75 * i):%H:%M}</td><td>{esc(state.title(it)[:14])}</td></tr>"
        for i, it in enumerate(shows)
    )
    news = "".join(f"<li>{link(it.url, state.title(it))}</li>" for it in state.items[12:24])
    body = (
        f'<header class="{p}hd"><img src="/images/logo_jhtv.png" alt="{esc(state.site.name)}">{_nav(state, p + "nav")}</header>\n'
        f'{alert(state, p)}<section class="{p}player"><div id="{p}live" data-src="https://live.{state.site.host.split(".", 1)[1]}/'
        f'jhws/index.m3u8">直播</div></section>\n<section class="{p}guide"><h2>节目单 {date(state.when, "zh-Hans")}</h2>'
        f'<table>{rows}</table></section>\n<section class="{p}news"><h2>台内动态</h2><ul>{news}</ul></section>\n'
        f'{banner(state, p)}<footer class="{p}ft">{_foot(state, "")}</footer>'
    )
    return _page(state, p, "tv/css/main.css", body)


def ghost(state: State, p: str) -> str:
    """A Ghost theme: post cards with excerpts and reading time."""
    cards = "".join(
        f'<article class="{p}card post tag-{it.column}"><a class="{p}card-link" href="{it.url}">'
        f'<header class="{p}card-header"><h2 class="{p}card-title">{esc(state.title(it))}</h2></header>'
        f'<footer class="{p}card-meta"><time datetime="{it.published:%Y-%m-%d}">{date(it.published, state.site.lang, 1)}</time>'
        f" · {2 + it.k % 6} min</footer></a></article>"
        for it in state.items[:15]
    )
    body = (
        f'<div class="{p}viewport"><header id="{p}head" class="{p}outer"><a class="{p}logo" href="/">{esc(state.site.name)}</a>'
        f'<nav class="{p}menu">{_nav(state, "nav")}</nav></header>\n{alert(state, p)}'
        f'<main id="{p}main" class="{p}outer"><div class="{p}feed">{cards}</div></main>\n'
        f'<footer class="{p}foot">{_foot(state, "")}<a href="https://ghost.org/" target="_blank">Powered by Ghost</a></footer></div>'
    )
    return _page(state, p, "assets/built/screen.css?v=8a1b2c", body)


def discuz(state: State, p: str) -> str:
    """A Discuz! X portal front page: #hd, .bm blocks, thread lists with authors and view counts."""
    rows = "".join(
        f"<li><em>[{esc(state.columns[it.column % len(state.columns)])}]</em>{link(it.url, state.title(it))}"
        f'<span class="{p}by">{["小綠", "阿海", "潛水員", "咖啡貓", "單車客"][it.k % 5]}</span>'
        f'<span class="{p}num">{(it.k * 37) % 900 + 30}</span></li>'
        for it in state.items[:20]
    )
    body = (
        f'<div id="{p}toptb" class="cl"><a href="member.php?mod=register">註冊</a> <a href="member.php?mod=logging">登錄</a></div>\n'
        f'<div id="{p}hd"><div class="{p}hdc cl"><h2><a href="./">{esc(state.site.name)}</a></h2></div>'
        f'<div id="{p}nv">{_nav(state, "")}</div></div>\n{alert(state, p)}{banner(state, p)}\n'
        f'<div id="{p}wp" class="wp"><div class="{p}bm"><div class="{p}bm_h"><h2>{esc(state.columns[0])}</h2></div>'
        f'<div class="{p}bm_c"><ul class="{p}xl">{rows}</ul></div></div></div>\n'
        f'<div id="{p}ft" class="wp cl">{_foot(state, "")}<p>Powered by <strong>Discuz!</strong> X3.4</p></div>'
        '<script src="static/js/common.js?Xq1" type="text/javascript"></script>'
    )
    return _page(state, p, "data/cache/style_1_common.css?Xq1", body)


def hugo(state: State, p: str) -> str:
    """A Hugo static theme: post summaries in <article>, tag list, generator meta."""
    posts = "".join(
        f'<article class="{p}summary"><h2><a href="{it.url}">{esc(state.title(it))}</a></h2>'
        f'<div class="{p}meta"><time>{date(it.published, state.site.lang, 1)}</time></div></article>'
        for it in state.items[:12]
    )
    body = (
        f'<header class="{p}site-header"><a href="/" class="{p}title">{esc(state.site.name)}</a>{_nav(state, p + "menu")}</header>\n'
        f'{alert(state, p)}<main class="{p}list">{posts}<nav class="{p}pagination"><a href="/page/2/">»</a></nav></main>\n'
        f'<footer class="{p}site-footer">{_foot(state, "")}</footer>'
    )
    return _page(state, p, "css/main.min.css", body)
