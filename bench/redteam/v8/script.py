"""`script` (edition 8): one foreign loader, skimmer or module from a host the site never used;
on a page full of third-party tags half the time, placed among them."""

from __future__ import annotations

import random

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import encodable
from ..vendor import third_party_scripts
from .data.hosts import COLLECT_PATHS, LANDING_PATHS, LOOKALIKES, SCRIPT_PATHS, SYLLABLES, TLDS
from .script_styles import STYLES, TARGET


def _random_host(rng: random.Random) -> str:
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    sub = rng.choice(("", "", "cdn.", "assets.", "t.", "edge."))
    return f"{sub}{name}{rng.choice(('', str(rng.randint(1, 99))))}{rng.choice(TLDS)}"


def attacker_url(rng: random.Random, style: str) -> tuple[str, str]:
    domain = rng.choice(LOOKALIKES) if rng.random() < 0.5 else _random_host(rng)
    tag = "".join(rng.choice("0123456789abcdefghjkmnpqrstuvwxyz") for _ in range(rng.randint(5, 8)))
    paths = {"script": SCRIPT_PATHS, "collect": COLLECT_PATHS, "page": LANDING_PATHS}[TARGET[style]]
    return domain, f"https://{domain}{rng.choice(paths).format(tag=tag)}"


def script(page: Page, rng: random.Random, style: str, ad_heavy: bool = False) -> Attack:
    for _ in range(10):
        domain, url = attacker_url(rng, style)
        if not page.seen(domain):
            break
    else:
        raise NotApplicable("every candidate host already occurs on the site")
    snippet = STYLES[style](url, rng)
    tags = third_party_scripts(page) if ad_heavy else []
    if tags:
        at, where = rng.choice(tags), "among-third-party-tags"
    elif snippet.where == "head":
        at, where = page.head_end(), "head"
    elif snippet.where == "body-start":
        at, where = page.body().inner, "body-start"
    else:
        at, where = page.body_end(), "body-end"
    info: dict[str, object] = {"style": style, "domain": domain, "url": url, "where": where}
    return splice(page, [insert(at, encodable(snippet.html, page.codec))], info)
