"""`script`: a foreign script, loader, skimmer or redirect added next to the page's own (edition 9)."""

from __future__ import annotations

import random

from ..attack import Attack, NotApplicable, Page, insert, splice
from .data.script_hosts import FILENAMES, HOSTS
from .script_styles import STYLES

HEAD_SHARE = 0.5


def script(page: Page, rng: random.Random, style: str) -> Attack:
    hosts = [h for h in HOSTS if not page.seen(h)]
    if not hosts:
        raise NotApplicable("every host already on the site")
    host = rng.choice(hosts)
    sub = rng.choice(("", "cdn.", "static.", "js.", "assets."))
    url = f"https://{sub}{host}/{rng.choice(FILENAMES)}"
    tag = f"_{rng.getrandbits(24):06x}"
    markup = STYLES[style](url, f"{sub}{host}", tag)
    at = (
        page.head_end()
        if style not in ("broken-gif-onerror", "svg-onload-loader") and rng.random() < HEAD_SHARE
        else page.body_end()
    )
    info: dict[str, object] = {"style": style, "domain": host, "host": f"{sub}{host}", "url": url, "tag": tag}
    return splice(page, [insert(at, markup)], info)
