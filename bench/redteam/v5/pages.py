"""Edition 5's page task: defacement pages (`deface-page`) and legit pages (`legit`), written fresh,
many in their language's legacy charset, some mislabelled as browsers meet them (GB18030-only
characters under a gb2312 label, HKSCS characters under big5, NEC symbols under shift_jis,
Hangul outside KS X 1001 under euc-kr, windows-1252 quotes under iso-8859-1) and some with no
label at all. One defacement page in six is a Chinese, Japanese or other portal's own article
page with its headline, text and links rewritten (a tampered page, not a splash page)."""

# ruff: noqa: RUF001

from __future__ import annotations

import html
import random
from string import Template

from ..model import PageItem
from .data.legit_cjk import JA, KO, ZH_CN, ZH_TW
from .data.legit_latin import DE, ES, ID, PT
from .data.legit_world import AR, FA, HI, RU, TR, VI
from .data.page_lang import LegitLang
from .data.voices import VOICES
from .layouts import ARTICLE, HEAD_META, LAYOUTS
from .render import render
from .variants import LANGS, TEMPLATE_NAMES

# Chinese, Japanese and Korean come twice in each round: most of the portals watched are CJK.
PAGE_LANGS: tuple[LegitLang, ...] = (
    ZH_CN, ZH_TW, JA, KO, RU, AR, ZH_CN, FA, TR, VI, JA, HI, ES, ZH_TW, PT, ID, KO, DE, ZH_CN,
)  # fmt: skip
KINDS = ("news", "notice", "security", "shop", "blog", "news", "error", "maintenance", "landing")
SECTIONS = ("news", "local", "finance", "society", "sports", "culture")
VOICE_OF = {"zh-CN": "zh-Hans", "zh-TW": "zh-Hant"}
TAMPERED_EVERY = 6  # every sixth defacement page is a tampered portal page
PORTAL_LANGS = (ZH_CN, ZH_TW, ZH_CN, JA, KO, RU, AR, VI, TR, ZH_TW)

# defacement pages: (meta label, Python codec); "" as label: no charset declared at all
DEFACE_LEGACY: dict[str, tuple[tuple[str, str], ...]] = {
    "zh-Hans": (("gb2312", "gbk"), ("gbk", "gbk"), ("GB18030", "gb18030"), ("", "gbk")),
    "zh-Hant": (("big5", "big5hkscs"), ("BIG5-HKSCS", "big5hkscs"), ("", "big5hkscs")),
    "ja": (("Shift_JIS", "cp932"), ("EUC-JP", "euc_jp"), ("iso-2022-jp", "iso2022_jp")),
    "ko": (("EUC-KR", "cp949"), ("ks_c_5601-1987", "cp949")),
    "ru": (("windows-1251", "cp1251"), ("KOI8-R", "koi8_r")),
    "uk": (("windows-1251", "cp1251"), ("KOI8-U", "koi8_u")),
    "ar": (("windows-1256", "cp1256"),),
    "ur": (("windows-1256", "cp1256"),),
    "tr": (("windows-1254", "cp1254"), ("ISO-8859-9", "cp1254")),
    "th": (("TIS-620", "cp874"), ("windows-874", "cp874")),
    "pl": (("iso-8859-2", "iso8859_2"), ("windows-1250", "cp1250")),
    "es": (("windows-1252", "cp1252"),),
    "pt": (("iso-8859-1", "cp1252"),),
    "fr": (("iso-8859-15", "iso8859_15"),),
    "it": (("windows-1252", "cp1252"),),
    "de": (("iso-8859-1", "cp1252"),),
}
LEGACY_SHARE = 0.7

# legit pages: the (label, codec) each language is dealt in turn; "" as label: no declaration
LEGIT_ENCODINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "zh-CN": (
        ("gb2312", "gbk"),
        ("GBK", "gbk"),
        ("gb2312", "gb18030"),
        ("utf-8", "utf-8"),
        ("GB18030", "gb18030"),
        ("", "gbk"),
    ),
    "zh-TW": (("big5", "big5hkscs"), ("Big5", "big5"), ("utf-8", "utf-8"), ("big5-hkscs", "big5hkscs")),
    "ja": (
        ("shift_jis", "cp932"),
        ("EUC-JP", "euc_jp"),
        ("utf-8", "utf-8"),
        ("", "cp932"),
        ("Shift_JIS", "shift_jis"),
    ),
    "ko": (("euc-kr", "cp949"), ("utf-8", "utf-8"), ("EUC-KR", "euc_kr"), ("ks_c_5601-1987", "cp949")),
    "ru": (("windows-1251", "cp1251"), ("utf-8", "utf-8"), ("koi8-r", "koi8_r"), ("", "cp1251")),
    "ar": (("windows-1256", "cp1256"), ("utf-8", "utf-8")),
    "fa": (("utf-8", "utf-8"), ("", "utf-8")),
    "tr": (("windows-1254", "cp1254"), ("utf-8", "utf-8"), ("iso-8859-9", "cp1254")),
    "es": (("iso-8859-1", "cp1252"), ("utf-8", "utf-8"), ("windows-1252", "cp1252")),
    "pt": (("iso-8859-1", "cp1252"), ("utf-8", "utf-8")),
    "de": (("utf-8", "utf-8"), ("iso-8859-15", "iso8859_15")),
}
# a line only the wider decoder reads, added where the page is encoded with it
WIDER_LINE: dict[tuple[str, str], str] = {
    ("zh-CN", "gb18030"): "本文编辑：陈䶮",
    ("zh-TW", "big5hkscs"): "街坊：佢哋喺度等緊巴士。",
    ("ja", "cp932"): "①会場：市民ホール　②時間：午後２時～",
    ("ko", "cp949"): "똠방각하 전시회 안내",
    ("es", "cp1252"): "Envío gratis desde 30 € – “oferta de temporada”",
    ("pt", "cp1252"): "Frete grátis acima de 99 reais – “promoção de inverno”",
}


def esc(text: str) -> str:
    """Escaped for a text node or a double-quoted attribute (apostrophes kept as they are)."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def _pid(seed: int, family: str, index: int) -> str:
    return f"p-{random.Random(f'v5:{seed}:id:{family}:{index}').getrandbits(48):012x}"


def _values(lang: LegitLang, rng: random.Random, label: str, site_index: int) -> dict[str, str]:
    """Everything a layout needs but the article itself."""
    site, domain = lang.sites[site_index]
    year, month, day = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hour = rng.randint(7, 21)
    nav = list(zip(SECTIONS, lang.nav, strict=False))
    others = [a[0] for a in (*lang.news, *lang.security, lang.notice, lang.blog)]
    related = rng.sample(others, min(len(others), rng.randint(3, 5)))

    def href() -> str:
        number = rng.randint(100000, 9999999)
        return f"https://{domain}/{rng.choice(SECTIONS)}/{year}/{month:02d}{day:02d}/{number}.html"

    name, text, price = lang.product
    return {
        "meta": rng.choice(HEAD_META).replace("$charset", label) if label else "",
        "lang": lang.code,
        "dir": lang.direction,
        "site": esc(site),
        "domain": domain,
        "nav_li": "".join(f'<li><a href="/{s}/">{esc(n)}</a></li>' for s, n in nav),
        "nav_a": " | ".join(f'<a href="/{s}/">{esc(n)}</a>' for s, n in nav),
        "nav_first": esc(lang.nav[0]),
        "home": esc(lang.nav[0]),
        "section": SECTIONS[2],
        "section_label": esc(lang.nav[2]),
        "date": f"{year}-{month:02d}-{day:02d} {hour:02d}:{rng.choice(('08', '30', '52'))}",
        "related": esc(lang.related),
        "related_li": "".join(f'<li><a href="{href()}">{esc(t)}</a></li>' for t in related),
        "footer": esc(lang.footer),
        "ver": f"{rng.getrandbits(24):06x}",
        "num": str(rng.randint(10000, 999999)),
        "product_name": esc(name),
        "product_text": esc(text),
        "price": esc(price),
        "error_title": esc(lang.error[0]),
        "error_text": esc(lang.error[1]),
        "maint_title": esc(lang.maintenance[0]),
        "maint_text": esc(lang.maintenance[1]),
        "landing_line": esc(lang.landing[0]),
        "landing_sub": esc(lang.landing[1]),
    }


def _tampered_portal(index: int, rng: random.Random) -> tuple[str, str, dict[str, object]]:
    """A portal's own article page whose headline, text and related links say the group's words."""
    lang = PORTAL_LANGS[(index // TAMPERED_EVERY) % len(PORTAL_LANGS)]
    voice = VOICES[VOICE_OF.get(lang.code, lang.code)]
    choices = LEGIT_ENCODINGS.get(lang.code, (("utf-8", "utf-8"),))
    label, codec = choices[(index // TAMPERED_EVERY) % len(choices)]
    values = _values(lang, rng, label, 0)
    headline = rng.choice(voice.plain + voice.slogans)
    lines = [*rng.sample(voice.lines, 2), rng.choice(voice.plain)]
    values |= {
        "headline": esc(headline),
        "paragraphs": "\n".join(f"<p>{esc(x)}</p>" for x in lines),
        "related_li": "".join(
            f'<li><a href="https://{values["domain"]}/news/{rng.randint(100000, 9999999)}.html">'
            f"{esc(s)}</a></li>"
            for s in rng.sample(voice.slogans, 3)
        ),
    }
    markup = Template(ARTICLE).substitute(values)
    return (
        markup,
        codec,
        {"lang": lang.code, "template": "tampered-portal-article", "charset": label or f"none ({codec})"},
    )


def deface_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v5:{seed}:deface-page:{index}")
    if index % TAMPERED_EVERY == TAMPERED_EVERY - 1:
        markup, codec, info = _tampered_portal(index, rng)
    else:
        template = TEMPLATE_NAMES[(index * 3) % len(TEMPLATE_NAMES)]
        lang = LANGS[(index + index // len(LANGS)) % len(LANGS)]
        label, codec = "utf-8", "utf-8"
        if lang in DEFACE_LEGACY and rng.random() < LEGACY_SHARE:
            label, codec = rng.choice(DEFACE_LEGACY[lang])
        markup, info = render(rng, lang, template, label or "utf-8")
        if not label:
            markup = markup.replace('<meta charset="utf-8">', "")
        info["charset"] = label or f"none ({codec})"
    data = markup.encode(codec, "xmlcharrefreplace")
    return PageItem(_pid(seed, "deface-page", index), data, "defaced", "deface-page", info | {"edition": 5})


def _article(lang: LegitLang, kind: str, rng: random.Random) -> tuple[str, tuple[str, ...]]:
    if kind == "news":
        return rng.choice(lang.news)
    if kind == "security":
        return rng.choice(lang.security)
    if kind == "notice":
        return lang.notice
    if kind == "blog":
        return lang.blog
    return lang.news[0]


SITE_OF = {"notice": 1, "shop": 2, "maintenance": 2, "landing": 2, "blog": 3}


def legit_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v5:{seed}:legit-page:{index}")
    lang = PAGE_LANGS[index % len(PAGE_LANGS)]
    seen = sum(1 for j in range(index) if PAGE_LANGS[j % len(PAGE_LANGS)].code == lang.code)
    kind = KINDS[(seen + index) % len(KINDS)]
    choices = LEGIT_ENCODINGS.get(lang.code, (("utf-8", "utf-8"),))
    label, codec = choices[seen % len(choices)]
    site_index = SITE_OF.get(kind, rng.randrange(len(lang.sites)) if kind == "error" else 0)
    values = _values(lang, rng, label, site_index)
    headline, paragraphs = _article(lang, kind, rng)
    extra = [WIDER_LINE[lang.code, codec]] if (lang.code, codec) in WIDER_LINE else []
    values |= {
        "headline": esc(headline),
        "paragraphs": "\n".join(f"<p>{esc(p)}</p>" for p in (*paragraphs, *extra)),
    }
    data = Template(LAYOUTS[kind]).substitute(values).encode(codec)
    info: dict[str, object] = {
        "lang": lang.code,
        "kind": kind,
        "charset": label or f"none ({codec})",
        "edition": 5,
    }
    return PageItem(_pid(seed, "legit-page", index), data, "legit", "legit", info)
