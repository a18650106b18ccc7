"""Headlines, article text and article URLs of a site, drawn from ``words`` with a seeded rng."""

# ruff: noqa: E501

from __future__ import annotations

import random
from datetime import datetime

from . import words as w
from .sites import Site

_PATTERNS = {
    "zh-Hans": (w.HANS_PATTERNS, w.HANS_TOPICS, w.HANS_ORGS, w.HANS_PLACES, w.HANS_LEADERS, w.HANS_CITIES),
    "zh-Hant": (w.HANT_PATTERNS, w.HANT_TOPICS, w.HANT_ORGS, w.HANT_PLACES, w.HANT_LEADERS, w.HANT_CITIES),
    "ja": (w.JA_PATTERNS, w.JA_TOPICS, w.JA_ORGS, w.JA_PLACES, w.JA_ORGS, w.JA_PLACES),
    "ko": (w.KO_PATTERNS, w.KO_TOPICS, w.KO_ORGS, w.KO_PLACES, w.KO_ORGS, w.KO_PLACES),
}
ARTICLE_ID_SPAN = (100000, 999999)


def _fill(pattern: str, lang: str, rng: random.Random, when: datetime) -> str:
    _, topics, orgs, places, leaders, cities = _PATTERNS[lang]
    return pattern.format(
        topic=rng.choice(topics),
        org=rng.choice(orgs),
        place=rng.choice(places),
        leader=rng.choice(leaders),
        city=rng.choice(cities),
        year=when.year,
        ry=when.year - 2018,
        n=rng.randint(2, 12),
        m=rng.randint(1, 12),
        d=rng.randint(1, 28),
        p=rng.randint(3, 60),
    )


def headline(lang: str, rng: random.Random, when: datetime, kind: str = "gov") -> str:
    """A headline for a site of ``kind`` (news, live, court, ... fall back to government ones)."""
    return _fill(rng.choice(w.KIND_PATTERNS.get((lang, kind), _PATTERNS[lang][0])), lang, rng, when)


def paragraphs(
    lang: str, rng: random.Random, when: datetime, count: int, security: bool = False
) -> list[str]:
    sentences = w.SECURITY_SENTENCES[lang] if security else w.SENTENCES[lang]
    return [
        "".join(_fill(rng.choice(sentences), lang, rng, when) for _ in range(rng.randint(2, 4)))
        + ("" if lang in ("zh-Hans", "zh-Hant", "ja") else " ")
        for _ in range(count)
    ]


def article_url(site: Site, family: str, rng: random.Random, when: datetime, column: int, https: bool) -> str:
    """An article URL in the site's CMS habit, with a fresh numeric id."""
    scheme = "https" if https else "http"
    ident = rng.randint(*ARTICLE_ID_SPAN)
    y, m, d = when.year, when.month, when.day
    paths = {
        "tzgg": f"/xxgk/{('wndt', 'tzgg', 'zcjd', 'jgjc')[column % 4]}/{y}{m:02d}/t{y}{m:02d}{d:02d}_{ident}{column}.html",
        "art": f"/art/{y}/{m}/{d}/art_{1229 + column}_{ident}.html",
        "wp": f"/{y}/{m:02d}/{d:02d}/{ident}/",
        "jp": f"/soshiki/{column + 3}/{ident // 10}.html",
        "kr": f"/board/view.do?boardId=BBS_{column:07d}&dataSid={ident}&menuNo=10{column}",
        "epaper": f"/html/{y}-{m:02d}/{d:02d}/content_{ident}.htm",
        "content": f"/content/{y}-{m:02d}/{d:02d}/content_{ident}.htm",
        "empire": f"/{('tzgg', 'zsgz', 'pygl', 'xwgz')[column % 4]}/{y}-{m:02d}-{d:02d}/{ident}.html",
        "news": f"/news/{y}{m:02d}/{d:02d}/c{ident}{column}.html",
        "hk": f"/tc_chi/district/{ident}.html",
        "tw": f"/News_Content.aspx?n={column + 5}&s={ident}",
    }
    return f"{scheme}://{site.host}{paths[URL_HABITS[family]]}"


URL_HABITS = {
    "trs-wcm8": "tzgg",
    "dahan-jcms7": "art",
    "kaipu": "art",
    "pageadmin": "content",
    "epaper": "epaper",
    "epaper2": "epaper",
    "jeecms": "content",
    "boss": "news",
    "empire75": "empire",
    "wordpress-hk": "wp",
    "wordpress-cn": "wp",
    "hugo": "wp",
    "hk-gov": "hk",
    "tw-gov": "tw",
    "jp-city": "jp",
    "kr-gov": "kr",
    "html5-gov": "art",
    "html5-news": "news",
}
