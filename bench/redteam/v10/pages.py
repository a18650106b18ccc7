"""The page task: whole defacement pages and ordinary pages, many in a legacy charset."""

from __future__ import annotations

import html
import random

from ..model import PageItem
from .data.page_texts import PAGE_TEXTS
from .data.slogans import CREWS, SLOGANS
from .deface import LOOKS, deface_html, encode_page
from .inject import BLOCKS
from .page_kinds import LAYOUTS, legit_html

LEGACY_EVERY = 3  # one round in this many (through all languages) stays in UTF-8
OVERLAID_EVERY = 4  # one in this many defacement pages is a real-looking page under a crew's block
PREFIX = "v10"


def _pid(kind: str, index: int, seed: int) -> str:
    return f"p-{random.Random(f'{PREFIX}{seed}:page:{kind}:{index}').getrandbits(48):012x}"


def deface_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"{PREFIX}{seed}:deface-page:{index}")
    langs = list(SLOGANS)
    lang = langs[index % len(langs)]
    legacy = (index // len(langs)) % LEGACY_EVERY != 0
    if index % OVERLAID_EVERY == OVERLAID_EVERY - 1 and lang in PAGE_TEXTS:
        layout = list(LAYOUTS)[index % len(LAYOUTS)]
        markup = legit_html(lang, layout, PAGE_TEXTS[lang])
        block = list(BLOCKS)[index % len(BLOCKS)]
        slogan, crew = html.escape(rng.choice(SLOGANS[lang])), html.escape(rng.choice(CREWS))
        markup = markup.replace("<body>", "<body>" + BLOCKS[block](slogan, crew, f' lang="{lang}"'), 1)
        info: dict[str, object] = {"kind": "overlaid", "layout": layout, "block": block, "lang": lang}
    else:
        look = list(LOOKS)[(index // len(langs) + index) % len(LOOKS)]
        markup, info = deface_html(lang, look, rng)
        info["kind"] = "whole"
    data, charset = encode_page(markup, lang, legacy)
    return PageItem(_pid("deface", index, seed), data, "defaced", "deface-page", info | {"charset": charset})


def legit_page(index: int, seed: int) -> PageItem:
    langs = list(PAGE_TEXTS)
    lang = langs[index % len(langs)]
    layout = list(LAYOUTS)[(index // len(langs) + index) % len(LAYOUTS)]
    legacy = (index // len(langs)) % LEGACY_EVERY != 0
    texts = dict(PAGE_TEXTS[lang])
    turn = index // len(langs) % len(texts["heads"])
    texts["heads"] = texts["heads"][turn:] + texts["heads"][:turn]  # another story leads each round
    data, charset = encode_page(legit_html(lang, layout, texts), lang, legacy)
    info: dict[str, object] = {"layout": layout, "lang": lang, "charset": charset}
    return PageItem(_pid("legit", index, seed), data, "legit", "legit", info)
