"""`replace`: the whole page swapped for a defacement page (UTF-8, as the site's header says)."""

from __future__ import annotations

import random

from ..attack import Attack, Page
from ..splice import ByteEdit
from .deface import deface_html, encode_page


def replace(page: Page, rng: random.Random, lang: str, look: str) -> Attack:
    markup, info = deface_html(lang, look, rng)
    data, charset = encode_page(markup, lang, legacy=False)
    return Attack(data, [ByteEdit(0, len(page.raw), 0, len(data))], info | {"charset": charset})
