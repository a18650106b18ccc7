"""Edition 7's `script`: one loading style, pointing at a lookalike of a well-known host or at a
never-seen one; every fifth item only on an ad-heavy page (one that already loads several
third-party scripts and rotates vendors)."""

from __future__ import annotations

import random

from ..attack import Attack, NotApplicable, Page, splice
from ..charset import encodable
from ..splice import Edit
from ..vendor import third_party_scripts
from .data.hosts import DATA_PATHS, LOOKALIKES, PREFIXES, SCRIPT_PATHS, SYLLABLES, TLDS
from .script_styles import DATA_STYLES, STYLES

LOOKALIKE_SHARE = 0.5
DOMAIN_TRIES = 8
AD_HEAVY_MIN = 4


def plain_host(rng: random.Random) -> str:
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    if rng.random() < 0.25:
        name += rng.choice(("-cdn", "-js", "-px", str(rng.randint(2, 64))))
    return f"{rng.choice(PREFIXES)}{name}{rng.choice(TLDS)}"


def script(page: Page, rng: random.Random, style: str, ad_heavy: bool = False) -> Attack:
    third_party = len(third_party_scripts(page))
    if ad_heavy and third_party < AD_HEAVY_MIN:
        raise NotApplicable("not an ad-heavy page")
    drawn = [
        rng.choice(LOOKALIKES) if rng.random() < LOOKALIKE_SHARE else plain_host(rng)
        for _ in range(DOMAIN_TRIES)
    ]
    fresh = [host for host in drawn if not page.seen(host)]
    if not fresh:
        raise NotApplicable("every candidate domain already occurs on the site")
    domain = fresh[0]
    lookalike = domain in LOOKALIKES
    paths = DATA_PATHS if style in DATA_STYLES else SCRIPT_PATHS
    url = f"https://{domain}{rng.choice(paths).format(tag=f'{rng.getrandbits(32):08x}')}"
    edits, where = STYLES[style](page, url, rng)
    info: dict[str, object] = {
        "style": style,
        "lookalike": lookalike,
        "where": where,
        "domain": domain,
        "third_party_before": third_party,
        "ad_heavy": ad_heavy,
    }
    return splice(page, [Edit(e.start, e.end, encodable(e.new, page.codec)) for e in edits], info)
