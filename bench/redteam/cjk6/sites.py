"""Every site of the edition, in a fixed order."""

from __future__ import annotations

from .lang_hans import SITES_HANS
from .lang_hant import SITES_HANT
from .lang_ja_ko import SITES_JA_KO
from .site import Site


def all_sites() -> tuple[Site, ...]:
    return SITES_HANS + SITES_HANT + SITES_JA_KO
