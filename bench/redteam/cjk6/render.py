# ruff: noqa: RUF001  (CJK text is written with its own full-width punctuation)
"""A site's page for one state, in one of three layouts, and its bytes and headers."""

from __future__ import annotations

import html

from ..charset import codec_for
from .history import Item, State
from .site import Site

LAYOUTS = 3
FOOTER_MOD = 90
GREY = "<style>html{filter:grayscale(100%);-webkit-filter:grayscale(1)}</style>"
UPDATED = {"hans": "更新时间", "hant": "更新時間", "ja": "最終更新", "ko": "최종 수정"}
MORE = {"hans": "更多>>", "hant": "更多»", "ja": "一覧へ", "ko": "더보기"}


def e(text: str) -> str:
    return html.escape(text, quote=True)


def stable(site: Site) -> int:
    return sum(map(ord, site.key))


def layout(site: Site, state: State) -> int:
    return (stable(site) + state.design) % LAYOUTS


def url(site: Site, state: State, item: Item) -> str:
    path = site.section.format(y=state.at.year, m=f"{state.at.month:02d}", n=stable(site) % FOOTER_MOD)
    tail = "" if path.endswith("=") else ".html"
    return f"{state.scheme}://{site.host}{path}{item.aid}{tail}"


def description(site: Site) -> str:
    return f"{site.name} - " + " · ".join(site.nav[:4])


def footer_text(site: Site) -> str:
    return site.footer.format(n=stable(site) % FOOTER_MOD + 10)


def head(site: Site, state: State) -> str:
    label = "gb2312" if site.mislabel == "meta" else state.charset
    meta = ""
    if site.declare in ("both", "meta") or site.mislabel == "meta":
        meta = (
            f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
            if layout(site, state) == 0
            else f'<meta charset="{label}">'
        )
    static = f"{state.scheme}://{site.host}/static"
    parts = [
        meta,
        f"<title>{e(site.name)}</title>",
        f'<meta name="csrf-token" content="{state.token}">' if layout(site, state) else "",
        f'<meta name="description" content="{e(description(site))}">' if layout(site, state) else "",
        f'<link rel="stylesheet" href="{static}/css/main.css?v={state.build}">',
        f'<script src="{static}/js/jquery.min.js?v={state.build}"></script>',
        *state.vendors,
        GREY if state.mourning else "",
    ]
    return "<head>\n" + "\n".join(p for p in parts if p) + "\n</head>"


def focus(site: Site, state: State, item: Item) -> str:
    img = f"{state.scheme}://{site.host}/upload/{state.at.year}/{item.aid}.jpg"
    return (
        f'<div class="focus"><a href="{url(site, state, item)}">'
        f'<img src="{img}" alt="{e(item.caption)}"></a>\n'
        f'<p class="caption">{e(item.caption)}</p>\n'
        f'<h2 class="headline"><a href="{url(site, state, item)}">{e(item.title)}</a></h2>\n'
        f'<p class="summary">{e(item.teaser)}</p></div>'
    )


def listing(site: Site, state: State) -> str:
    kind = layout(site, state)
    rows = []
    for item in state.items[1:]:
        link = f'<a href="{url(site, state, item)}" title="{e(item.title)}">{e(item.title)}</a>'
        if kind == 0:
            rows.append(f'<tr><td class="dot">·</td><td>{link}</td></tr>')
        elif kind == 1:
            rows.append(f'<li class="news-item">{link}<p class="summary">{e(item.teaser)}</p></li>')
        else:
            rows.append(f'<article class="card" data-id="{item.aid}"><h3>{link}</h3></article>')
    more = f'<a class="more" href="{state.scheme}://{site.host}/list/">{e(MORE[site.lang])}</a>'
    if kind == 0:
        return '<table class="newslist" width="100%">\n' + "\n".join(rows) + f"\n</table>{more}"
    if kind == 1:
        return '<ul class="news-list">\n' + "\n".join(rows) + f"\n</ul>{more}"
    return '<section class="cards">\n' + "\n".join(rows) + f"\n</section>{more}"


def body(site: Site, state: State) -> str:
    nav = "".join(f'<li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(site.nav))
    stamp = f"{UPDATED[site.lang]}：{state.at:%Y-%m-%d %H:%M}"
    notice = f'<div class="site-notice">{e(state.notice)}</div>\n' if state.notice else ""
    mourning = f'<div class="mourning">{e(state.mourning)}</div>\n' if state.mourning else ""
    live = ""
    if site.kind == "tv":
        src = f"{state.scheme}://{site.host}/hls/ch1/index.m3u8?token={state.token}"
        live = f'<div class="live-player" data-stream="{src}"></div>\n'
    footer = footer_text(site)
    wrapper = ("wrap", "container", "app")[layout(site, state)]
    return (
        f'<body>\n{mourning}{notice}<div id="{wrapper}">\n'
        f'<div class="header"><h1 class="logo">{e(site.name)}</h1>'
        f'<span class="update">{stamp}</span></div>\n<ul class="nav">{nav}</ul>\n{live}<div class="main">\n'
        f"{focus(site, state, state.items[0])}\n{listing(site, state)}\n</div>\n"
        f'<div class="footer">{e(footer)}</div>\n'
        f'<input type="hidden" name="__token" value="{state.token}">\n</div>\n</body>'
    )


def page(site: Site, state: State) -> str:
    doctype = (
        "<!DOCTYPE html>"
        if layout(site, state)
        else '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">'
    )
    lang = {"hans": "zh-CN", "hant": "zh-Hant", "ja": "ja", "ko": "ko"}[site.lang]
    return f'{doctype}\n<html lang="{lang}">\n{head(site, state)}\n{body(site, state)}\n</html>\n'


def codec(site: Site, state: State) -> str:
    return codec_for(state.charset)


def headers(site: Site, state: State) -> dict[str, str]:
    if site.mislabel == "header":
        return {"content-type": "text/html; charset=ISO-8859-1"}
    if site.declare in ("both", "header"):
        return {"content-type": f"text/html; charset={state.charset}"}
    return {"content-type": "text/html"}


def encode(site: Site, state: State, text: str) -> bytes:
    return text.encode(codec(site, state), "xmlcharrefreplace")
