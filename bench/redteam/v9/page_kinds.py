"""Legitimate single pages of seven kinds in one language's texts (edition 9)."""

from __future__ import annotations

import html
import random

from .data.page_text_type import PageText

KINDS = (
    "front-page-teasers",
    "single-article-page",
    "maintenance-holding-page",
    "missing-page-404",
    "login-form-page",
    "security-news-article",
    "notice-board-list",
)
RTL = ("ar", "fa")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _nav(t: PageText) -> str:
    return "<nav>" + " ".join(f'<a href="/{n}/">{_e(w)}</a>' for n, w in enumerate(t.nav)) + "</nav>"


def _body(kind: str, t: PageText, rng: random.Random) -> tuple[str, str]:
    """(title, body markup)."""
    article = rng.randrange(10**6, 10**8)
    if kind == "front-page-teasers":
        teasers = "".join(
            "<article><h2><a "
            f'href="/news/{article + n}.html">{_e(h)}</a></h2><p>{_e(t.paragraph)}</p></article>'
            for n, h in enumerate(t.headlines)
        )
        return t.site, f"<header><h1>{_e(t.site)}</h1>{_nav(t)}</header><main>{teasers}</main>"
    if kind == "single-article-page":
        head = rng.choice(t.headlines)
        return f"{head} - {t.site}", (
            f"<header>{_nav(t)}</header><article><h1>{_e(head)}</h1>"
            f"<time>2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}</time>"
            f"<p>{_e(t.paragraph)}</p><p>{_e(t.paragraph)}</p></article>"
        )
    if kind == "maintenance-holding-page":
        return (
            t.site,
            f'<div style="text-align:center;margin-top:15%"><h1>{_e(t.site)}</h1>'
            f"<p>{_e(t.maintenance)}</p></div>",
        )
    if kind == "missing-page-404":
        return (
            f"404 - {t.site}",
            f"<header>{_nav(t)}</header><main><h1>404</h1><p>{_e(t.not_found)}</p></main>",
        )
    if kind == "login-form-page":
        user, word, button = (_e(x) for x in t.login)
        return f"{button} - {t.site}", (
            f'<form method="post" action="/login"><h1>{_e(t.site)}</h1><label>{user} <input '
            'name="user"></label>'
            f'<label>{word} <input type="password" name="pass"></label><button>{button}</button></form>'
        )
    if kind == "security-news-article":
        return f"{t.security} - {t.site}", (
            f"<header>{_nav(t)}</header><article><h1>{_e(t.security)}</h1><p>{_e(t.paragraph)}</p></article>"
        )
    items = "".join(f"<li>{_e(h)}</li>" for h in t.headlines)
    return t.site, f"<h1>{_e(t.site)}</h1><ul>{items}</ul><p>{_e(t.maintenance)}</p>"


def legit_html(kind: str, lang: str, t: PageText, charset: str, rng: random.Random) -> str:
    title, body = _body(kind, t, rng)
    direction = ' dir="rtl"' if lang in RTL else ""
    meta = (
        f'<meta charset="{charset}">'
        if rng.random() < 0.5
        else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    )
    style = rng.choice(("", "<style>body{font-family:sans-serif;max-width:60em;margin:auto}</style>"))
    return (
        "<!DOCTYPE html>\n<html "
        f'lang="{lang}"{direction}><head>{meta}<title>{_e(title)}</title>{style}</head>\n'
        f"<body>{body}<footer><p>&copy; {_e(t.site)}</p></footer></body></html>\n"
    )
