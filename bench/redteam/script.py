"""`script`: one injected script, iframe, meta refresh or redirect to a domain the site never used."""

from __future__ import annotations

import random

from .attack import Attack, NotApplicable, Page, insert, splice
from .charset import encodable
from .data.script_hosts import (
    COLLECT_PATHS,
    LANDING_PATHS,
    LOOKALIKES,
    RANDOM_SYLLABLES,
    RANDOM_TLDS,
    SCRIPT_PATHS,
)
from .script_styles import STYLES, TARGET


def random_domain(rng: random.Random) -> str:
    name = "".join(rng.choice(RANDOM_SYLLABLES) for _ in range(rng.randint(2, 4)))
    if rng.random() < 0.4:
        name += str(rng.randint(2, 99))
    sub = rng.choice(("", "", "cdn.", "static.", "js.", "api."))
    return f"{sub}{name}{rng.choice(RANDOM_TLDS)}"


def attacker_url(rng: random.Random, style: str, lookalike: bool) -> tuple[str, str]:
    domain = rng.choice(LOOKALIKES) if lookalike else random_domain(rng)
    tag = "".join(rng.choice("0123456789abcdefghjkmnpqrstuvwxyz") for _ in range(rng.randint(5, 9)))
    paths = {"script": SCRIPT_PATHS, "page": LANDING_PATHS, "collect": COLLECT_PATHS}[TARGET[style]]
    return domain, f"https://{domain}{rng.choice(paths).format(tag=tag)}"


def script(page: Page, rng: random.Random, style: str) -> Attack:
    for _ in range(8):
        domain, url = attacker_url(rng, style, lookalike=rng.random() < 0.5)
        if not page.seen(domain):
            break
    else:
        raise NotApplicable("every candidate domain already occurs on the site")
    snippet = STYLES[style](url, rng)
    if snippet.where == "head":
        at = page.head_end()
    elif snippet.where == "body-start":
        at = page.body().inner
    else:
        at = page.body_end()
    info: dict[str, object] = {"style": style, "domain": domain, "url": url, "where": snippet.where}
    return splice(page, [insert(at, encodable(snippet.html, page.codec))], info)
