"""The fifteen invented sites: where they are, what they are, and how they label their bytes."""

from __future__ import annotations

from .site import Site
from .sites_jk import japanese_korean_sites
from .sites_zh import chinese_sites

__all__ = ["Site", "all_sites"]


def all_sites() -> tuple[Site, ...]:
    return chinese_sites() + japanese_korean_sites()
