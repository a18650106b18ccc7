"""Edition 7's legit single pages: one body per kind of page, inside a shell with a light, dark,
sepia or brand theme, with or without the site's navigation. Texts come from a language pack
(``data.page_lang.PageLang``); HTTP error pages copy the fixed output of common servers."""

from __future__ import annotations

import html
import random
from collections.abc import Callable

from .data.page_lang import PageLang


def esc(text: str) -> str:
    """Escaped for a text node or a double-quoted attribute (apostrophes kept as they are)."""
    return html.escape(text, quote=False).replace('"', "&quot;")


THEMES: dict[str, str] = {
    "light": "body{background:#fff;color:#1d1d1f}a{color:#0b57d0}",
    "dark": "body{background:#101114;color:#e8e8ea}a{color:#8ab4f8}",
    "sepia": "body{background:#f6f0e4;color:#3b2f22}a{color:#8a4b12}",
    "brand": "body{background:#0d2b45;color:#f3f7fa}a{color:#ffc857}",
}
BASE_CSS = (
    "body{margin:0;font:16px/1.6 system-ui,'Noto Sans',sans-serif}"
    ".wrap{max-width:960px;margin:auto;padding:16px}"
    "nav ul{list-style:none;display:flex;gap:18px;padding:0}"
    "footer{opacity:.7;font-size:13px;padding:24px 16px}"
)
SECTIONS = ("", "local/", "economy/", "living/", "sports/")  # the navigation's paths, in the nav's order
Body = Callable[[PageLang, random.Random, str], tuple[str, str]]  # (title, main markup)


def _p(paragraphs: tuple[str, ...]) -> str:
    return "".join(f"<p>{esc(x)}</p>" for x in paragraphs)


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _article(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    headline, paragraphs = rng.choice(lang.news)
    return headline, (
        f'<article><h1>{esc(headline)}</h1><p class="meta"><time>{_date(rng)}</time></p>{_p(paragraphs)}'
        f'</article><aside><ul><li><a href="https://{domain}/{rng.randint(10000, 99999)}.html">'
        f"{esc(lang.news[0][0])}</a></li></ul></aside>"
    )


def _front(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    teasers = "".join(
        '<article class="teaser"><h2><a'
        f' href="/{SECTIONS[1 + n % 4]}{rng.randint(100000, 999999)}.html">'
        f"{esc(h)}</a></h2><p>{esc(ps[0])}</p></article>"
        for n, (h, ps) in enumerate((*lang.news, lang.notice, lang.blog))
    )
    return lang.sites[0][0], f"<h1>{esc(lang.sites[0][0])}</h1>{teasers}"


def _notice(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    headline, paragraphs = lang.notice
    number = f"{rng.randint(2024, 2026)}-{rng.randint(1, 300):03d}"
    return (
        headline,
        f'<div class="notice"><h1>{esc(headline)}</h1><p>No.'
        f" {number}</p>{_p(paragraphs)}<p>{_date(rng)}</p></div>",
    )


def _shop(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    name, text, price, cart = lang.shop
    return name, (
        f'<div class="product"><img src="/img/p{rng.randint(1000, 9999)}.jpg" alt="{esc(name)}" width="420">'
        f'<h1>{esc(name)}</h1><p>{esc(text)}</p><p class="price">{esc(price)}</p>'
        '<form action="/cart/add" method="post"><input type="hidden"'
        f' name="sku" value="{rng.randint(10000, 99999)}">'
        f"<button>{esc(cart)}</button></form></div>"
    )


def _blog(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    headline, paragraphs = lang.blog
    return (
        headline,
        f"<article><h1>{esc(headline)}</h1><p><time>{_date(rng)}</time></p>{_p(paragraphs)}</article>",
    )


def _forum(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    title, posts = lang.forum
    users = ("lin_88", "mori", "kaan.t", "ana_r", "bui", "sasha")
    items = "".join(
        '<div class="post"><div'
        f' class="user">{rng.choice(users)}{rng.randint(1, 99)}</div><p>{esc(p)}</p></div>'
        for p in posts
    )
    return title, f'<h1>{esc(title)}</h1><div class="thread">{items}</div>'


def _docs(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    title, paragraphs = lang.docs
    return title, (
        f"<h1>{esc(title)}</h1>{_p(paragraphs[:1])}<pre><code>pip"
        " install toolkit\ntoolkit --version</code></pre>"
        f"{_p(paragraphs[1:])}"
    )


def _login(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    title, user, password, button, forgot = lang.login
    return title, (
        f'<form class="login" method="post" action="/login"><h1>{esc(title)}</h1>'
        f'<label>{esc(user)}<input name="user" type="text"></label>'
        f'<label>{esc(password)}<input name="password" type="password"></label>'
        f'<button>{esc(button)}</button><a href="/reset">{esc(forgot)}</a></form>'
    )


def _search(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    placeholder, results, query = lang.search
    hits = "".join(
        f'<li><a href="https://{domain}/{rng.randint(1000, 99999)}">{esc(h)}</a><p>{esc(ps[0])}</p></li>'
        for h, ps in (*lang.news, lang.notice)
    )
    line = results.format(n=rng.randint(12, 900), q=query)
    return placeholder, (
        f'<form action="/search"><input name="q" value="{esc(query)}"'
        f' placeholder="{esc(placeholder)}"></form>'
        f"<p>{esc(line)}</p><ol>{hits}</ol>"
    )


def _message(pair: tuple[str, str], extra: str = "") -> tuple[str, str]:
    return (
        pair[0],
        '<div class="message" style="text-align:center;padding:14vh'
        f' 8vw"><h1>{esc(pair[0])}</h1><p>{esc(pair[1])}</p>{extra}</div>',
    )


def _maintenance(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    return _message(lang.maintenance)


def _soon(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    return _message(lang.soon, f'<p id="countdown">{rng.randint(2, 40)}d {rng.randint(0, 23)}h</p>')


def _landing(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    hero, sub = lang.landing
    return lang.sites[2][0], (
        '<section class="hero"'
        ' style="min-height:90vh;display:flex;flex-direction:column;justify-content:center;'
        f'padding:0 10vw;background:#000;color:#fff"><h1 style="font-size:3.4rem">{esc(hero)}</h1>'
        f"<p>{esc(sub)}</p></section>"
    )


def _notfound(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    return _message(lang.notfound, f'<p><a href="/">{esc(lang.nav[0])}</a></p>')


def _parked(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    related = "".join(f'<li><a href="/?q={rng.randint(1, 999)}">{esc(n)}</a></li>' for n in lang.nav[1:4])
    return (
        domain,
        f"<h1>{esc(domain)}</h1><p>{esc(lang.parked[0])}</p><p>{esc(lang.parked[1])}</p><ul>{related}</ul>",
    )


def _age(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    question, yes, no = lang.age
    return lang.sites[2][0], (
        '<div class="gate"'
        ' style="position:fixed;inset:0;display:grid;place-items:center;background:rgba(0,0,0,.9)">'
        f'<div><p>{esc(question)}</p><button>{esc(yes)}</button> <a href="https://www.google.com">{esc(no)}</a></div></div>'
    )


def _cookie(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    text, accept, reject = lang.cookie
    headline, paragraphs = lang.news[0]
    return headline, (
        f"<article><h1>{esc(headline)}</h1>{_p(paragraphs[:1])}</article>"
        f'<div class="cmp" style="position:fixed;inset:auto 0 0 0;padding:20px;background:#222;color:#fff">'
        f"<p>{esc(text)}</p><button>{esc(accept)}</button> <button>{esc(reject)}</button></div>"
    )


def _app(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    title, text, button = lang.app
    return title, (
        '<div class="splash" style="text-align:center;padding:10vh'
        ' 6vw"><img src="/img/app-icon.png" width="96" alt="">'
        f"<h1>{esc(title)}</h1><p>{esc(text)}</p>"
        '<a class="store"'
        f' href="https://apps.apple.com/app/id{rng.randint(10**8, 10**9)}">{esc(button)} iOS</a> '
        '<a class="store"'
        f' href="https://play.google.com/store/apps/details?id=com.{domain.split(".")[0].replace("-", "")}">'
        f"{esc(button)} Android</a></div>"
    )


def _event(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    title, when, text = lang.event
    return title, (
        '<section style="padding:12vh 8vw;text-align:center">'
        f'<h1>{esc(title)}</h1><p class="when">{esc(when)}</p>'
        f'<p>{esc(text)}</p><a href="/tickets">{esc(lang.nav[0])}</a></section>'
    )


def _memorial(lang: PageLang, rng: random.Random, domain: str) -> tuple[str, str]:
    return _message(lang.memorial)


BODIES: dict[str, Body] = {
    "news-article": _article,
    "front-page": _front,
    "gov-notice": _notice,
    "shop-product": _shop,
    "blog-post": _blog,
    "forum-thread": _forum,
    "docs-page": _docs,
    "login": _login,
    "search-results": _search,
    "maintenance": _maintenance,
    "coming-soon": _soon,
    "brand-landing-dark": _landing,
    "cms-404": _notfound,
    "parked-domain": _parked,
    "age-gate": _age,
    "cookie-wall": _cookie,
    "app-download": _app,
    "event-onepager": _event,
    "memorial": _memorial,
}
KINDS = (*BODIES, "server-error")
SITE_OF = {
    "gov-notice": 1,
    "shop-product": 2,
    "brand-landing-dark": 2,
    "age-gate": 2,
    "blog-post": 3,
    "forum-thread": 3,
}
HEAD_META = (
    '<meta charset="$charset">',
    '<meta http-equiv="Content-Type" content="text/html; charset=$charset">',
    "<meta charset=$charset>",
)


def shell(
    lang: PageLang,
    title: str,
    main: str,
    theme: str,
    with_nav: bool,
    meta: str,
    site: int,
    extra_css: str = "",
) -> str:
    """The whole page around ``main``."""
    name, domain = lang.sites[site]
    nav = ""
    if with_nav:
        pairs = zip(SECTIONS, lang.nav, strict=True)
        items = "".join(f'<li><a href="/{slug}">{esc(word)}</a></li>' for slug, word in pairs)
        logo = f'<a class="logo" href="/">{esc(name)}</a>'
        nav = f'<header class="wrap">{logo}<nav><ul>{items}</ul></nav></header>'
    footer = (
        f'<footer class="wrap">{esc(lang.footer if site == 0 else name)} · {esc(domain)}</footer>'
        if with_nav
        else ""
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang.code}" dir="{lang.direction}">\n<head>\n{meta}\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)} -"
        f" {esc(name)}</title>\n<style>{BASE_CSS}{THEMES[theme]}{extra_css}</style>\n</head>\n"
        f'<body>{nav}<main class="wrap">{main}</main>{footer}</body>\n</html>\n'
    )
