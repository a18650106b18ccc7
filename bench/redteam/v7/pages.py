"""Edition 7's page task: defacement pages (`deface-page`) and legit pages (`legit`) written fresh,
in thirteen languages for the legit ones and twenty for the defacements, many in their language's
legacy charset, some mislabelled as browsers meet them (GBK characters under a gb2312 label, HKSCS
under big5, NEC symbols under shift_jis, cp949-only Hangul under euc-kr, windows-1252 quotes under
iso-8859-1) and some with no label at all. Legit pages span twenty kinds (see
``page_layouts.KINDS``) in four themes, with and without navigation. One defacement page in six is
a portal's own article page with its headline, text and links rewritten."""

# ruff: noqa: RUF001

from __future__ import annotations

import random
from string import Template

from ..model import PageItem
from .data.page_lang import PageLang
from .data.pages_cjk import JA, KO, ZH_CN, ZH_TW
from .data.pages_latin import ES, ID, PT, VI
from .data.pages_tr_hi import HI, TR
from .data.pages_world import AR, FA, RU, UK
from .data.servers import SERVER_ERRORS
from .data.voices import VOICES
from .page_layouts import BODIES, HEAD_META, KINDS, SITE_OF, THEMES, esc, shell
from .render import render
from .variants import DEFACE_LANGS, TEMPLATE_NAMES

EDITION = 7
PAGE_LANGS: tuple[PageLang, ...] = (
    ZH_CN,
    JA,
    ZH_TW,
    KO,
    RU,
    AR,
    ZH_CN,
    FA,
    TR,
    VI,
    HI,
    ES,
    PT,
    ID,
    UK,
    JA,
    KO,
)
THEME_NAMES = tuple(THEMES)
TAMPERED_EVERY = 6
VOICE_OF = {"zh-CN": "zh-Hans", "zh-TW": "zh-Hant"}
PORTAL_LANGS = (ZH_CN, ZH_TW, JA, KO, ZH_CN, RU, AR, VI, TR, FA)
MESSAGE_KINDS = frozenset(
    {
        "maintenance",
        "coming-soon",
        "brand-landing-dark",
        "parked-domain",
        "age-gate",
        "app-download",
        "event-onepager",
        "memorial",
    }
)
LEGACY_SHARE = 0.7
NAV_SHARE_MESSAGE = 0.3  # message-shaped pages (maintenance, landing, ...) mostly stand alone
NAV_SHARE_CONTENT = 0.8  # content pages mostly sit inside the site's navigation


DEFACE_LEGACY: dict[str, tuple[tuple[str, str], ...]] = {
    "zh-Hans": (("gb2312", "gbk"), ("GBK", "gbk"), ("gb18030", "gb18030"), ("", "gbk")),
    "zh-Hant": (("big5", "big5hkscs"), ("Big5-HKSCS", "big5hkscs"), ("", "big5hkscs")),
    "ja": (("shift_jis", "cp932"), ("euc-jp", "euc_jp"), ("ISO-2022-JP", "iso2022_jp")),
    "ko": (("euc-kr", "cp949"), ("ks_c_5601-1987", "cp949")),
    "ru": (("windows-1251", "cp1251"), ("koi8-r", "koi8_r")),
    "uk": (("windows-1251", "cp1251"), ("koi8-u", "koi8_u")),
    "ar": (("windows-1256", "cp1256"),),
    "he": (("windows-1255", "cp1255"), ("iso-8859-8", "iso8859_8")),
    "tr": (("windows-1254", "cp1254"), ("iso-8859-9", "cp1254")),
    "th": (("tis-620", "cp874"), ("windows-874", "cp874")),
    "pl": (("iso-8859-2", "iso8859_2"), ("windows-1250", "cp1250")),
    "es": (("iso-8859-1", "cp1252"), ("windows-1252", "cp1252")),
    "pt": (("iso-8859-1", "cp1252"),),
    "fr": (("iso-8859-15", "iso8859_15"), ("windows-1252", "cp1252")),
    "de": (("iso-8859-1", "cp1252"),),
}
LEGIT_ENCODINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "zh-CN": (
        ("gb2312", "gbk"),
        ("GBK", "gbk"),
        ("utf-8", "utf-8"),
        ("GB18030", "gb18030"),
        ("", "gbk"),
        ("gb2312", "gb18030"),
    ),
    "zh-TW": (("big5", "big5hkscs"), ("utf-8", "utf-8"), ("Big5", "big5"), ("", "big5hkscs")),
    "ja": (("Shift_JIS", "cp932"), ("EUC-JP", "euc_jp"), ("utf-8", "utf-8"), ("", "cp932")),
    "ko": (("EUC-KR", "cp949"), ("utf-8", "utf-8"), ("euc-kr", "euc_kr")),
    "ru": (("windows-1251", "cp1251"), ("KOI8-R", "koi8_r"), ("utf-8", "utf-8"), ("", "cp1251")),
    "uk": (("windows-1251", "cp1251"), ("utf-8", "utf-8"), ("koi8-u", "koi8_u")),
    "ar": (("windows-1256", "cp1256"), ("utf-8", "utf-8")),
    "tr": (("windows-1254", "cp1254"), ("utf-8", "utf-8"), ("ISO-8859-9", "cp1254")),
    "es": (("iso-8859-1", "cp1252"), ("utf-8", "utf-8"), ("windows-1252", "cp1252")),
    "pt": (("ISO-8859-1", "cp1252"), ("utf-8", "utf-8")),
    "id": (("utf-8", "utf-8"), ("iso-8859-1", "cp1252")),
}
# a line only the wider decoder reads, added where the label names the narrower charset
WIDER_LINE: dict[tuple[str, str], str] = {
    ("zh-CN", "gbk"): "责任编辑：朱镕 陈喆",
    ("zh-CN", "gb18030"): "校对：刘镕",
    ("zh-TW", "big5hkscs"): "記者：呢度嘅街坊",
    ("ja", "cp932"): "㈱みなと企画　②会場",
    ("ko", "cp949"): "햏 편집부",
    ("es", "cp1252"): "Envío “exprés” – 5 €",
    ("pt", "cp1252"): "Entrega “expressa” – 9 €",
}
NARROW_LABELS = frozenset({"gb2312", "big5", "shift_jis", "euc-kr", "iso-8859-1"})
# what a legacy page writes for a character its charset lacks
FALLBACK = {"©": "&copy;", "«": '"', "»": '"', "–": "-", "—": "-", "“": '"', "”": '"', "·": "|", "¥": "&yen;"}


def _fit(markup: str, codec: str) -> bytes:
    """``markup`` in ``codec``, the few characters it lacks written as a legacy page would."""
    out = []
    for char in markup:
        try:
            char.encode(codec)
            out.append(char)
        except UnicodeEncodeError:
            out.append(FALLBACK[char])
    return "".join(out).encode(codec)


def _pid(seed: int, family: str, index: int) -> str:
    return f"p-{random.Random(f'v7:{seed}:id:{family}:{index}').getrandbits(48):012x}"


def _meta(rng: random.Random, label: str) -> str:
    return Template(rng.choice(HEAD_META)).substitute(charset=label) if label else ""


def _wider(markup: str, lang: str, label: str, codec: str) -> str:
    line = WIDER_LINE.get((lang, codec))
    if line is None or label.lower() not in NARROW_LABELS:
        return markup
    return markup.replace("</main>", f'<p class="byline">{esc(line)}</p></main>', 1)


def legit_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v7:{seed}:legit-page:{index}")
    lang = PAGE_LANGS[index % len(PAGE_LANGS)]
    kind = KINDS[(index * 7 + index // len(KINDS)) % len(KINDS)]
    seen = sum(1 for j in range(index) if PAGE_LANGS[j % len(PAGE_LANGS)].code == lang.code)
    choices = LEGIT_ENCODINGS.get(lang.code, (("utf-8", "utf-8"),))
    label, codec = choices[seen % len(choices)]
    theme = THEME_NAMES[(index // 2) % len(THEME_NAMES)]
    with_nav = rng.random() < (NAV_SHARE_MESSAGE if kind in MESSAGE_KINDS else NAV_SHARE_CONTENT)
    site = SITE_OF.get(kind, 0)
    info: dict[str, object] = {
        "lang": lang.code,
        "kind": kind,
        "theme": theme,
        "nav": with_nav,
        "edition": EDITION,
    }
    if kind == "server-error":
        server = sorted(SERVER_ERRORS)[(index // len(KINDS)) % len(SERVER_ERRORS)]
        markup = SERVER_ERRORS[server].replace("$domain", lang.sites[site][1])
        label, codec = ("", "ascii") if "charset" not in markup else ("iso-8859-1", "cp1252")
        info |= {"server": server, "theme": "server-default", "nav": False}
    else:
        title, main = BODIES[kind](lang, rng, lang.sites[site][1])
        extra = "html{filter:grayscale(1)}" if kind == "memorial" else ""
        markup = shell(lang, title, main, theme, with_nav, _meta(rng, label), site, extra)
        markup = _wider(markup, lang.code, label, codec)
    info["charset"] = label or f"none ({codec})"
    return PageItem(_pid(seed, "legit-page", index), _fit(markup, codec), "legit", "legit", info)


def _tampered_portal(index: int, rng: random.Random) -> tuple[str, str, dict[str, object]]:
    lang = PORTAL_LANGS[(index // TAMPERED_EVERY) % len(PORTAL_LANGS)]
    voice = VOICES[VOICE_OF.get(lang.code, lang.code)]
    choices = LEGIT_ENCODINGS.get(lang.code, (("utf-8", "utf-8"),))
    label, codec = choices[(index // TAMPERED_EVERY) % len(choices)]
    headline = rng.choice(voice.slogans)
    lines = rng.sample(voice.lines, 2)
    related = "".join(
        f'<li><a href="https://{lang.sites[0][1]}/news/{rng.randint(100000, 9999999)}.html">{esc(s)}</a></li>'
        for s in rng.sample(voice.slogans, 3)
    )
    main = (
        f"<article><h1>{esc(headline)}</h1><p>"
        f"<time>{rng.randint(2025, 2026)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        f"</time></p>{''.join(f'<p>{esc(x)}</p>' for x in lines)}</article><aside><ul>{related}</ul></aside>"
    )
    markup = shell(lang, headline, main, "light", True, _meta(rng, label), 0)
    info: dict[str, object] = {
        "lang": lang.code,
        "template": "tampered-portal-article",
        "charset": label or f"none ({codec})",
    }
    return markup, codec, info


def deface_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v7:{seed}:deface-page:{index}")
    if index % TAMPERED_EVERY == TAMPERED_EVERY - 1:
        markup, codec, info = _tampered_portal(index, rng)
    else:
        template = TEMPLATE_NAMES[(index * 5) % len(TEMPLATE_NAMES)]
        lang = DEFACE_LANGS[(index + index // len(DEFACE_LANGS)) % len(DEFACE_LANGS)]
        label, codec = "utf-8", "utf-8"
        if lang in DEFACE_LEGACY and rng.random() < LEGACY_SHARE:
            label, codec = rng.choice(DEFACE_LEGACY[lang])
        markup, info = render(rng, lang, template, label or "utf-8")
        if not label:
            markup = markup.replace('<meta charset="utf-8">', "")
        info["charset"] = label or f"none ({codec})"
    data = markup.encode(codec, "xmlcharrefreplace")
    return PageItem(
        _pid(seed, "deface-page", index), data, "defaced", "deface-page", info | {"edition": EDITION}
    )
