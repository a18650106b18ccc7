"""The kinds of edition 8's legit pages. Each makes (title, body markup, with site chrome?) from a
language's phrasebook; several are shaped like messages (maintenance, 404, moved, login,
statements, apologies, condolences, election silence, bare text) as a defacement page is."""

# ruff: noqa: E501, RUF001 - page markup reads best one element a line

from __future__ import annotations

import random
from collections.abc import Callable
from html import escape as e

from .data.phrasebook import Phrasebook

Made = tuple[str, str, bool]


def _paras(pb: Phrasebook, rng: random.Random, count: int = 3) -> str:
    return "".join(f"<p>{e(p)}</p>" for p in rng.sample(pb.paras, count))


def _article(pb: Phrasebook, rng: random.Random) -> Made:
    head = pb.paras[0].split("，")[0].split(",")[0][:70]
    return (
        head,
        f"<article><h1>{e(head)}</h1><time>2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}</time>{_paras(pb, rng)}</article>",
        True,
    )


def _maintenance(pb: Phrasebook, rng: random.Random) -> Made:
    return (
        pb.site,
        f'<div class="maint" style="text-align:center;margin-top:15%"><h1>{e(pb.site)}</h1><p>{e(pb.maintenance)}</p></div>',
        False,
    )


def _not_found(pb: Phrasebook, rng: random.Random) -> Made:
    return (
        f"404 | {pb.site}",
        f'<main><h1 style="font-size:72px">404</h1><p>{e(pb.not_found)}</p><p><a href="/">{e(pb.nav[0])}</a></p></main>',
        rng.random() < 0.5,
    )


def _moved(pb: Phrasebook, rng: random.Random) -> Made:
    url = f"https://www.{rng.choice(('neu', 'portal', 'web'))}-{rng.randint(10, 99)}.example.org/"
    text = e(pb.moved.format(url="\0")).replace("\0", f'<a href="{url}">{url}</a>')
    return (
        pb.site,
        f'<meta http-equiv="refresh" content="15;url={url}"><h2>{e(pb.site)}</h2><p>{text}</p>',
        False,
    )


def _login(pb: Phrasebook, rng: random.Random) -> Made:
    head, user, password, button = (e(x) for x in pb.login)
    form = (
        f'<form class="login" method="post" action="/login"><h1>{head}</h1><label>{user}<input name="user"></label>'
        f'<label>{password}<input type="password" name="pass"></label><button type="submit">{button}</button></form>'
    )
    return f"{pb.login[0]} | {pb.site}", form, rng.random() < 0.3


def _message(field: str, css: str) -> Callable[[Phrasebook, random.Random], Made]:
    def make(pb: Phrasebook, rng: random.Random) -> Made:
        text = getattr(pb, field)
        return (
            text[:40],
            f'<div class="{css}"><h1>{e(text)}</h1><p>{e(pb.paras[2])}</p><p>— {e(pb.site)}</p></div>',
            rng.random() < 0.5,
        )

    return make


def _condolence(pb: Phrasebook, rng: random.Random) -> Made:
    body = (
        '<div style="background:#000;color:#ccc;min-height:100vh;text-align:center;padding-top:12%">'
        f'<p style="font-size:48px">&#10013;</p><h1>{e(pb.condolence)}</h1><p>{e(pb.site)}</p></div>'
    )
    return pb.condolence[:40], body, False


def _plain_text(pb: Phrasebook, rng: random.Random) -> Made:
    lines = "\n\n".join([pb.site, *pb.paras, pb.statement])
    return pb.site, f"<pre>{e(lines)}</pre>", False


def _product(pb: Phrasebook, rng: random.Random) -> Made:
    price = f"{rng.randint(5, 400)}.{rng.choice(('00', '50', '99'))}"
    return (
        pb.site,
        f'<div class="product"><img src="/img/p{rng.randint(1, 99)}.jpg" alt=""><h1>{e(pb.paras[1][:50])}</h1><span class="price">{price}</span>{_paras(pb, rng, 1)}<button>+</button></div>',
        True,
    )


def _search(pb: Phrasebook, rng: random.Random) -> Made:
    items = "".join(f'<li><a href="/s/{n}">{e(p[:60])}</a><p>{e(p)}</p></li>' for n, p in enumerate(pb.paras))
    return (
        pb.nav[1],
        f'<form action="/suche"><input name="q" value="{e(pb.nav[2])}"></form><ol class="results">{items}</ol>',
        True,
    )


def _calendar(pb: Phrasebook, rng: random.Random) -> Made:
    rows = "".join(
        f"<tr><td>{rng.randint(1, 28)}.{rng.randint(1, 12)}.</td><td>{e(p)}</td></tr>" for p in pb.paras
    )
    return pb.nav[1], f'<h1>{e(pb.nav[1])}</h1><table class="events">{rows}</table>', True


def _gallery(pb: Phrasebook, rng: random.Random) -> Made:
    figs = "".join(
        f'<figure><img src="/fotos/{n}.jpg" alt=""><figcaption>{e(p[:50])}</figcaption></figure>'
        for n, p in enumerate(pb.paras)
    )
    return pb.site, f'<div class="gallery">{figs}</div>', True


def _faq(pb: Phrasebook, rng: random.Random) -> Made:
    items = "".join(f"<details><summary>{e(p[:40])}?</summary><p>{e(p)}</p></details>" for p in pb.paras)
    return pb.nav[2], f"<h1>{e(pb.nav[2])}</h1>{items}", True


def _contact(pb: Phrasebook, rng: random.Random) -> Made:
    phone = f"+{rng.randint(30, 99)} {rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    return (
        pb.nav[3],
        f"<h1>{e(pb.nav[3])}</h1><address>{e(pb.site)}<br>{phone}<br>info@{rng.choice(('gemeinde', 'city', 'office'))}.example</address>",
        True,
    )


def _forum(pb: Phrasebook, rng: random.Random) -> Made:
    posts = "".join(
        f'<div class="post"><b>user{rng.randint(1, 999)}</b><p>{e(p)}</p></div>' for p in pb.paras
    )
    return pb.paras[0][:40], f'<div class="thread">{posts}</div>', True


def _jobs(pb: Phrasebook, rng: random.Random) -> Made:
    items = "".join(f'<li><h3>{e(p[:45])}</h3><a href="/jobs/{n}">→</a></li>' for n, p in enumerate(pb.paras))
    return pb.site, f'<ul class="jobs">{items}</ul>', True


def _coming_soon(pb: Phrasebook, rng: random.Random) -> Made:
    return (
        pb.site,
        f'<div style="display:flex;height:100vh;align-items:center;justify-content:center;background:#1d3557;color:#f1faee"><h1>{e(pb.site)}</h1></div>',
        False,
    )


KINDS: dict[str, Callable[[Phrasebook, random.Random], Made]] = {
    "article": _article,
    "maintenance-notice": _maintenance,
    "not-found-404": _not_found,
    "site-moved-notice": _moved,
    "login-form": _login,
    "public-statement": _message("statement", "statement"),
    "apology-correction": _message("apology", "apology"),
    "condolence-black-page": _condolence,
    "election-silence-notice": _message("silence", "notice"),
    "plain-text-no-navigation": _plain_text,
    "product-page": _product,
    "search-results": _search,
    "event-calendar": _calendar,
    "photo-gallery": _gallery,
    "faq-accordion": _faq,
    "contact-address": _contact,
    "forum-thread": _forum,
    "job-listings": _jobs,
    "coming-soon-splash": _coming_soon,
}
