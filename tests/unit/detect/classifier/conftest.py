"""Synthetic pages written for these tests (never taken from the corpus)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tamperwatch.detect.page import Page
from tamperwatch.models import Capture

DEFACEMENT_HTML = """<html><head><title>Hacked By Zer0 Phantom Crew</title></head>
<body bgcolor="black"><center><h1>HACKED BY ZER0 PHANTOM CREW</h1>
<marquee>Your security is weak! We are everywhere</marquee>
<h2>Owned by ./ph4ntom - greetz: all indonesian defacer, cyber army team</h2>
<p>Patch your system admin! Just a warning, we hacked your site. Contact us on telegram @zer0ph4ntom</p>
<audio autoplay src="song.mp3"></audio></center></body></html>"""

NEWS_HTML = """<html><head><title>City council approves new budget for schools - Daily Tribune</title>
<meta name="description" content="Local news, weather and sport from the Daily Tribune."></head>
<body><header><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a>
<a href="/business">Business</a> <a href="/weather">Weather</a> <a href="/opinion">Opinion</a></nav></header>
<main><article><h1>City council approves new budget for schools</h1>
<p>The city council on Tuesday approved a budget that raises spending on schools by four percent,
after a long debate about the cost of repairs to older buildings.</p>
<p>In other news, police said hackers had tried to break into the water utility's billing system last
month; officials said no customer data was lost and the attack was stopped within hours.</p>
<p>The mayor said the budget balances the needs of families with the city's obligations to its
pensioners. A final vote on the transport plan is expected next week.</p>
<h2>Related stories</h2><ul><li><a href="/a1">Library opening hours extended</a></li>
<li><a href="/a2">New bus routes from March</a></li>
<li><a href="/a3">Weekend weather: rain expected</a></li></ul>
</article></main><footer><a href="/about">About us</a> <a href="/contact">Contact</a>
<a href="https://social.example.com/tribune">Follow us</a> &copy; Daily Tribune</footer>
<script src="/static/app.js"></script></body></html>"""


def make_page(html: str | bytes, url: str = "https://news.example.org/") -> Page:
    body = html.encode("utf-8") if isinstance(html, str) else html
    capture = Capture(url=url, fetched_at=datetime(2024, 1, 1, tzinfo=UTC), status=200, body=body,
                      headers=(("content-type", "text/html; charset=utf-8"),))
    return Page(capture)


@pytest.fixture
def defacement_page() -> Page:
    return make_page(DEFACEMENT_HTML)


@pytest.fixture
def news_page() -> Page:
    return make_page(NEWS_HTML)
