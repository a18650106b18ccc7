"""Data links: links a page carries as data rather than as anchors a reader sees.

Link spam aimed at crawlers needs no visible anchor: the links sit in a comment
(``<!--[if IE]><a href=...>``), escaped in a ``<textarea>``, inside a ``<template>`` (the
document ``inert.py`` parses from it), as the options of a ``<select>`` or a ``<datalist>``, as
the areas of an image ``<map>`` or as the items of an ``application/ld+json`` list. Like an
anchor, a data link pairs an address with words to show: an anchor with text (once the comment or
the textarea's text is read as markup), an option with its value, label or text (whichever is
not the address), an area with its ``alt``, a structured-data object with a ``name`` and a
``url``. Bare addresses (a ``sameAs`` list of the site's social profiles, a
vocabulary's ``@context``) are no links. Each container is a block of its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tamperwatch.detect.inert import TEMPLATE, inert_documents
from tamperwatch.detect.origins import foreign_domain
from tamperwatch.detect.page import Page, visible_text
from tamperwatch.detect.resources import own_domain

# Containers whose content holds links as data; a comment is found by walking the tree.
CONTAINERS = 'textarea, select, datalist, map, script[type="application/ld+json"]'
_COMMENT = "-comment"
_ADDRESS = ("http://", "https://", "//")  # how an option's address starts


@dataclass(frozen=True, slots=True)
class DataLinksConfig:
    max_nodes: int = 20000  # nodes walked for comments per page
    max_chars: int = 200_000  # characters of one container read
    max_containers: int = 200  # comments with links, and as many other containers, read per page
    max_links: int = 500  # links read per container
    max_json_depth: int = 12  # levels of structured data walked
    min_text: int = 2  # characters a link shows (as for anchors)


_DEFAULT = DataLinksConfig()


def data_link_blocks(page: Page, config: DataLinksConfig = _DEFAULT) -> list[set[str]]:
    """The outbound domains each comment or data container of ``page`` links to (cached)."""
    cached = page.features.get("data_links.blocks")
    if isinstance(cached, tuple) and cached[0] == config:
        return list(cached[1])
    own = own_domain(page)
    blocks = []
    for links in _containers(page, config):
        domains = {foreign_domain(url, page.url, own) for url, text in links if len(text) >= config.min_text}
        domains.discard("")
        if domains:
            blocks.append(domains)
    page.features["data_links.blocks"] = (config, blocks)
    return list(blocks)


def _containers(page: Page, c: DataLinksConfig) -> Iterator[list[tuple[str, str]]]:
    """(address, words) of each container's links."""
    count = 0
    for node in _comments(page, c.max_nodes):
        text = (node.html or "")[: c.max_chars]
        if "href" in text and count < c.max_containers:
            count += 1
            yield _anchors(text.removeprefix("<!--").removesuffix("-->"), c)
    for body, how in inert_documents(page):  # templates: parsed once per page by inert.py
        if how == TEMPLATE:
            yield _links_of(body, c)
    for node in page.tree.css(CONTAINERS)[: c.max_containers]:
        if node.tag == "textarea":
            yield _anchors(node.text(deep=True)[: c.max_chars], c)
        elif node.tag in ("select", "datalist"):
            yield [_option_link(o) for o in node.css("option")[: c.max_links]]
        elif node.tag == "map":  # an image map's areas: links whose words are their alt text
            areas = node.css("area[href]")[: c.max_links]
            yield [(a.attributes.get("href") or "", (a.attributes.get("alt") or "").strip()) for a in areas]
        else:
            yield _named_urls(node.text(deep=True)[: c.max_chars], c)


def _option_link(option: LexborNode) -> tuple[str, str]:
    """(address, words) of an option: the address is whichever of its ``value``, ``label`` and text
    is one (a datalist may keep it in the label), the words the first of the others."""
    attrs = option.attributes
    parts = [(attrs.get(name) or "").strip() for name in ("value", "label")] + [visible_text(option).strip()]
    url = next((p for p in parts if p.lower().startswith(_ADDRESS)), "")
    # an option that shows only its address shows those words; one that shows nothing, none
    return url, next((p for p in parts if p and p != url), parts[-1])


def _comments(page: Page, limit: int) -> Iterator[LexborNode]:
    root = page.tree.root
    for count, node in enumerate(root.traverse(include_text=False) if root is not None else ()):
        if count >= limit:
            return
        if node.tag == _COMMENT:
            yield node


def _anchors(markup: str, c: DataLinksConfig) -> list[tuple[str, str]]:
    if "href" not in markup:
        return []
    root = LexborHTMLParser(markup).root
    return _links_of(root, c) if root is not None else []


def _links_of(node: LexborNode, c: DataLinksConfig) -> list[tuple[str, str]]:
    return [
        (a.attributes.get("href") or "", visible_text(a).strip()) for a in node.css("a[href]")[: c.max_links]
    ]


def _named_urls(text: str, c: DataLinksConfig) -> list[tuple[str, str]]:
    """(url, name) of each structured-data object with both, however deep (bounded)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # a hostile nesting depth is no data
        return []
    out: list[tuple[str, str]] = []
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack and len(out) < c.max_links:
        item, depth = stack.pop()
        if depth > c.max_json_depth:
            continue
        if isinstance(item, dict):
            url, name = item.get("url"), item.get("name")
            if isinstance(url, str) and isinstance(name, str):
                out.append((url, name))
            stack.extend((v, depth + 1) for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item[: c.max_links] if isinstance(v, dict | list))
    return out
