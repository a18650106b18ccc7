"""Edition 6's page task: defacement pages (`deface-page`) and legit pages (`legit`), written fresh.
Legit pages are every kind of real single page (``layouts.KINDS``: news, notices, shops, blogs,
forums, docs, logins, search results and the pages shaped like a message: maintenance, coming
soon, dark landings, HTTP errors of several servers and CMSs, parked domains, age gates and cookie
walls, app splashes, event one-pagers, memorials) in thirteen languages and several looks, many in
their language's legacy charset, some mislabelled as browsers meet them (GB18030-only characters
under a gb2312 label, HKSCS under big5, NEC symbols under shift_jis, Hangul outside KS X 1001 under
euc-kr, windows-1252 punctuation under iso-8859-1) and some with no label at all. One defacement
page in six is a portal's own article page whose text is the group's (a tampered page)."""

# ruff: noqa: RUF001

from __future__ import annotations

import random

from ..model import PageItem
from .data.page_lang import PageLang
from .data.pages_cjk import JA, KO, ZH_CN, ZH_TW
from .data.pages_latin import ES, ID, PT, VI
from .data.pages_world import AR, FA, HI, RU, TR
from .data.templates import TEMPLATES
from .data.voices import VOICES
from .layouts import HEAD_META, KINDS, THEMES, Context, Look, document, theme_of
from .render import render
from .variants import FOREIGN_LANGS

# Chinese, Japanese and Korean come twice in each round: most of the portals watched are CJK.
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
    JA,
    HI,
    ES,
    ZH_TW,
    PT,
    ID,
    KO,
)
KIND_NAMES = tuple(KINDS)
THEME_NAMES = tuple(THEMES)
MESSAGE_KINDS = frozenset(
    {
        "maintenance",
        "coming-soon",
        "dark-landing",
        "http-error",
        "parked-domain",
        "age-or-cookie-gate",
        "app-download",
        "memorial",
    }
)
SITE_OF = {
    "gov-notice": 1,
    "shop-product": 2,
    "coming-soon": 2,
    "dark-landing": 2,
    "app-download": 2,
    "forum-thread": 3,
    "blog-post": 3,
}
TAMPERED_EVERY = 6
VOICE_PAGE = {
    "zh-Hans": ZH_CN,
    "zh-Hant": ZH_TW,
    "ja": JA,
    "ko": KO,
    "ru": RU,
    "ar": AR,
    "fa": FA,
    "tr": TR,
    "vi": VI,
    "hi": HI,
    "es": ES,
    "pt": PT,
    "id": ID,
}
TAMPERED_VOICES = ("zh-Hans", "zh-Hant", "ja", "ko", "zh-Hans", "ru", "ar", "vi", "zh-Hant", "tr", "id", "es")

# legit pages: the (label, codec) each language is dealt in turn; "" as label: no declaration
LEGIT_ENCODINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "zh-CN": (
        ("gb2312", "gbk"),
        ("GBK", "gbk"),
        ("gb2312", "gb18030"),
        ("utf-8", "utf-8"),
        ("GB18030", "gb18030"),
        ("", "gbk"),
        ("x-gbk", "gbk"),
    ),
    "zh-TW": (
        ("big5", "big5hkscs"),
        ("Big5", "big5"),
        ("utf-8", "utf-8"),
        ("Big5-HKSCS", "big5hkscs"),
        ("", "big5"),
    ),
    "ja": (
        ("Shift_JIS", "cp932"),
        ("EUC-JP", "euc_jp"),
        ("utf-8", "utf-8"),
        ("shift_jis", "shift_jis"),
        ("", "cp932"),
        ("euc-jp", "euc_jp"),
    ),
    "ko": (("EUC-KR", "cp949"), ("utf-8", "utf-8"), ("euc-kr", "euc_kr"), ("", "cp949")),
    "ru": (("windows-1251", "cp1251"), ("utf-8", "utf-8"), ("KOI8-R", "koi8_r"), ("", "cp1251")),
    "ar": (("windows-1256", "cp1256"), ("utf-8", "utf-8")),
    "tr": (("windows-1254", "cp1254"), ("utf-8", "utf-8"), ("ISO-8859-9", "cp1254")),
    "es": (("iso-8859-1", "cp1252"), ("utf-8", "utf-8"), ("windows-1252", "cp1252")),
    "pt": (("ISO-8859-1", "cp1252"), ("utf-8", "utf-8")),
    "vi": (("utf-8", "utf-8"), ("", "utf-8")),
    "fa": (("utf-8", "utf-8"), ("UTF-8", "utf-8")),
}
# a line only the wider decoder reads, added where the page is encoded with it under a narrower label
WIDER_LINE: dict[tuple[str, str], str] = {
    ("zh-CN", "gb18030"): "责任编辑：𠮷祥",
    ("zh-TW", "big5hkscs"): "街坊話：啱啱收工，一齊飲茶。",
    ("ja", "cp932"): "主催：㈱みなと企画　②番窓口",
    ("ko", "cp949"): "똠얌꿍 요리 교실 안내",
    ("es", "cp1252"): "Envío en 24 h – “sin costes” para socios",
    ("pt", "cp1252"): "Entrega grátis – “só hoje” para assinantes",
}
# defacement pages: (meta label, codec) per voice; "" as label: no charset declared at all
DEFACE_LEGACY: dict[str, tuple[tuple[str, str], ...]] = {
    "zh-Hans": (("gb2312", "gbk"), ("GBK", "gbk"), ("gb18030", "gb18030"), ("", "gbk")),
    "zh-Hant": (("big5", "big5hkscs"), ("Big5", "big5"), ("", "big5hkscs")),
    "ja": (("Shift_JIS", "cp932"), ("EUC-JP", "euc_jp"), ("", "cp932")),
    "ko": (("EUC-KR", "cp949"), ("", "cp949")),
    "ru": (("windows-1251", "cp1251"), ("koi8-r", "koi8_r")),
    "uk": (("windows-1251", "cp1251"), ("koi8-u", "koi8_u")),
    "ar": (("windows-1256", "cp1256"),),
    "tr": (("windows-1254", "cp1254"), ("iso-8859-9", "cp1254")),
    "th": (("tis-620", "cp874"), ("windows-874", "cp874")),
    "es": (("iso-8859-1", "cp1252"),),
    "pt": (("windows-1252", "cp1252"),),
    "fr": (("iso-8859-15", "iso8859_15"),),
}
LEGACY_SHARE = 0.7


def _pid(seed: int, family: str, index: int) -> str:
    return f"p-{random.Random(f'v6:{seed}:id:{family}:{index}').getrandbits(48):012x}"


def _meta(rng: random.Random, label: str) -> str:
    return rng.choice(HEAD_META).format(charset=label) if label else ""


def _fits(markup: str, codec: str) -> bool:
    try:
        markup.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _tampered_portal(index: int, rng: random.Random) -> tuple[str, str, dict[str, object]]:
    """A portal's own article page whose headline, text and related links say the group's words."""
    voice_lang = TAMPERED_VOICES[(index // TAMPERED_EVERY) % len(TAMPERED_VOICES)]
    voice = VOICES[voice_lang]
    page_lang = VOICE_PAGE[voice_lang]
    first, second = rng.sample(voice.lines, 2)
    lang = page_lang._replace(
        article=(rng.choice(voice.plain), first, second),
        headlines=tuple(rng.sample([*voice.slogans, *voice.plain], 4)),
    )
    choices = LEGIT_ENCODINGS.get(lang.code, (("utf-8", "utf-8"),))
    label, codec = choices[(index // TAMPERED_EVERY) % len(choices)]
    site, domain = lang.sites[0]
    look = Look(rng.choice(("light", "paper")), True, False)
    markup = document(Context(lang, site, domain, rng), "news-article", look, _meta(rng, label))
    if not _fits(markup, codec):
        label, codec = "utf-8", "utf-8"
        markup = document(Context(lang, site, domain, rng), "news-article", look, _meta(rng, label))
    info: dict[str, object] = {
        "lang": voice_lang,
        "kind": "tampered-article",
        "template": "tampered-portal-article",
        "charset": label or f"none ({codec})",
    }
    return markup, codec, info


def deface_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v6:{seed}:deface-page:{index}")
    if index % TAMPERED_EVERY == TAMPERED_EVERY - 1:
        markup, codec, info = _tampered_portal(index, rng)
    else:
        names = tuple(TEMPLATES)
        template = names[(index * 5) % len(names)]
        langs = ("en", "de", *FOREIGN_LANGS)
        lang = langs[(index + index // len(langs)) % len(langs)]
        label, codec = "utf-8", "utf-8"
        if lang in DEFACE_LEGACY and rng.random() < LEGACY_SHARE:
            label, codec = rng.choice(DEFACE_LEGACY[lang])
        markup, info = render(rng, lang, template, label or "utf-8")
        if not label:
            markup = markup.replace('<meta charset="utf-8">', "")
        info["charset"] = label or f"none ({codec})"
        info["kind"] = "defacement-splash"
    return PageItem(
        _pid(seed, "deface-page", index),
        markup.encode(codec, "xmlcharrefreplace"),
        "defaced",
        "deface-page",
        info | {"edition": 6},
    )


def legit_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v6:{seed}:legit-page:{index}")
    kind = KIND_NAMES[index % len(KIND_NAMES)]
    lang = PAGE_LANGS[(index + index // len(KIND_NAMES)) % len(PAGE_LANGS)]
    seen = sum(
        1 for j in range(index) if PAGE_LANGS[(j + j // len(KIND_NAMES)) % len(PAGE_LANGS)].code == lang.code
    )
    choices = LEGIT_ENCODINGS.get(lang.code, (("utf-8", "utf-8"),))
    label, codec = choices[seen % len(choices)]
    site, domain = lang.sites[SITE_OF.get(kind, 0)]
    round_ = index // len(KIND_NAMES)  # each kind comes once a round: its look changes every round
    look = Look(THEME_NAMES[(index + round_) % len(THEME_NAMES)], round_ % 2 == 0, kind in MESSAGE_KINDS)
    markup = document(Context(lang, site, domain, rng), kind, look, _meta(rng, label))
    wider = WIDER_LINE.get((lang.code, codec))
    if wider is not None:
        markup = markup.replace("</div><footer", f'<p class="note">{wider}</p></div><footer', 1)
    if not _fits(markup, codec):
        label, codec = "utf-8", "utf-8"
        markup = document(
            Context(lang, site, domain, random.Random(f"v6:{seed}:legit-page:{index}")),
            kind,
            look,
            _meta(rng, label),
        )
    info: dict[str, object] = {
        "lang": lang.code,
        "kind": kind,
        "look": f"{theme_of(kind, look)}{'+nav' if look.nav else ''}",
        "charset": label or f"none ({codec})",
        "edition": 6,
    }
    return PageItem(_pid(seed, "legit-page", index), markup.encode(codec), "legit", "legit", info)
