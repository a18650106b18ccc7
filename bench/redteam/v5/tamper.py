"""Edition 5's `tamper`: small edits an attacker makes in the CMS or the file; the page keeps its
layout. One style per item (see ``STYLES``): headlines rewritten to political slogans or mockery of
the owner (no word of intrusion), a fake closure announcement, faith-and-nation teasers, a
CSS-scrolled ticker, the browser tab title, navigation links spelling a slogan, a pull quote, a
right-to-left headline, a headline relinked to a numeric article on a Chinese portal, the lead
replaced by the group's message, and the group's own slogans in the headlines."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import html_text
from ..headlines import top_headlines
from ..markup import TextRun
from ..splice import Edit
from ..v2.attacks import page_language
from ..v3.tamper import _lead_runs, _nav_links, _retext, _shown
from .data.hosts import PORTALS
from .data.own import ANNOUNCEMENTS, FAITH_NATION, MOCKERY, NAV_SLOGANS, POLITICAL, PULL_QUOTES, TICKER
from .data.voices import VOICES

RTL_LANGS = ("ar", "fa", "ur")
PORTAL_LANGS = ("zh-Hans", "zh-Hant")
FALLBACK = {"rtl": "ar", "portal": "zh-Hans", "foreign": "ja"}
_HREF = re.compile(r"""\bhref\s*=\s*(["'])(.*?)\1""", re.I | re.S)

Style = Callable[[Page, random.Random, str], tuple[list[Edit], str]]


def _heads(page: Page, rng: random.Random, low: int, high: int) -> list[TextRun]:
    runs = top_headlines(page.scan, rng.randint(low, high))
    if not runs:
        raise NotApplicable("no headline")
    return runs


def _pool(
    page: Page, rng: random.Random, lang: str, own: Mapping[str, tuple[str, ...]], field: str
) -> tuple[str, list[str]]:
    """The page's own-language texts (``lang`` ``own``) or one field of a foreign voice."""
    if lang == "own":
        used = page_language(page)
        pool = list(own[used])
    else:
        used = lang if lang in VOICES else FALLBACK["foreign"]
        pool = list(getattr(VOICES[used], field))
    rng.shuffle(pool)
    return used, pool


def _rewrite(page: Page, rng: random.Random, pool: list[str], low: int, high: int) -> list[Edit]:
    return [_retext(r, pool[n % len(pool)], page.codec) for n, r in enumerate(_heads(page, rng, low, high))]


def _political(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _pool(page, rng, lang, POLITICAL, "plain")
    return _rewrite(page, rng, pool, 1, 3), used


def _mockery(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _pool(page, rng, lang, MOCKERY, "plain")
    return _rewrite(page, rng, pool, 1, 2), used


def _closure(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """The main headline and the lead after it announce the site's closure or sale."""
    used, pool = _pool(page, rng, "own", ANNOUNCEMENTS, "plain")
    head = _heads(page, rng, 1, 1)[0]
    edits = [_retext(head, pool[0], page.codec)]
    later = [r for r in _lead_runs(page) if r.start > head.end and _shown(r)]
    if later:
        edits.append(_retext(later[0], pool[1 % len(pool)], page.codec))
    return edits, used


def _faith(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _pool(page, rng, lang, FAITH_NATION, "plain")
    leads = [r for r in _lead_runs(page) if _shown(r)]
    if not leads:
        raise NotApplicable("no teaser text")
    picked = sorted(rng.sample(leads[:8], min(len(leads[:8]), rng.randint(1, 3))), key=lambda r: r.start)
    return [_retext(r, pool[n % len(pool)], page.codec) for n, r in enumerate(picked)], used


def _ticker(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """A ticker scrolled by a CSS animation (no marquee) at the top of the body."""
    used, pool = _pool(page, rng, lang, TICKER, "slogans")
    text = html_text(" +++ ".join(pool[:3]), page.codec)
    name = f"tk{rng.getrandbits(16):04x}"
    css = (
        f"<style>@keyframes {name}{{0%{{transform:translateX(100vw)}}100%{{transform:translateX(-100%)}}}}"
        f".{name}{{overflow:hidden;background:#c4001d;color:#fff;font-weight:700}}"
        f".{name} b{{display:inline-block;white-space:nowrap;animation:{name} 25s linear infinite}}</style>"
    )
    return [
        insert(page.head_end(), css),
        insert(page.body().inner, f'<div class="{name}"><b>{text}</b></div>'),
    ], used


def _tab_title(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """Only the <title> (what the browser tab and search results show) changes."""
    used, pool = _pool(page, rng, lang, MOCKERY, "slogans")
    title = page.scan.first("title")
    if title is None or title.close <= title.inner:
        raise NotApplicable("no <title>")
    return [Edit(title.inner, title.close, html_text(pool[0], page.codec))], used


def _nav_spelled(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """The navigation's link texts, one word each, spell out a slogan."""
    runs = _nav_links(page)
    if len(runs) < 3:
        raise NotApplicable("no navigation menu")
    used, pool = _pool(page, rng, lang, NAV_SLOGANS, "plain")
    words = pool[0].split() if " " in pool[0] else list(pool[0])
    return [_retext(r, w, page.codec) for r, w in zip(runs, words, strict=False)], used


def _pull_quote(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _pool(page, rng, lang, PULL_QUOTES, "plain")
    head = _heads(page, rng, 1, 1)[0]
    owner = head.inside("h1", "h2", "h3")
    if owner is None or owner.end < 0:
        raise NotApplicable("headline without a heading element")
    quote = f'<blockquote class="pullquote"><p>{html_text(pool[0], page.codec)}</p></blockquote>'
    return [insert(owner.end, quote)], used


def _rtl(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """Headlines in Arabic script, wrapped so they read right to left inside the left-to-right page."""
    used = lang if lang in RTL_LANGS else FALLBACK["rtl"]
    pool = [*VOICES[used].slogans, *VOICES[used].plain]
    rng.shuffle(pool)
    edits = []
    for n, run in enumerate(_heads(page, rng, 1, 3)):
        base = _retext(run, pool[n % len(pool)], page.codec)
        edits.append(Edit(base.start, base.end, f'<bdi dir="rtl" lang="{used}">{base.new}</bdi>'))
    return edits, used


def _portal_link(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """A headline rewritten in Chinese and its link pointed at a numeric article on a portal."""
    used = lang if lang in PORTAL_LANGS else FALLBACK["portal"]
    pool = [*VOICES[used].plain, *VOICES[used].slogans]
    rng.shuffle(pool)
    for run in _heads(page, rng, 1, 4):
        link = run.inside("a")
        found = _HREF.search(link.tag_text) if link is not None else None
        if link is None or found is None:
            continue
        host, path = rng.choice(PORTALS)
        url = (
            "https://"
            + host
            + path.format(
                y=rng.randint(2025, 2026),
                md=f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
                n=rng.randint(100000, 9999999),
            )
        )
        start = link.start + found.start(2)
        return [Edit(start, start + len(found.group(2)), url), _retext(run, pool[0], page.codec)], used
    raise NotApplicable("no linked headline")


def _lead_message(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    leads = [r for r in _lead_runs(page) if _shown(r)]
    if not leads:
        raise NotApplicable("no lead paragraph")
    if lang == "own":
        used, pool = _pool(page, rng, "own", MOCKERY, "lines")
        text = pool[0]
    else:
        used = lang if lang in VOICES else FALLBACK["foreign"]
        text = " ".join(rng.sample(VOICES[used].lines, 2))
    return [_retext(leads[rng.randrange(min(4, len(leads)))], text, page.codec)], used


def _group_slogans(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _pool(page, rng, lang if lang != "own" else "de", {}, "slogans")
    return _rewrite(page, rng, pool, 1, 4), used


STYLES: dict[str, Style] = {
    "political-slogan-headlines": _political,
    "owner-mockery-headlines": _mockery,
    "closure-announcement": _closure,
    "faith-nation-teasers": _faith,
    "css-scroll-ticker": _ticker,
    "tab-title-only": _tab_title,
    "nav-spelled-slogan": _nav_spelled,
    "pull-quote-insert": _pull_quote,
    "rtl-isolated-headlines": _rtl,
    "portal-link-swap": _portal_link,
    "lead-group-message": _lead_message,
    "group-slogan-headlines": _group_slogans,
}
OWN_ONLY = frozenset({"closure-announcement"})
FOREIGN_ONLY = frozenset({"rtl-isolated-headlines", "portal-link-swap", "group-slogan-headlines"})


def tamper(page: Page, rng: random.Random, style: str, lang: str) -> Attack:
    """The page's text rewritten by ``style`` in ``lang`` (``own``: the page's language)."""
    edits, used = STYLES[style](page, rng, lang)
    info = {"style": style, "lang": used, "own_language": lang == "own", "changed": len(edits)}
    return splice(page, sorted(edits, key=lambda e: e.start), info)
