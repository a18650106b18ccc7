"""Edition 4's page task: defacement pages (`deface-page`) and legit pages (`legit`), written fresh,
many in their language's legacy charset, some mislabelled as browsers meet them (a GB18030 page
labelled gb2312, Big5-HKSCS characters in a page labelled big5, windows-1252 quotes in a page
labelled iso-8859-1) and some with no label at all."""

# ruff: noqa: RUF001

from __future__ import annotations

import html
import random
from string import Template

from ..data.page_lang import Article, PageLang
from ..model import PageItem
from .data.pages_cjk import JA, KO, ZH_CN, ZH_TW
from .data.pages_more import ES, HI, ID, PT, TH
from .data.pages_world import AR, FA, RU, TR, VI
from .layouts import COMPANY, GOV_TABLE, HEAD_META, HEADLINE_LIST, NEWS_MODERN
from .render import render
from .variants import LANGS, TEMPLATE_NAMES

# Chinese, Japanese and Korean come twice in each round: most of the portals watched are CJK.
PAGE_LANGS: tuple[PageLang, ...] = (
    ZH_CN, ZH_TW, JA, KO, RU, AR, ZH_CN, FA, TR, VI, JA, HI, TH, ES, ZH_TW, PT, ID, KO, ZH_CN,
)  # fmt: skip

# defacement pages: (meta label, Python codec); "" as label: no charset declared at all
DEFACE_LEGACY: dict[str, tuple[tuple[str, str], ...]] = {
    "zh-Hans": (("gb2312", "gbk"), ("GBK", "gbk"), ("gb18030", "gb18030"), ("", "gbk")),
    "zh-Hant": (("big5", "big5hkscs"), ("big5-hkscs", "big5hkscs")),
    "ja": (("shift_jis", "cp932"), ("euc-jp", "euc_jp"), ("x-sjis", "cp932")),
    "ko": (("euc-kr", "cp949"), ("ks_c_5601-1987", "cp949")),
    "ru": (("windows-1251", "cp1251"), ("koi8-r", "koi8_r")),
    "uk": (("windows-1251", "cp1251"), ("koi8-u", "koi8_u")),
    "ar": (("windows-1256", "cp1256"), ("iso-8859-6", "iso8859_6")),
    "fa": (("windows-1256", "cp1256"),),
    "tr": (("windows-1254", "cp1254"), ("iso-8859-9", "cp1254")),
    "th": (("tis-620", "cp874"), ("windows-874", "cp874")),
    "es": (("iso-8859-1", "cp1252"),),
    "pt": (("iso-8859-1", "cp1252"),),
    "fr": (("iso-8859-15", "iso8859_15"),),
}
LEGACY_SHARE = 0.65

# legit pages: the (label, codec) each language is dealt in turn; "" as label: no declaration
LEGIT_ENCODINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "zh-CN": (
        ("gb2312", "gbk"),
        ("GBK", "gbk"),
        ("gb2312", "gb18030"),
        ("utf-8", "utf-8"),
        ("gb18030", "gb18030"),
        ("", "gbk"),
    ),
    "zh-TW": (("big5", "big5hkscs"), ("utf-8", "utf-8"), ("big5-hkscs", "big5hkscs")),
    "ja": (
        ("shift_jis", "cp932"),
        ("euc-jp", "euc_jp"),
        ("utf-8", "utf-8"),
        ("", "cp932"),
        ("Windows-31J", "cp932"),
    ),
    "ko": (("euc-kr", "cp949"), ("utf-8", "utf-8"), ("ks_c_5601-1987", "cp949")),
    "ru": (("windows-1251", "cp1251"), ("utf-8", "utf-8"), ("koi8-r", "koi8_r")),
    "ar": (("windows-1256", "cp1256"), ("utf-8", "utf-8")),
    "fa": (("utf-8", "utf-8"),),
    "tr": (("windows-1254", "cp1254"), ("utf-8", "utf-8"), ("iso-8859-9", "cp1254")),
    "th": (("tis-620", "cp874"), ("utf-8", "utf-8"), ("windows-874", "cp874")),
    "es": (("iso-8859-1", "cp1252"), ("utf-8", "utf-8")),
    "pt": (("iso-8859-1", "cp1252"), ("utf-8", "utf-8")),
    "vi": (("utf-8", "utf-8"),),
    "hi": (("utf-8", "utf-8"),),
    "id": (("utf-8", "utf-8"), ("iso-8859-1", "cp1252")),
}
# a line only the wider decoder reads, added where the page is encoded with it (a CJK Extension A
# name in GB18030, Cantonese characters of HKSCS, windows-1252 quotes and the euro sign)
WIDER_LINE: dict[tuple[str, str], str] = {
    ("zh-CN", "gb18030"): "责任编辑：刘䶮",
    ("zh-TW", "big5hkscs"): "街坊話：呢區嘅交通方便咗好多。",
    ("es", "cp1252"): "Suscripción digital: 9,90 € al mes – “sin permanencia”",
    ("pt", "cp1252"): "Assinatura digital: 9,90 € por mês – “sem fidelização”",
    ("id", "cp1252"): "Langganan “edisi digital” – 9,90 € per bulan",
}
KINDS = ("news", "notice", "hack_news", "list", "news", "company", "notice")
SECTIONS = ("news", "local", "economy", "society", "sports", "culture")
LAYOUTS = {
    "news": NEWS_MODERN,
    "hack_news": NEWS_MODERN,
    "notice": GOV_TABLE,
    "list": HEADLINE_LIST,
    "company": COMPANY,
}


def _pid(seed: int, family: str, index: int) -> str:
    return f"p-{random.Random(f'v4:{seed}:id:{family}:{index}').getrandbits(48):012x}"


def deface_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v4:{seed}:deface-page:{index}")
    template = TEMPLATE_NAMES[(index * 5) % len(TEMPLATE_NAMES)]
    lang = LANGS[(index + index // len(LANGS)) % len(LANGS)]
    label, codec = "utf-8", "utf-8"
    if lang in DEFACE_LEGACY and rng.random() < LEGACY_SHARE:
        label, codec = rng.choice(DEFACE_LEGACY[lang])
    markup, info = render(rng, lang, template, label or "utf-8")
    if not label:
        markup = markup.replace('<meta charset="utf-8">', "")
    data = markup.encode(codec, "xmlcharrefreplace")
    info |= {"charset": label or f"none ({codec})", "edition": 4}
    return PageItem(_pid(seed, "deface-page", index), data, "defaced", "deface-page", info)


def _articles(lang: PageLang, kind: str) -> tuple[Article, ...]:
    return {
        "news": lang.news,
        "list": lang.news + lang.notices,
        "hack_news": lang.hack_news,
        "notice": lang.notices,
        "company": lang.company,
    }[kind]


def legit_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v4:{seed}:legit-page:{index}")
    lang = PAGE_LANGS[index % len(PAGE_LANGS)]
    seen = sum(1 for j in range(index) if PAGE_LANGS[j % len(PAGE_LANGS)].code == lang.code)
    kind = KINDS[(seen + index) % len(KINDS)]  # the same language meets every kind and charset
    choices = LEGIT_ENCODINGS.get(lang.code, (("utf-8", "utf-8"),))
    label, codec = choices[seen % len(choices)]
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
    year, month, day = rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hour = rng.randint(7, 21)

    def href() -> str:
        return (
            f"https://{domain}/{rng.choice(SECTIONS)}/{year}{month:02d}/{rng.randint(100000, 999999)}.shtml"
        )

    nav = list(zip(SECTIONS, lang.nav, strict=False))
    extra = [WIDER_LINE[lang.code, codec]] if (lang.code, codec) in WIDER_LINE else []
    values = {
        "meta": rng.choice(HEAD_META).replace("$charset", label) if label else "",
        "lang": lang.code,
        "dir": lang.direction,
        "site": esc(site),
        "domain": domain,
        "headline": esc(headline),
        "summary": esc(paragraphs[0]),
        "paragraphs": "\n".join(f"<p>{esc(p)}</p>" for p in (*paragraphs, *extra)),
        "nav_li": "".join(f'<li><a href="/{s}/">{esc(n)}</a></li>' for s, n in nav),
        "nav_a": " | ".join(f'<a href="/{s}/">{esc(n)}</a>' for s, n in nav),
        "home": esc(lang.nav[0]),
        "section": SECTIONS[2],
        "section_label": esc(lang.nav[2]),
        "date": f"{year}-{month:02d}-{day:02d} {hour:02d}:{rng.choice(('05', '20', '41'))}",
        "iso": f"{year}-{month:02d}-{day:02d}T{hour:02d}:00:00+08:00",
        "related": esc(lang.related),
        "related_li": "".join(f'<li><a href="{href()}">{esc(t)}</a></li>' for t in related),
        "related_br": "<br>".join(f'<a href="{href()}">{esc(t)}</a>' for t in related),
        "related_p": "".join(f'<p><a href="{href()}">{esc(t)}</a></p>' for t in related),
        "related_dated": "".join(
            f'<li><a href="{href()}">{esc(t)}</a><span class="d">[{month:02d}-{day:02d}]</span></li>'
            for t in related
        ),
        "footer": esc(lang.footer),
        "year": str(year),
        "ver": f"{rng.getrandbits(20):05x}",
        "num": str(rng.randint(10000, 999999)),
    }
    data = Template(LAYOUTS[kind]).substitute(values).encode(codec)
    info: dict[str, object] = {
        "lang": lang.code,
        "kind": kind,
        "charset": label or f"none ({codec})",
        "edition": 4,
    }
    return PageItem(_pid(seed, "legit-page", index), data, "legit", "legit", info)
