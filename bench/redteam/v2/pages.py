"""Edition 2's page task: defacement pages (`deface-page`) and legit pages (`legit`), written fresh,
some in their language's legacy charset."""

from __future__ import annotations

import html
import random
import re
from string import Template

from ..data.page_lang import Article, PageLang
from ..model import PageItem
from .data.pages_a import AR, FA, JA, KO, ZH_HANS, ZH_HANT
from .data.pages_b import DE, ES, ID, RU, TH, UK
from .layouts import ARTICLE, COMPANY, HEAD_META, NOTICE, PORTAL
from .render import render
from .variants import LANGS, TEMPLATE_NAMES

PAGE_LANGS: tuple[PageLang, ...] = (ZH_HANS, ZH_HANT, JA, KO, AR, FA, RU, UK, TH, ID, ES, DE)

# defacement pages: (meta label, Python codec) of a legacy charset per language
DEFACE_LEGACY = {
    "ru": ("koi8-r", "koi8_r"),
    "uk": ("windows-1251", "cp1251"),
    "ar": ("windows-1256", "cp1256"),
    "zh-Hans": ("gb18030", "gb18030"),
    "zh-Hant": ("big5", "big5hkscs"),
    "ja": ("euc-jp", "euc_jp"),
    "ko": ("euc-kr", "cp949"),
    "th": ("tis-620", "cp874"),
    "tr": ("iso-8859-9", "cp1254"),
    "pl": ("iso-8859-2", "iso8859_2"),
}

# legit pages: the charsets each language is dealt in turn
LEGIT_ENCODINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "zh-CN": (("GBK", "gbk"), ("utf-8", "utf-8"), ("gb18030", "gb18030")),
    "zh-TW": (("big5", "big5hkscs"), ("utf-8", "utf-8")),
    "ja": (("euc-jp", "euc_jp"), ("utf-8", "utf-8"), ("shift_jis", "cp932")),
    "ko": (("euc-kr", "cp949"), ("utf-8", "utf-8")),
    "ru": (("koi8-r", "koi8_r"), ("utf-8", "utf-8"), ("windows-1251", "cp1251")),
    "uk": (("windows-1251", "cp1251"), ("utf-8", "utf-8")),
    "ar": (("windows-1256", "cp1256"), ("utf-8", "utf-8")),
    "th": (("tis-620", "cp874"), ("utf-8", "utf-8")),
    "de": (("iso-8859-1", "cp1252"), ("utf-8", "utf-8")),
}
KINDS = ("news", "hack_news", "portal", "hack_news", "notice", "company", "news")
_META = re.compile(r"<meta charset=\"?utf-8\"?>", re.I)


def deface_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v2:{seed}:deface-page:{index}")
    template = TEMPLATE_NAMES[(index * 5) % len(TEMPLATE_NAMES)]
    lang = LANGS[(index + index // len(LANGS)) % len(LANGS)]
    markup, info = render(rng, lang, template)
    label, codec = "utf-8", "utf-8"
    if lang in DEFACE_LEGACY and rng.random() < 0.4:
        label, codec = DEFACE_LEGACY[lang]
        if _META.search(markup):
            markup = _META.sub(f'<meta charset="{label}">', markup, count=1)
        else:
            markup = re.sub(
                r"(<head[^>]*>)",
                rf'\1<meta http-equiv="Content-Type" content="text/html; charset={label}">',
                markup,
                count=1,
                flags=re.I,
            )
    pid = f"p-{random.Random(f'v2:{seed}:id:deface-page:{index}').getrandbits(48):012x}"
    data = markup.encode(codec, "xmlcharrefreplace")
    return PageItem(pid, data, "defaced", "deface-page", info | {"charset": label, "edition": 2})


def _articles(lang: PageLang, kind: str) -> tuple[Article, ...]:
    return {
        "news": lang.news,
        "portal": lang.news,
        "hack_news": lang.hack_news,
        "notice": lang.notices,
        "company": lang.company,
    }[kind]


def legit_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v2:{seed}:legit-page:{index}")
    lang = PAGE_LANGS[index % len(PAGE_LANGS)]
    turn = index // len(PAGE_LANGS)
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
    year = rng.randint(2020, 2026)
    month, day = rng.randint(1, 12), rng.randint(1, 28)

    def link(text: str) -> str:
        path = f"/{year}{month:02d}/{rng.randint(100000, 999999)}.shtml"
        return f'<a href="https://{domain}{path}">{esc(text)}</a>'

    sections = [f"/{s}/" for s in ("home", "city", "money", "society", "sport", "culture")]
    nav = list(lang.nav)
    layouts = {"news": ARTICLE, "hack_news": ARTICLE, "portal": PORTAL, "notice": NOTICE, "company": COMPANY}[
        kind
    ]
    values = {
        "meta": rng.choice(HEAD_META).replace("$charset", label),
        "lang": lang.code,
        "dir": lang.direction,
        "site": esc(site),
        "domain": domain,
        "path": f"/{year}{month:02d}/{rng.randint(100000, 999999)}.shtml",
        "headline": esc(headline),
        "paragraphs": "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs),
        "first_paragraph": f"<p>{esc(paragraphs[0])}</p>",
        "nav_li": "".join(
            f'<li><a href="{u}">{esc(n)}</a></li>' for u, n in zip(sections, nav, strict=False)
        ),
        "nav_a": " ".join(f'<a href="{u}">{esc(n)}</a>' for u, n in zip(sections, nav, strict=False)),
        "home": esc(nav[0]),
        "section": sections[1].strip("/"),
        "section_label": esc(nav[1]),
        "date": f"{year}-{month:02d}-{day:02d} {rng.randint(6, 22):02d}:{rng.choice(('05', '20', '45'))}",
        "related": esc(lang.related),
        "related_li": "".join(f"<li>{link(t)}</li>" for t in related),
        "related_p": "".join(f"<p>{link(t)}</p>" for t in related),
        "related_cards": "".join(f'<div class="card">{link(t)}</div>' for t in related),
        "footer": esc(lang.footer),
        "year": str(year),
        "ver": f"{rng.getrandbits(32):08x}",
        "ga": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
        "num": str(rng.randint(10000, 99999)),
    }
    page = Template(rng.choice(layouts)).substitute(values)
    pid = f"p-{random.Random(f'v2:{seed}:id:legit-page:{index}').getrandbits(48):012x}"
    data = page.encode(codec, "xmlcharrefreplace")
    info: dict[str, object] = {"lang": lang.code, "kind": kind, "charset": label, "edition": 2}
    return PageItem(pid, data, "legit", "legit", info)
