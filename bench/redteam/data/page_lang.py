"""The shape of one language's material for the page task's legit pages."""

from __future__ import annotations

from typing import NamedTuple

Article = tuple[str, tuple[str, ...]]  # headline, paragraphs


class PageLang(NamedTuple):
    code: str
    direction: str  # "ltr" or "rtl"
    sites: tuple[tuple[str, str], ...]  # (site name, invented domain)
    nav: tuple[str, ...]
    related: str  # the sidebar heading
    footer: str
    news: tuple[Article, ...]
    hack_news: tuple[Article, ...]  # a newsroom reporting an attack or a defacement
    notices: tuple[Article, ...]  # government or public-service notices
    company: tuple[Article, ...]  # company pages
