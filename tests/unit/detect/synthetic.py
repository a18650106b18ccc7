"""Synthetic pages for detector tests: a small news front page template and its variations."""

from __future__ import annotations

from datetime import UTC, datetime

from tamperwatch.detect.page import Page
from tamperwatch.models import Capture

SITE = "https://news.example.org/"


def _slug(text: str) -> str:
    return "-".join("".join(c for c in w.lower() if c.isalnum()) for w in text.split())


def news_page(
    day: int = 0,
    *,
    title: str = "Example News - latest headlines",
    head_extra: str = "",
    top: str = "",
    body_extra: str = "",
    footer_extra: str = "",
    headlines: list[str] | None = None,
) -> str:
    """A front page whose template is fixed and whose stories change with ``day``."""
    stories = headlines or [f"Council approves budget number {day * 10 + i} for the city" for i in range(6)]
    articles = "\n".join(
        f'<article class="teaser teaser--{i % 3}"><h2 class="teaser__title">'
        f'<a class="teaser__link" href="/politics/{_slug(text)}-{day}{i}.html">{text}</a></h2>'
        f'<p class="teaser__text">On day {day} the council said that it will vote on plan {i} from next '
        "week, and the city agrees with them after a long debate about what is fair.</p></article>"
        for i, text in enumerate(stories)
    )
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="https://static.example.org/site.css">
<script src="https://www.googletagmanager.com/gtag/js?id=G-1" async></script>{head_extra}</head>
<body class="home"><header class="site-header"><div class="logo">Example News</div>
<nav class="main-nav"><ul class="nav-list"><li class="nav-item"><a href="/politics">Politics</a></li>
<li class="nav-item"><a href="/sport">Sport</a></li>
<li class="nav-item"><a href="/culture">Culture</a></li></ul></nav>
</header>{top}<main class="content"><section class="stage">{articles}</section>{body_extra}
<aside class="sidebar"><div class="widget">Weather: sunny</div>
<a href="https://partner.example.net/offer">Partner</a></aside></main>
<footer class="site-footer"><div class="footer-links"><a href="/imprint">Imprint</a>
<a href="/privacy">Privacy</a></div>{footer_extra}<p class="copyright">(c) Example News</p></footer>
</body></html>"""


def capture(html: str, url: str = SITE, final_url: str = "", chain: tuple[str, ...] = ()) -> Capture:
    return Capture(
        url=url,
        fetched_at=datetime(2025, 1, 1, tzinfo=UTC),
        final_url=final_url or url,
        status=200,
        headers=(("content-type", "text/html; charset=utf-8"),),
        body=html.encode("utf-8"),
        redirect_chain=chain,
    )


def page(html: str, url: str = SITE, **kwargs: object) -> Page:
    return Page(capture(html, url, **kwargs))  # type: ignore[arg-type]


def defacement_page(text: str = "Hacked by Shadow Crew", title: str = "Hacked by Shadow Crew") -> str:
    return f"""<html><head><title>{title}</title></head><body style="background:black">
<center><h1>{text}</h1><marquee>Greetz: all friends</marquee><p>Your security is low, admin.</p></center>
</body></html>"""


def redesign_page(day: int = 0) -> str:
    """The same site after a redesign: new grid, new class names, same kind of content."""
    cards = "".join(
        f'<div class="card-{i % 2} grid__cell">'
        f'<a class="card__anchor" href="/p/{day}-{i}">Story {day}-{i} of the day</a>'
        f'<span class="card__meta">News</span></div>'
        for i in range(6)
    )
    return f"""<html><head><title>Example News - latest headlines</title></head><body class="v2">
<div class="topbar"><span class="brand">Example News</span><div class="menu-toggle">Menu</div></div>
<div class="layout-grid">{cards}</div>
<div class="bottom-bar"><span class="legal">Imprint</span></div></body></html>"""
