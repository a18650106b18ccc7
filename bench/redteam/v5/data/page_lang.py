"""The shape of one language's material for edition 5's legit pages."""

from __future__ import annotations

from typing import NamedTuple

Article = tuple[str, tuple[str, ...]]  # headline, paragraphs


class LegitLang(NamedTuple):
    code: str  # the html lang attribute
    direction: str  # "ltr" or "rtl"
    sites: tuple[tuple[str, str], ...]  # (name, invented domain): newsroom, public body, shop, blog
    nav: tuple[str, ...]  # six section names
    related: str  # the sidebar heading
    footer: str
    news: tuple[Article, ...]
    security: tuple[Article, ...]  # a newsroom or a security blog writing about an attack or defacement
    notice: Article  # a public body's notice
    blog: Article  # a personal or company blog post
    product: tuple[str, str, str]  # name, description, price
    error: tuple[str, str]  # not-found title and text
    maintenance: tuple[str, str]  # title and text
    landing: tuple[str, str]  # a landing page's big centred line and its subline
