"""Inert markup: documents a page carries but never shows.

The contents of a ``<template>`` are parsed but never rendered until a script clones them, and a
frame of no size (or hidden) whose document is written into its ``srcdoc`` attribute shows
nothing; crawlers that read the markup still find the links in both. Each is parsed as a
document of its own (bounded), and its ``<body>`` is returned with how it is hidden, so the
detectors of hidden blocks read it like any other hidden element.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tamperwatch.detect.hiding import hiding_method
from tamperwatch.detect.page import Page

MAX_INERT = 50  # templates and frames read per page
MAX_INERT_CHARS = 200_000  # of each one's markup
MAX_FRAME_PX = 1  # a frame this small (width or height) shows nothing
TEMPLATE = "template (never rendered)"  # how a template's document is hidden
_OUTER = re.compile(r"^\s*<template\b[^>]*>|</template>\s*$", re.IGNORECASE)


def inert_documents(page: Page) -> list[tuple[LexborNode, str]]:
    """``(body, how)`` for each never-shown document of ``page`` that holds a link (once per page;
    the parsers are kept with the page, so the nodes stay valid as long as it)."""
    cached = page.features.get("inert.documents")
    if cached is None:
        parsers: list[LexborHTMLParser] = []
        found: list[tuple[LexborNode, str]] = []
        for markup, how in _inert_markup(page):
            parser = LexborHTMLParser(markup[:MAX_INERT_CHARS])
            body = parser.body
            if body is not None and body.css_first("a[href]") is not None:
                parsers.append(parser)
                found.append((body, how))
        cached = page.features["inert.documents"] = (found, parsers)
    return list(cached[0])


def _inert_markup(page: Page) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if "<template" in page.html or "<TEMPLATE" in page.html:
        for node in page.tree.css("template")[:MAX_INERT]:
            out.append((_OUTER.sub("", node.html or ""), TEMPLATE))
    if "srcdoc" in page.html:
        for node in page.tree.css("iframe[srcdoc]")[:MAX_INERT]:
            if _shows_nothing(node):
                out.append((node.attributes.get("srcdoc") or "", "frame of no size (srcdoc)"))
    return out


def _shows_nothing(frame: LexborNode) -> bool:
    attrs = frame.attributes
    for name in ("width", "height"):
        value = (attrs.get(name) or "").strip().lower().removesuffix("px")
        if value.isdigit() and int(value) <= MAX_FRAME_PX:
            return True
    return bool(hiding_method(frame))
