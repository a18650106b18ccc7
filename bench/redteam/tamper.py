"""`tamper`: 1-5 top headlines get slogans in place of their text; markup and links stay."""

from __future__ import annotations

import random

from .attack import Attack, NotApplicable, Page, splice
from .charset import html_text
from .data.slogans import SLOGANS
from .headlines import top_headlines
from .splice import Edit


def tamper(page: Page, rng: random.Random, lang: str) -> Attack:
    count = rng.choice((1, 1, 2, 2, 3, 3, 4, 5))
    runs = top_headlines(page.scan, count)
    if not runs:
        raise NotApplicable("no headline")
    pool = list(SLOGANS[lang])
    rng.shuffle(pool)
    edits, replaced = [], []
    for n, run in enumerate(runs):
        slogan = pool[n % len(pool)]
        lead = len(run.raw) - len(run.raw.lstrip())
        trail = len(run.raw) - len(run.raw.rstrip())
        edits.append(Edit(run.start + lead, run.end - trail, html_text(slogan, page.codec)))
        replaced.append(run.stripped[:120])
    return splice(page, edits, {"lang": lang, "headlines": len(runs), "replaced": replaced})
