"""`replace`: the whole page replaced by a defacement page, in the page's own charset (edition 9)."""

from __future__ import annotations

import random

from ..attack import Attack, Page
from ..splice import ByteEdit
from .data.slogans import CREWS, SLOGANS, crew_for
from .deface_look import Voice, deface_html

MAX_LINES = 3


def replace(page: Page, rng: random.Random, lang: str, look: str) -> Attack:
    slogans = tuple(rng.sample(SLOGANS[lang], rng.randint(1, MAX_LINES)))
    voice = Voice(lang, slogans, crew_for(lang, rng.random(), rng.choice(CREWS)), page.codec)
    data = deface_html(look, voice, page.codec, rng).encode(page.codec)
    info: dict[str, object] = {"look": look, "language": lang, "crew": voice.crew}
    return Attack(data, [ByteEdit(0, len(page.raw), 0, len(data))], info)
