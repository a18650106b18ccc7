"""The CJK edition's page task: single front pages of its sites (some redesigned, some in mourning
grey, some with an emergency bar) as legit pages, and defacement pages as a crew would upload them
(UTF-8, or GBK/Big5 labelled by a meta tag as Chinese crews' editors often save them)."""

from __future__ import annotations

import hashlib
import random
from datetime import timedelta

from ..model import PageItem
from .attacks.replace import TEMPLATES, page_markup
from .data.attackers import TITLES
from .encode import served
from .history import first_view, next_view
from .scenarios import FIRST_DAY
from .sites import SITES
from .templates.registry import render

REDESIGNED_SHARE, MOURNING_SHARE = 0.4, 0.1
DAYS = 2600  # the span page dates are drawn from
LEGACY_CHARSETS = {
    "zh-Hans": ("gbk", "gb2312"),
    "zh-Hant": ("big5hkscs", "big5"),
    "ja": ("cp932", "shift_jis"),
}


def _pid(kind: str, index: int, seed: int) -> str:
    return hashlib.sha256(f"cjk-page:{seed}:{kind}:{index}".encode()).hexdigest()[:16]


def legit_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"cjk-page:{seed}:legit:{index}")
    site = SITES[index % len(SITES)]
    view = first_view(site, rng, FIRST_DAY + timedelta(days=rng.randrange(DAYS)))
    for _ in range(rng.randint(0, 3)):
        view = next_view(view, rng, rng.choice(site.cadence))
    view.redesigned = site.redesign is not None and rng.random() < REDESIGNED_SHARE
    view.mourning = site.lang == "zh-Hans" and rng.random() < MOURNING_SHARE
    data, _ = served(view, render(view))
    info = {
        "edition": "cjk",
        "site": site.key,
        "kind": site.kind,
        "language": site.lang,
        "charset": site.charset,
        "redesigned": view.redesigned,
        "mourning": view.mourning,
    }
    return PageItem(_pid("legit", index, seed), data, "legit", "legit", info)


def deface_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"cjk-page:{seed}:deface:{index}")
    template = TEMPLATES[index % len(TEMPLATES)]
    langs = sorted(TITLES)
    lang = ("zh-Hans", "zh-Hant", "ja")[index % 3] if index % 2 else langs[index % len(langs)]
    markup, _ = page_markup(rng, template, lang)
    charset = "utf-8"
    if lang in LEGACY_CHARSETS and rng.random() < 0.35:
        codec, charset = LEGACY_CHARSETS[lang]
        data = markup.replace('<meta charset="utf-8">', f'<meta charset="{charset}">').encode(
            codec, "xmlcharrefreplace"
        )
    else:
        data = markup.encode("utf-8")
    info: dict[str, object] = {"edition": "cjk", "template": template, "language": lang, "charset": charset}
    return PageItem(_pid("deface", index, seed), data, "defaced", "deface-page", info)
