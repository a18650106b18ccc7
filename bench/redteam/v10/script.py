"""`script`: one foreign script, loader or skimmer, placed where the page already keeps scripts."""

from __future__ import annotations

import random

from ..attack import Attack, Page, insert, splice
from ..charset import encodable
from .script_styles import STYLES

BESIDE_EXISTING_SHARE = 0.4


def _beside_a_script(page: Page, rng: random.Random, where: str) -> int | None:
    """The end of one of the page's own scripts in the same part (head or body), if any."""
    head = page.scan.first("head")
    limit = head.end if head is not None and head.end > 0 else page.body().start
    own = [e.end for e in page.scan.all("script") if e.end > 0 and ((e.end <= limit) == (where == "head"))]
    return rng.choice(own) if own else None


def script(page: Page, rng: random.Random, style: str) -> Attack:
    markup, where = STYLES[style](rng)
    at = _beside_a_script(page, rng, where) if rng.random() < BESIDE_EXISTING_SHARE else None
    place = "beside-own-script"
    if at is None:
        at = page.head_end() if where == "head" else page.body_end()
        place = "head-end" if where == "head" else "body-end"
    info: dict[str, object] = {"style": style, "place": place}
    return splice(page, [insert(at, encodable(markup, page.codec))], info)
