"""The texts one language gives a legitimate page."""

from __future__ import annotations

from typing import NamedTuple


class PageText(NamedTuple):
    site: str
    nav: tuple[str, ...]
    headlines: tuple[str, ...]
    paragraph: str
    maintenance: str
    not_found: str
    login: tuple[str, str, str]
    security: str
