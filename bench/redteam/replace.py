"""`replace`: the whole snapshot becomes a defacement page."""

from __future__ import annotations

import random

from .attack import Attack, Page
from .deface_render import render


def replace(page: Page, rng: random.Random, lang: str, template: str) -> Attack:
    markup, info = render(rng, lang, template)
    data = markup.encode("utf-8")
    return Attack(data, [], info | {"bytes": len(data)})
