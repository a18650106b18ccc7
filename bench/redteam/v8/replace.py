"""`replace` (edition 8): the whole snapshot becomes one of edition 8's defacement pages."""

from __future__ import annotations

import random

from ..attack import Attack, Page
from .deface_look import render


def replace(page: Page, rng: random.Random, lang: str, look: str) -> Attack:
    markup, info = render(rng, lang, look)
    data = markup.encode("utf-8")
    return Attack(data, [], info | {"bytes": len(data)})
