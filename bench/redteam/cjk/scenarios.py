"""One CJK scenario: a site's capture history (learning part, then checked captures), with a redesign
mid-history for ``legit-redesign`` or an attacked last capture for a defacement family."""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..model import OutSnap, Scenario
from .attacks.base import Attack
from .attacks.inject import inject
from .attacks.replace import replace
from .attacks.script import script
from .attacks.seo_spam import seo_spam
from .attacks.tamper import tamper, tamper_lang
from .encode import codec, served
from .history import first_view, next_view
from .model import View
from .templates.common import charset_label
from .templates.registry import render
from .variants import attack_variant, learn_for, site_for

FIRST_DAY, LAST_DAY = datetime(2019, 1, 7, 8, 0), datetime(2026, 6, 1, 8, 0)
LEGIT_CHECKED = (10, 14)  # checked captures of a legit scenario
ATTACKED_CHECKED = (1, 7)  # checked captures of an attacked one, the attacked last included
LONG_GAP_SHARE, LONG_GAP_DAYS = 0.08, (5, 40)  # a capture after weeks (archives skip, as the dev corpus's do)
MOURNING_SHARE = 0.15  # mainland scenarios with one day of greyscale mourning in the checked part


def _hours(view: View, rng: random.Random) -> int:
    if rng.random() < LONG_GAP_SHARE:
        return 24 * rng.randint(*LONG_GAP_DAYS)
    return rng.choice(view.site.cadence)


def _attack(
    family: str,
    page: str,
    view: View,
    rng: random.Random,
    variant: dict[str, Any],
    headers: dict[str, str],
    index: int,
) -> Attack:
    if family == "inject":
        return inject(page, rng, variant["shape"], variant["lang"])
    if family == "seo-spam":
        return seo_spam(page, rng, variant["technique"], tuple(variant["langs"]))
    if family == "script":
        return script(page, rng, variant["style"])
    if family == "tamper":
        lang = tamper_lang(view, variant["style"], index)
        return tamper(page, view, rng, variant["style"], lang)
    return replace(rng, variant["template"], variant["lang"], headers)


def build_scenario(family: str, index: int, seed: int) -> Scenario:
    """Scenario ``index`` of ``family`` (legit, legit-redesign or a defacement family), fixed by ``seed``."""
    rng = random.Random(f"cjk:{seed}:{family}:{index}")
    site = site_for(family, index)
    learn = learn_for(family, index)
    attacked = family not in ("legit", "legit-redesign")
    checked = rng.randint(*(ATTACKED_CHECKED if attacked else LEGIT_CHECKED))
    total = learn + checked
    span = (LAST_DAY - FIRST_DAY).days - 400
    view = first_view(site, rng, FIRST_DAY + timedelta(days=rng.randrange(span), hours=rng.randrange(12)))
    redesign_at = rng.randint(learn + 1, total - 3) if family == "legit-redesign" else None
    mourn_at = None
    if site.lang == "zh-Hans" and not attacked and rng.random() < MOURNING_SHARE:
        mourn_at = rng.randrange(learn, total)
    snaps: list[OutSnap] = []
    info: dict[str, Any] = {}
    for n in range(total):
        if n:
            view = next_view(view, rng, _hours(view, rng))
        view.redesigned = redesign_at is not None and n >= redesign_at
        view.mourning = n == mourn_at
        page = render(view)
        data, headers = served(view, page)
        label, label_family = (None, None) if n < learn else ("legit", "legit")
        if view.redesigned and n >= learn:
            label_family = "legit-redesign"
        if attacked and n == total - 1:
            variant = attack_variant(family, index, site)
            result = _attack(family, page, view, rng, variant, headers, index)
            if result.data is not None:
                data = result.data
            else:
                assert result.text is not None
                data = result.text.encode(codec(view), errors="xmlcharrefreplace")
            headers = result.headers or headers
            label, label_family = "defaced", family
            info.update(result.info)
        snaps.append(
            OutSnap(
                view.when.strftime("%Y-%m-%dT%H:%M:%S+08:00"),
                headers,
                Path(f"{site.key}-{n:02d}"),
                data,
                label,
                label_family,
            )
        )
    sid = hashlib.sha256(f"cjk:{seed}:{family}:{index}".encode()).hexdigest()[:16]
    info.update(
        edition="cjk",
        family=snaps[-1].family,
        site=site.key,
        kind=site.kind,
        language=site.lang,
        charset=site.charset,
        codec=site.codec,
        transport=site.transport,
        template=site.template,
        redesign_at=redesign_at,
        mourning_at=mourn_at,
        label_charset_last=charset_label(view),
    )
    return Scenario(sid, site.url, learn, snaps, info)
