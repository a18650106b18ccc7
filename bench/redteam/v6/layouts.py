"""Edition 6's legit page layouts for the page task: every KIND of real single page (see ``KINDS``),
each drawn in one of several looks (light or dark, with or without the site's navigation, centred or
left-aligned). ``body`` builders return the page's <body> content; ``document`` wraps it."""

# ruff: noqa: E501

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import dataclass

from .data.page_lang import PageLang

HEAD_META = (
    '<meta charset="{charset}">',
    '<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
    '<meta http-equiv="content-type" content="text/html;charset={charset}" />',
)
THEMES = {
    "light": ("#ffffff", "#1d1d1f", "#0a66c2"),
    "paper": ("#f6f3ec", "#222222", "#8a1c1c"),
    "dark": ("#0d1117", "#e6edf3", "#58a6ff"),
    "black": ("#000000", "#f5f5f5", "#ffb000"),
}
SERVERS = ("nginx", "apache", "iis", "edge-proxy", "tomcat", "cms")
CODES = {"404": "Not Found", "403": "Forbidden", "500": "Internal Server Error", "502": "Bad Gateway"}


def esc(text: str) -> str:
    """Escaped for a text node or a double-quoted attribute (apostrophes kept as they are)."""
    return html.escape(text, quote=False).replace('"', "&quot;")


@dataclass(frozen=True)
class Look:
    theme: str
    nav: bool
    centred: bool


@dataclass(frozen=True)
class Context:
    lang: PageLang
    site: str
    domain: str
    rng: random.Random

    def nav(self) -> str:
        sections = ("news", "local", "finance", "society", "sports", "culture")
        return "".join(
            f'<li><a href="/{s}/">{esc(n)}</a></li>' for s, n in zip(sections, self.lang.nav, strict=False)
        )

    def href(self) -> str:
        return f"/{self.rng.choice(('news', 'local', 'society'))}/{self.rng.randint(2024, 2026)}/{self.rng.randint(100000, 999999)}.html"


Body = Callable[[Context], tuple[str, str]]  # (title, body html)


def _p(*texts: str) -> str:
    return "".join(f"<p>{esc(t)}</p>" for t in texts)


def _article(c: Context) -> tuple[str, str]:
    head, one, two = c.lang.article
    related = "".join(f'<li><a href="{c.href()}">{esc(h)}</a></li>' for h in c.lang.headlines[:3])
    date = f"{c.rng.randint(2024, 2026)}-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d}"
    return (
        head,
        f'<article><h1>{esc(head)}</h1><p class="meta"><time>{date}</time></p>{_p(one, two)}</article><aside><ul>{related}</ul></aside>',
    )


def _front(c: Context) -> tuple[str, str]:
    head, one, _ = c.lang.article
    teasers = "".join(
        f'<div class="teaser"><h3><a href="{c.href()}">{esc(h)}</a></h3></div>' for h in c.lang.headlines
    )
    return (
        c.site,
        f'<section class="lead"><h2><a href="{c.href()}">{esc(head)}</a></h2>{_p(one)}</section><section class="grid">{teasers}</section>',
    )


def _notice(c: Context) -> tuple[str, str]:
    title, text = c.lang.notice
    number = f"{c.rng.randint(2024, 2026)}-{c.rng.randint(1, 99):02d}"
    return (
        title,
        f'<table class="notice" width="100%"><tr><td><h2>{esc(title)}</h2><p class="no">No. {number}</p>{_p(text)}<p style="text-align:right">{esc(c.site)}</p></td></tr></table>',
    )


def _shop(c: Context) -> tuple[str, str]:
    name, text, price, buy = c.lang.product
    return (
        name,
        f'<div class="product"><img src="/img/p{c.rng.randint(100, 999)}.jpg" alt="{esc(name)}" width="420"><div><h1>{esc(name)}</h1><p class="price">{esc(price)}</p>{_p(text)}<button type="button">{esc(buy)}</button></div></div>',
    )


def _blog(c: Context) -> tuple[str, str]:
    title, text = c.lang.blog
    return (
        title,
        f'<article class="post"><h1>{esc(title)}</h1>{_p(text)}<p class="tags">#{esc(c.lang.nav[5])}</p></article>',
    )


def _forum(c: Context) -> tuple[str, str]:
    title, first, reply = c.lang.forum
    users = (f"user{c.rng.randint(100, 9999)}", f"user{c.rng.randint(100, 9999)}")
    posts = "".join(
        f'<div class="post"><div class="author">{u}</div><div class="content">{esc(t)}</div></div>'
        for u, t in zip(users, (first, reply), strict=True)
    )
    return title, f'<h1 class="thread">{esc(title)}</h1>{posts}'


def _docs(c: Context) -> tuple[str, str]:
    title, text = c.lang.docs
    return (
        title,
        f'<div class="docs"><nav class="toc"><ol><li>{esc(title)}</li></ol></nav><main><h1>{esc(title)}</h1>{_p(text)}<pre><code>pip install toolkit\ntoolkit init</code></pre></main></div>',
    )


def _login(c: Context) -> tuple[str, str]:
    title, user, password, submit = c.lang.login
    return (
        title,
        f'<form class="login" method="post" action="/login"><h1>{esc(title)}</h1><label>{esc(user)}<input name="user"></label><label>{esc(password)}<input type="password" name="password"></label><button>{esc(submit)}</button></form>',
    )


def _search(c: Context) -> tuple[str, str]:
    items = "".join(
        f'<li><a href="{c.href()}">{esc(h)}</a><br><cite>{c.domain}</cite></li>'
        for h in (c.lang.article[0], *c.lang.headlines)
    )
    return (
        c.lang.search,
        f'<form action="/search"><input name="q" value="{esc(c.lang.nav[1])}"></form><h1>{esc(c.lang.search)}</h1><ol class="results">{items}</ol>',
    )


def _message(title: str, text: str, extra: str = "") -> tuple[str, str]:
    return title, f'<div class="message"><h1>{esc(title)}</h1>{_p(text)}{extra}</div>'


def _maintenance(c: Context) -> tuple[str, str]:
    return _message(*c.lang.maintenance)


def _soon(c: Context) -> tuple[str, str]:
    days = c.rng.randint(2, 40)
    clock = f'<div class="countdown"><span>{days:02d}</span>:<span>{c.rng.randint(0, 23):02d}</span>:<span>{c.rng.randint(0, 59):02d}</span></div>'
    return _message(*c.lang.soon, clock)


def _landing(c: Context) -> tuple[str, str]:
    hero, sub = c.lang.landing
    return (
        c.site,
        f'<section class="hero" style="min-height:90vh;display:grid;place-items:center"><div><h1 style="font-size:5vw">{esc(hero)}</h1>{_p(sub)}</div></section>',
    )


def _parked(c: Context) -> tuple[str, str]:
    related = "".join(f"<li>{esc(h)}</li>" for h in c.lang.headlines[:3])
    return (
        c.domain,
        f'<div class="parked"><h1>{c.domain}</h1>{_p(c.lang.parked)}<ul class="related-searches">{related}</ul></div>',
    )


def _gate(c: Context) -> tuple[str, str]:
    title, text, yes, no = c.lang.gate
    return (
        title,
        f'<div class="gate" role="dialog"><h2>{esc(title)}</h2>{_p(text)}<button>{esc(yes)}</button> <button>{esc(no)}</button></div>',
    )


def _app(c: Context) -> tuple[str, str]:
    title, line = c.lang.app
    badges = '<a href="https://apps.apple.com/app/id{n}">App Store</a> <a href="https://play.google.com/store/apps/details?id=com.{d}">Google Play</a>'.format(
        n=c.rng.randint(100000000, 999999999), d=c.domain.split(".")[0].replace("-", "")
    )
    return (
        title,
        f'<div class="splash"><img src="/img/app-icon.png" alt="{esc(c.site)}" width="96"><h1>{esc(title)}</h1>{_p(line)}<p>{badges}</p></div>',
    )


def _event(c: Context) -> tuple[str, str]:
    title, line, when = c.lang.event
    return (
        title,
        f'<header class="event"><h1>{esc(title)}</h1><p class="when">{esc(when)}</p></header>{_p(line)}<p><a class="cta" href="/tickets/">{esc(c.lang.nav[0])} &rarr;</a></p>',
    )


def _memorial(c: Context) -> tuple[str, str]:
    title, line = c.lang.memorial
    return (
        title,
        f'<div class="memorial" style="filter:grayscale(1);text-align:center;padding:15vh 10vw"><h1>{esc(title)}</h1>{_p(line)}</div>',
    )


def _error(c: Context) -> tuple[str, str]:
    code = c.rng.choice(tuple(CODES))
    server = c.rng.choice(SERVERS)
    reason = CODES[code]
    if server == "nginx":
        return (
            f"{code} {reason}",
            f"<center><h1>{code} {reason}</h1></center>\n<hr><center>nginx/1.{c.rng.randint(18, 27)}.{c.rng.randint(0, 5)}</center>",
        )
    if server == "apache":
        return (
            f"{code} {reason}",
            f"<h1>{reason}</h1>\n<p>The requested URL was not found on this server.</p>\n<hr>\n<address>Apache/2.4.{c.rng.randint(41, 62)} (Ubuntu) Server at {c.domain} Port 443</address>",
        )
    if server == "iis":
        return (
            f"{code} - {reason}",
            f'<div id="header"><h1>Server Error</h1></div><div id="content"><fieldset><h2>{code} - {reason}.</h2><h3>The resource you are looking for might have been removed or is temporarily unavailable.</h3></fieldset></div>',
        )
    if server == "edge-proxy":
        ray = f"{c.rng.getrandbits(64):016x}"
        return (
            f"{c.domain} | {code}: {reason}",
            f'<div class="cf-error"><h1><span>Error</span> {code}</h1><p>{reason}</p><p>Ray ID: {ray}</p><p>Performance &amp; security by an edge network</p></div>',
        )
    if server == "tomcat":
        return (
            f"HTTP Status {code} - {reason}",
            f"<h1>HTTP Status {code} - {reason}</h1><hr><p><b>Type</b> Status Report</p><p><b>Description</b> The origin server did not find a current representation for the target resource.</p><hr><h3>Apache Tomcat/10.1.{c.rng.randint(10, 30)}</h3>",
        )
    title, text = c.lang.not_found
    return (
        title,
        f'<div class="error-404"><p class="code">{code}</p><h1>{esc(title)}</h1>{_p(text)}<form action="/"><input name="s"></form></div>',
    )


KINDS: dict[str, Body] = {
    "news-article": _article,
    "front-page": _front,
    "gov-notice": _notice,
    "shop-product": _shop,
    "blog-post": _blog,
    "forum-thread": _forum,
    "documentation": _docs,
    "login": _login,
    "search-results": _search,
    "maintenance": _maintenance,
    "coming-soon": _soon,
    "dark-landing": _landing,
    "http-error": _error,
    "parked-domain": _parked,
    "age-or-cookie-gate": _gate,
    "app-download": _app,
    "event-one-pager": _event,
    "memorial": _memorial,
}
BARE_KINDS = frozenset({"http-error", "parked-domain"})  # pages that never carry a site's chrome
DARK_KINDS = frozenset({"dark-landing"})


def theme_of(kind: str, look: Look) -> str:
    """The theme a page of ``kind`` is drawn in (a dark landing is never light)."""
    return "black" if kind in DARK_KINDS and look.theme in ("light", "paper") else look.theme


def document(c: Context, kind: str, look: Look, meta: str) -> str:
    """The whole page of ``kind`` in ``look``; ``meta`` is the charset declaration ("" for none)."""
    title, body = KINDS[kind](c)
    bg, fg, accent = THEMES[theme_of(kind, look)]
    align = "text-align:center;" if look.centred else ""
    style = (
        f"<style>body{{margin:0;background:{bg};color:{fg};font-family:system-ui,sans-serif;{align}}}"
        f"a{{color:{accent};text-decoration:none}}.wrap{{max-width:980px;margin:0 auto;padding:16px}}"
        f".site-header{{display:flex;align-items:center;gap:24px;padding:12px 24px;border-bottom:1px solid {accent}33}}"
        ".nav{display:flex;gap:18px;list-style:none;margin:0;padding:0}.logo{font-weight:700;font-size:20px}"
        f".site-footer{{padding:24px;font-size:13px;opacity:.75;border-top:1px solid {accent}33}}</style>"
    )
    sheet = (
        f'<link rel="stylesheet" href="/assets/css/{kind}.{c.rng.getrandbits(24):06x}.css">'
        if look.nav
        else ""
    )
    full_title = title if kind in BARE_KINDS or title == c.site else f"{title} - {c.site}"
    if kind in BARE_KINDS:
        chrome_top = chrome_bottom = ""
    else:
        nav = f'<ul class="nav">{c.nav()}</ul>' if look.nav else ""
        chrome_top = f'<header class="site-header"><a class="logo" href="/">{esc(c.site)}</a>{nav}</header>'
        chrome_bottom = f'<footer class="site-footer"><p>&copy; {c.rng.randint(2024, 2026)} {esc(c.site)} | {esc(c.lang.footer)}</p></footer>'
    return (
        f'<!DOCTYPE html>\n<html lang="{c.lang.code}" dir="{c.lang.direction}">\n<head>\n{meta}\n<title>{esc(full_title)}</title>\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{sheet}{style}\n</head>\n'
        f'<body class="{kind} theme-{look.theme}">\n{chrome_top}<div class="wrap">{body}</div>{chrome_bottom}\n</body>\n</html>\n'
    )
