"""Edition 3's page task: defacement pages (`deface-page`) and legit pages (`legit`), written fresh,
many in their language's legacy charset."""

from __future__ import annotations

import html
import random
from string import Template

from ..data.page_lang import Article, PageLang
from ..model import PageItem
from .data.pages_asia import AR, FA, HE, HI, TH, VI
from .data.pages_cjk import JA, KO, ZH_CN, ZH_TW
from .data.pages_europe import PT, RU, TR, UK
from .layouts import ARTICLE, COMPANY, HEAD_META, NOTICE, PORTAL
from .render import render
from .variants import LANGS, TEMPLATE_NAMES

# Chinese, Japanese and Korean come twice in each round: most of the portals watched are CJK.
PAGE_LANGS: tuple[PageLang, ...] = (
    ZH_CN,
    ZH_TW,
    JA,
    KO,
    RU,
    AR,
    ZH_CN,
    FA,
    HE,
    TR,
    VI,
    JA,
    HI,
    TH,
    PT,
    UK,
    ZH_TW,
    KO,
)

# defacement pages: (meta label, Python codec) of the legacy charsets a language is written in
DEFACE_LEGACY: dict[str, tuple[tuple[str, str], ...]] = {
    "zh-Hans": (("gb2312", "gbk"), ("gbk", "gbk"), ("gb18030", "gb18030")),
    "zh-Hant": (("big5", "big5hkscs"),),
    "ja": (("shift_jis", "cp932"), ("euc-jp", "euc_jp")),
    "ko": (("euc-kr", "cp949"),),
    "ru": (("windows-1251", "cp1251"),),
    "uk": (("windows-1251", "cp1251"),),
    "ar": (("windows-1256", "cp1256"),),
    "ur": (("windows-1256", "cp1256"),),
    "he": (("windows-1255", "cp1255"),),
    "tr": (("windows-1254", "cp1254"),),
    "th": (("tis-620", "cp874"),),
    "es": (("iso-8859-1", "cp1252"),),
}
LEGACY_SHARE = 0.6

# legit pages: the charsets each language is dealt in turn
LEGIT_ENCODINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "zh-CN": (("gb2312", "gbk"), ("utf-8", "utf-8"), ("GBK", "gbk"), ("gb18030", "gb18030")),
    "zh-TW": (("big5", "big5hkscs"), ("utf-8", "utf-8")),
    "ja": (("shift_jis", "cp932"), ("euc-jp", "euc_jp"), ("utf-8", "utf-8")),
    "ko": (("euc-kr", "cp949"), ("utf-8", "utf-8")),
    "ru": (("windows-1251", "cp1251"), ("utf-8", "utf-8")),
    "uk": (("windows-1251", "cp1251"), ("utf-8", "utf-8")),
    "ar": (("windows-1256", "cp1256"), ("utf-8", "utf-8")),
    "he": (("windows-1255", "cp1255"), ("utf-8", "utf-8")),
    "tr": (("windows-1254", "cp1254"), ("utf-8", "utf-8")),
    "th": (("tis-620", "cp874"), ("utf-8", "utf-8")),
    "pt": (("iso-8859-1", "cp1252"), ("utf-8", "utf-8")),
}
KINDS = ("news", "notice", "hack_news", "portal", "news", "company", "notice")
SECTIONS = ("home", "local", "economy", "society", "sports", "culture")


def _pid(seed: int, family: str, index: int) -> str:
    return f"p-{random.Random(f'v3:{seed}:id:{family}:{index}').getrandbits(48):012x}"


def deface_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v3:{seed}:deface-page:{index}")
    template = TEMPLATE_NAMES[(index * 7) % len(TEMPLATE_NAMES)]
    lang = LANGS[(index + index // len(LANGS)) % len(LANGS)]
    label, codec = "utf-8", "utf-8"
    if lang in DEFACE_LEGACY and rng.random() < LEGACY_SHARE:
        label, codec = rng.choice(DEFACE_LEGACY[lang])
    markup, info = render(rng, lang, template, label)
    data = markup.encode(codec, "xmlcharrefreplace")
    return PageItem(
        _pid(seed, "deface-page", index),
        data,
        "defaced",
        "deface-page",
        info | {"charset": label, "edition": 3},
    )


def _articles(lang: PageLang, kind: str) -> tuple[Article, ...]:
    return {
        "news": lang.news,
        "portal": lang.news,
        "hack_news": lang.hack_news,
        "notice": lang.notices,
        "company": lang.company,
    }[kind]


def legit_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v3:{seed}:legit-page:{index}")
    lang = PAGE_LANGS[index % len(PAGE_LANGS)]
    turn = index // len(PAGE_LANGS) + index  # the same language meets every kind and charset
    kind = KINDS[turn % len(KINDS)]
    choices = LEGIT_ENCODINGS.get(lang.code, (("utf-8", "utf-8"),))
    label, codec = choices[turn % len(choices)]
    headline, paragraphs = rng.choice(_articles(lang, kind))
    site, domain = lang.sites[{"notice": 1, "company": 2}.get(kind, 0)]
    others = [
        a[0]
        for k in ("news", "hack_news", "notice", "company")
        for a in _articles(lang, k)
        if a[0] != headline
    ]
    related = rng.sample(others, min(len(others), rng.randint(3, 5)))
    esc = html.escape
    year, month, day = rng.randint(2021, 2026), rng.randint(1, 12), rng.randint(1, 28)

    def href() -> str:
        stamp, serial = f"{year}{month:02d}", rng.randint(1000000, 9999999)
        return f"https://{domain}/{rng.choice(SECTIONS)}/{stamp}/t{stamp}{day:02d}_{serial}.html"

    nav = list(zip(SECTIONS, lang.nav, strict=False))
    layout = {"news": ARTICLE, "hack_news": ARTICLE, "portal": PORTAL, "notice": NOTICE, "company": COMPANY}[
        kind
    ]
    values = {
        "meta": rng.choice(HEAD_META).replace("$charset", label),
        "lang": lang.code,
        "dir": lang.direction,
        "site": esc(site),
        "domain": domain,
        "headline": esc(headline),
        "summary": esc(paragraphs[0]),
        "paragraphs": "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs),
        "nav_li": "".join(f'<li><a href="/{s}/">{esc(n)}</a></li>' for s, n in nav),
        "nav_a": " | ".join(f'<a href="/{s}/">{esc(n)}</a>' for s, n in nav),
        "home": esc(lang.nav[0]),
        "section": SECTIONS[1],
        "section_label": esc(lang.nav[1]),
        "date": f"{year}-{month:02d}-{day:02d} {rng.randint(7, 21):02d}:{rng.choice(('00', '15', '48'))}",
        "related": esc(lang.related),
        "related_li": "".join(f'<li><a href="{href()}">{esc(t)}</a></li>' for t in related),
        "related_br": "<br />".join(f'<a href="{href()}">{esc(t)}</a>' for t in related),
        "related_p": "".join(f'<a href="{href()}">{esc(t)}</a>' for t in related),
        "related_dated": "".join(
            f'<li><span>{month:02d}-{day:02d}</span><a href="{href()}">{esc(t)}</a></li>' for t in related
        ),
        "footer": esc(lang.footer),
        "year": str(year),
        "ver": f"{rng.getrandbits(24):06x}",
        "num": str(rng.randint(1000, 99999)),
    }
    data = Template(layout).substitute(values).encode(codec, "xmlcharrefreplace")
    info: dict[str, object] = {"lang": lang.code, "kind": kind, "charset": label, "edition": 3}
    return PageItem(_pid(seed, "legit-page", index), data, "legit", "legit", info)
