"""The page task: defacement pages (`deface-page`) and legit pages (`legit`), written fresh."""

from __future__ import annotations

import random
import re

from .deface_render import render
from .legit_pages import build_legit_page
from .model import PageItem
from .variants import TEMPLATE_NAMES, TEXT_LANGS

# some defacement pages in their language's legacy charset, declared in a meta tag
LEGACY = {
    "ru": ("windows-1251", "cp1251"),
    "ar": ("windows-1256", "cp1256"),
    "tr": ("windows-1254", "cp1254"),
    "zh": ("gbk", "gbk"),
    "fa": ("windows-1256", "cp1256"),
}
_META = re.compile(r"charset=[\"']?utf-8[\"']?", re.I)


def _charset(page: str, label: str) -> str:
    if _META.search(page):
        return _META.sub(f'charset="{label}"' if 'charset="' in page.lower() else f"charset={label}", page, 1)
    return re.sub(r"(<head[^>]*>)", rf'\1<meta charset="{label}">', page, count=1, flags=re.I)


def deface_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"{seed}:deface-page:{index}")
    template = TEMPLATE_NAMES[(index * 3) % len(TEMPLATE_NAMES)]
    lang = TEXT_LANGS[(index + index // len(TEXT_LANGS)) % len(TEXT_LANGS)]
    markup, info = render(rng, lang, template)
    label, codec = "utf-8", "utf-8"
    if lang in LEGACY and rng.random() < 0.35:
        label, codec = LEGACY[lang]
        markup = _charset(markup, label)
    pid = f"p-{random.Random(f'{seed}:id:deface-page:{index}').getrandbits(48):012x}"
    data = markup.encode(codec, "xmlcharrefreplace")
    return PageItem(pid, data, "defaced", "deface-page", info | {"charset": label})


def legit_page(index: int, seed: int) -> PageItem:
    data, info = build_legit_page(index, seed)
    pid = f"p-{random.Random(f'{seed}:id:legit-page:{index}').getrandbits(48):012x}"
    return PageItem(pid, data, "legit", "legit", info)
