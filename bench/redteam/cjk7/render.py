"""A capture of a site as HTML text, by design era; ``over`` replaces named text slots (for tamper)."""

from __future__ import annotations

import hashlib
from html import escape

from .history import Article, Capture
from .legit_text import BASE_VENDORS, NEW_VENDORS
from .sites import Site
from .words import WORDS

HEADS_SHOWN = 7
TEASERS_SHOWN = 2
TICKER_ITEMS = 3
NOTICES_SHOWN = 5
BAR = "\uff5c"  # a full-width vertical line, as CJK sites write it
GREY = "<style>html{filter:grayscale(100%);-webkit-filter:grayscale(100%)}</style>"


def _slot(over: dict[str, str], key: str, text: str) -> str:
    return escape(over.get(key, text), quote=False)


def article_url(site: Site, cap: Capture, a: Article) -> str:
    path = site.url.format(y=a.at.year, m=f"{a.at.month:02d}", d=f"{a.at.day:02d}", id=a.aid)
    return f"{'https' if cap.https else 'http'}://{site.host}{path}" if cap.era % 2 == 0 else path


def _meta(site: Site, cap: Capture) -> str:
    if site.where == "header":
        return ""
    if cap.era == 0:
        return f'<meta http-equiv="Content-Type" content="text/html; charset={cap.label}" />'
    return f'<meta charset="{cap.label}">'


def content_type(site: Site, cap: Capture) -> str:
    if site.where in ("header", "both"):
        return f"text/html; charset={cap.label}"
    return "text/html; charset=ISO-8859-1" if site.where == "mislabel" else "text/html"


def _head(site: Site, cap: Capture, over: dict[str, str]) -> str:
    h = hashlib.sha1(site.key.encode()).hexdigest()[:10]
    vendors = [BASE_VENDORS[site.lang].format(h=h)]
    vendors += [NEW_VENDORS[site.lang][int(v[1:])] for v in cap.vendors]
    scheme = "https" if cap.https else "http"
    desc = f"{site.name} {site.nav[1]} {site.nav[2]}"  # written once, never updated
    parts = [
        _meta(site, cap),
        f"<title>{_slot(over, 'title', site.name)}</title>",
        f'<meta name="description" content="{escape(over.get("description", desc))}">',
        f'<meta property="og:title" content="{escape(over.get("ogtitle", site.name))}">' if cap.era else "",
        f'<meta name="csrf-token" content="{cap.token}">' if cap.era else "",
        f'<link rel="canonical" href="{scheme}://{site.host}/">',
        f'<link rel="stylesheet" href="/static/css/style{cap.era}.css?v={cap.at:%Y%m%d%H}">',
        GREY if cap.grey else "",
        *vendors,
    ]
    return "\n".join(p for p in parts if p)


def nav_for(site: Site, cap: Capture) -> tuple[str, ...]:
    """The navigation entries of the capture's design era (a redesign reorders the sections)."""
    rest = site.nav[1:]
    shift = cap.era % len(rest)
    return (site.nav[0], *rest[shift:], *rest[:shift])


def _nav(site: Site, cap: Capture, over: dict[str, str]) -> str:
    items = "".join(
        f'<li><a href="/col/col{1200 + i * 7}/index.html">{_slot(over, f"nav{i}", label)}</a></li>'
        for i, label in enumerate(nav_for(site, cap))
    )
    return f'<ul class="{"menu" if cap.era == 0 else "site-nav__list"}">{items}</ul>'


def _ticker(site: Site, cap: Capture, over: dict[str, str]) -> str:
    items = [_slot(over, f"ticker{i}", a.title) for i, a in enumerate(cap.notices[:TICKER_ITEMS])]
    if cap.era == 0:
        return (
            '<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">'
            + "　".join(items)
            + "</marquee>"
        )
    return '<ul class="scroll-bulletin">' + "".join(f"<li>{t}</li>" for t in items) + "</ul>"


def _news(site: Site, cap: Capture, over: dict[str, str]) -> str:
    rows = []
    for i, a in enumerate(cap.articles[:HEADS_SHOWN]):
        link = f'<a href="{article_url(site, cap, a)}" target="_blank">{_slot(over, f"head{i}", a.title)}</a>'
        teaser = f'<p class="summary">{_slot(over, f"teaser{i}", a.teaser)}</p>' if i < TEASERS_SHOWN else ""
        date = f"<span>{a.at:%Y-%m-%d}</span>"
        rows.append(
            f"<tr><td>{link}{teaser}</td><td>{date}</td></tr>"
            if cap.era == 0
            else f"<li>{link}{date}{teaser}</li>"
        )
    return (
        f'<table class="list">{"".join(rows)}</table>'
        if cap.era == 0
        else f'<ul class="news-list">{"".join(rows)}</ul>'
    )


def _notices(site: Site, cap: Capture, over: dict[str, str]) -> str:
    return "".join(
        f'<li><a href="{article_url(site, cap, a)}">{_slot(over, f"notice{i}", a.title)}</a>'
        f"<em>{a.at:%m-%d}</em></li>"
        for i, a in enumerate(cap.notices[:NOTICES_SHOWN])
    )


def _live(site: Site, cap: Capture, over: dict[str, str]) -> str:
    if site.register != "tv":
        return ""
    live = site.host.removeprefix("www.")
    stream = f"https://live.{live}/hls/ch1.m3u8?auth_key={int(cap.at.timestamp())}-0-0-{cap.token}"
    title = _slot(over, "live", cap.articles[0].title)
    heading = f"<h2>{WORDS[site.lang][5]}{BAR}{title}</h2>"
    return f'<section class="live">{heading}<video data-src="{stream}" controls muted></video></section>'


def render(site: Site, cap: Capture, over: dict[str, str] | None = None) -> str:
    over = over or {}
    news, notice, where, home, more, _ = WORDS[site.lang]
    focus = cap.articles[0]
    caption = over.get("caption", focus.caption)
    body_class = ["home", "home-v2", "page-index"][cap.era % 3]
    banner = f'<div class="sys-notice">{escape(cap.banner)}</div>' if cap.banner else ""
    doctype = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        if cap.era == 0
        else "<!DOCTYPE html>"
    )
    crumb = _slot(over, "crumb", nav_for(site, cap)[1])
    logo = f'<img src="/static/img/logo{cap.era}.png" alt="{escape(site.name)}">'
    image = f'<img src="/uploads/{focus.at:%Y%m}/{focus.aid}.jpg" alt="{escape(caption)}">'
    return f"""{doctype}
<html lang="{site.lang}">
<head>
{_head(site, cap, over)}
</head>
<body class="{body_class}">
<div class="topbar"><span class="today">{cap.at:%Y-%m-%d}</span><a href="/login">{more}</a></div>
<header class="header"><div class="logo"><a href="/">{logo}</a></div>
<nav>{_nav(site, cap, over)}</nav></header>
{banner}
<div class="ticker">{_ticker(site, cap, over)}</div>
<div class="position">{escape(where)}<a href="/">{home}</a> &gt; {crumb}</div>
{_live(site, cap, over)}
<div class="focus"><figure>{image}<figcaption>{escape(caption)}</figcaption></figure></div>
<div class="column"><h3>{news}</h3>{_news(site, cap, over)}<a class="more" href="/col/news/">{more}</a></div>
<div class="column notice"><h3>{notice}</h3><ul>{_notices(site, cap, over)}</ul></div>
<footer class="footer"><p>{_slot(over, "footer", site.footer)}</p></footer>
<script>window.__PAGE__={{"t":"{cap.token[:12]}","v":{cap.era}}};</script>
</body>
</html>
"""


def encode(site: Site, cap: Capture, text: str) -> bytes:
    from ..charset import codec_for

    return text.encode(codec_for(cap.label), "xmlcharrefreplace")
