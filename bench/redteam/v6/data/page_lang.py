"""The shape of one language's material for edition 6's legit pages: every kind of single page the
page task holds, written from scratch in that language."""

from __future__ import annotations

from typing import NamedTuple


class PageLang(NamedTuple):
    code: str  # the html lang attribute
    direction: str  # "ltr" or "rtl"
    sites: tuple[tuple[str, str], ...]  # (name, invented domain): newsroom, public body, shop, community
    nav: tuple[str, ...]  # six section names
    footer: str
    article: tuple[str, str, str]  # headline and two paragraphs of a news article
    headlines: tuple[str, ...]  # four more headlines (front page, search results, related)
    notice: tuple[str, str]  # a public body's notice: title, text
    product: tuple[str, str, str, str]  # name, description, price, buy button
    blog: tuple[str, str]  # title, text
    forum: tuple[str, str, str]  # thread title, first post, reply
    docs: tuple[str, str]  # title, text of a documentation page
    login: tuple[str, str, str, str]  # title, user label, password label, submit
    search: str  # "results for" label
    maintenance: tuple[str, str]
    soon: tuple[str, str]  # coming-soon title and line
    landing: tuple[str, str]  # a landing page's hero line and subline
    not_found: tuple[str, str]  # a CMS's localized not-found title and text
    parked: str  # a parked domain's line
    gate: tuple[str, str, str, str]  # age gate or cookie wall: title, text, accept, decline
    app: tuple[str, str]  # app-download splash: title, line
    event: tuple[str, str, str]  # campaign one-pager: title, line, date and place
    memorial: tuple[str, str]  # mourning page: title, line
