"""The shape of one language's legit page texts for edition 7's page task."""

from __future__ import annotations

from dataclasses import dataclass

Article = tuple[str, tuple[str, ...]]  # (headline, paragraphs)


@dataclass(frozen=True)
class PageLang:
    code: str
    direction: str
    sites: tuple[tuple[str, str], ...]  # (name, domain): a newsroom, an office, a shop, a blog
    nav: tuple[str, ...]  # five section names
    news: tuple[Article, ...]
    notice: Article  # a government or office notice
    shop: tuple[str, str, str, str]  # product, description, price, add-to-cart
    blog: Article
    forum: Article  # thread title, posts
    docs: Article  # title, paragraphs
    login: tuple[str, str, str, str, str]  # title, user, password, button, forgot
    search: tuple[str, str, str]  # placeholder, "{n} results for {q}", a query
    maintenance: tuple[str, str]
    soon: tuple[str, str]
    landing: tuple[str, str]  # hero line, sub line
    notfound: tuple[str, str]
    parked: tuple[str, str]
    age: tuple[str, str, str]  # question, yes, no
    cookie: tuple[str, str, str]  # text, accept, reject
    app: tuple[str, str, str]  # title, text, button
    event: tuple[str, str, str]  # title, when and where, text
    memorial: tuple[str, str]
    footer: str
