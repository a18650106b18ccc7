"""Edition 6's `script`: one injection style, pointing at a lookalike of a well-known CDN, analytics,
payment or tag host, or at a plain never-seen one; every fifth item only on an ad-heavy page (one
that already loads several third-party scripts and legitimately rotates vendors)."""

from __future__ import annotations

import random

from ..attack import Attack, NotApplicable, Page, splice
from ..charset import encodable
from ..splice import Edit
from ..vendor import third_party_scripts
from .data.hosts import LOOKALIKES, MODULE_PATHS, PREFIXES, SCRIPT_PATHS, SYLLABLES, TLDS
from .script_styles import STYLES, TARGET

LOOKALIKE_SHARE = 0.55
DOMAIN_TRIES = 8
AD_HEAVY_MIN = 4  # third-party scripts a page loads to count as ad-heavy
PATHS = {"script": SCRIPT_PATHS, "module": MODULE_PATHS}


def plain_host(rng: random.Random) -> str:
    """A never-seen host made of invented syllables."""
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
    if rng.random() < 0.3:
        name += rng.choice(("-cdn", "-assets", "-px", str(rng.randint(2, 49))))
    return f"{rng.choice(PREFIXES)}{name}{rng.choice(TLDS)}"


def script(page: Page, rng: random.Random, style: str, ad_heavy: bool = False) -> Attack:
    third_party = len(third_party_scripts(page))
    if ad_heavy and third_party < AD_HEAVY_MIN:
        raise NotApplicable("not an ad-heavy page")
    for _ in range(DOMAIN_TRIES):
        lookalike = rng.random() < LOOKALIKE_SHARE
        domain = rng.choice(LOOKALIKES) if lookalike else plain_host(rng)
        if not page.seen(domain):
            break
    else:
        raise NotApplicable("every candidate domain already occurs on the site")
    tag = f"{rng.getrandbits(32):08x}"
    url = f"https://{domain}{rng.choice(PATHS[TARGET.get(style, 'script')]).format(tag=tag)}"
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
