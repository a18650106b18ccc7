"""The page task's legit pages: articles, notices and company pages in many languages and
encodings, built by combining written paragraphs, headlines and layouts."""

from __future__ import annotations

import html
import random
from string import Template

from .data.page_lang import Article, PageLang
from .data.pages_all import LANGS
from .page_templates import COMPANY, HEAD_META, NEWS, NOTICE

# (meta label, Python codec): legacy encodings a browser decodes by that label
ENCODINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "zh-CN": (("utf-8", "utf-8"), ("gb2312", "gbk"), ("GB18030", "gb18030")),
    "zh-TW": (("utf-8", "utf-8"), ("big5", "big5")),
    "ja": (("utf-8", "utf-8"), ("Shift_JIS", "cp932")),
    "ko": (("utf-8", "utf-8"), ("euc-kr", "cp949")),
    "ru": (("utf-8", "utf-8"), ("windows-1251", "cp1251")),
}
KINDS = ("news", "hack_news", "news", "notice", "company", "hack_news", "news")


def _articles(lang: PageLang, kind: str) -> tuple[Article, ...]:
    return {"news": lang.news, "hack_news": lang.hack_news, "notice": lang.notices, "company": lang.company}[
        kind
    ]


def build_legit_page(index: int, seed: int) -> tuple[bytes, dict[str, object]]:
    rng = random.Random(f"{seed}:legit-page:{index}")
    lang = LANGS[index % len(LANGS)]
    kind = KINDS[(index // len(LANGS)) % len(KINDS)]
    choices = ENCODINGS.get(lang.code, (("utf-8", "utf-8"),))
    label, codec = choices[(index // len(LANGS)) % len(choices)]  # dealt in turn
    headline, paragraphs = rng.choice(_articles(lang, kind))
    site, domain = lang.sites[{"notice": 1, "company": 2}.get(kind, 0)]
    others = [a[0] for k in ("news", "hack_news", "notice") for a in _articles(lang, k) if a[0] != headline]
    related = rng.sample(others, min(len(others), rng.randint(3, 5)))
    esc = html.escape
    year = rng.randint(2019, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)

    def link(text: str) -> str:
        return f'<a href="https://{domain}/{year}/{rng.randint(10000, 99999)}.html">{esc(text)}</a>'

    nav = list(lang.nav)
    sections = [f"/{s}/" for s in ("local", "politics", "economy", "sports", "culture", "life", "world")]
    layouts = {"news": NEWS, "hack_news": NEWS, "notice": NOTICE, "company": COMPANY}[kind]
    values = {
        "meta": rng.choice(HEAD_META).replace("$charset", label),
        "lang": lang.code,
        "dir": lang.direction,
        "site": esc(site),
        "domain": domain,
        "path": f"/{year}/{month:02d}/{rng.randint(100000, 999999)}.html",
        "headline": esc(headline),
        "paragraphs": "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs),
        "nav_li": "".join(
            f'<li><a href="{u}">{esc(n)}</a></li>' for u, n in zip(sections, nav, strict=False)
        ),
        "nav_a": " ".join(
            f'<a href="https://{domain}{u}">{esc(n)}</a>' for u, n in zip(sections, nav, strict=False)
        ),
        "home": esc(nav[0]),
        "section": sections[1].strip("/"),
        "section_label": esc(nav[1]),
        "iso": f"{year}-{month:02d}-{day:02d}T{rng.randint(6, 22):02d}:{rng.choice(('00', '30'))}",
        "date": f"{year}-{month:02d}-{day:02d}",
        "related": esc(lang.related),
        "related_li": "".join(f"<li>{link(t)}</li>" for t in related),
        "related_p": "".join(f"<p>{link(t)}</p>" for t in related),
        "footer": esc(lang.footer),
        "year": str(year),
        "ver": f"{rng.getrandbits(24):06x}",
        "num": str(rng.randint(1000, 9999)),
    }
    page = Template(rng.choice(layouts)).substitute(values)
    data = page.encode(codec, "xmlcharrefreplace")
    info: dict[str, object] = {
        "lang": lang.code,
        "kind": kind,
        "charset": label,
        "headline": headline,
        "domain": domain,
    }
    return data, info
