"""Edition 3's `script`: one snippet of a style, pointing at a lookalike of a well-known host or at
a plain never-seen one."""

from __future__ import annotations

import random

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import encodable
from .data.hosts import COLLECT_PATHS, LANDING_PATHS, LOOKALIKES, PREFIXES, SCRIPT_PATHS, SYLLABLES, TLDS
from .script_styles import STYLES, TARGET

LOOKALIKE_SHARE = 0.55
DOMAIN_TRIES = 8


def plain_host(rng: random.Random) -> str:
    """A never-seen host made of invented syllables."""
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    if rng.random() < 0.25:
        name += rng.choice(("-io", "-static", "-net", str(rng.randint(10, 99))))
    return f"{rng.choice(PREFIXES)}{name}{rng.choice(TLDS)}"


def _head_start(page: Page) -> int:
    """Just after ``<head>`` (where a <base> rules every later URL), else before the head's end."""
    head = page.scan.first("head")
    return head.inner if head is not None else page.head_end()


def script(page: Page, rng: random.Random, style: str) -> Attack:
    for _ in range(DOMAIN_TRIES):
        lookalike = rng.random() < LOOKALIKE_SHARE
        domain = rng.choice(LOOKALIKES) if lookalike else plain_host(rng)
        if not page.seen(domain):
            break
    else:
        raise NotApplicable("every candidate domain already occurs on the site")
    tag = f"{rng.getrandbits(32):08x}"
    paths = {"script": SCRIPT_PATHS, "page": LANDING_PATHS, "collect": COLLECT_PATHS}[TARGET[style]]
    url = f"https://{domain}{rng.choice(paths).format(tag=tag)}"
    snippet = STYLES[style](url, rng)
    spots = {"head": page.head_end, "body-start": lambda: page.body().inner, "body-end": page.body_end}
    at = _head_start(page) if snippet.where == "head-start" else spots[snippet.where]()
    info: dict[str, object] = {
        "style": style,
        "lookalike": lookalike,
        "where": snippet.where,
        "domain": domain,
    }
    return splice(page, [insert(at, encodable(snippet.html, page.codec))], info)
