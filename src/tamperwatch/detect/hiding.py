"""Hiding: whether an element is styled to be invisible to people but still read by crawlers.

By its own markup (inline style, the ``hidden`` attribute, a hiding class name, ``<noscript>``,
a closed ``<dialog>``, a closed ``<details>`` with nothing to open it by) or by a rule of the
page's own style sheets (``<style>`` blocks and sheets written in as ``data:`` addresses) that
hides a plain class or id (``.x{display:none}``, ``#y{position:absolute;left:-9999px}``, also
inside ``@media``), as injected spam blocks often are. A declaration hides when it removes the
box, makes it transparent (opacity, a filter, text in its background's colour), shrinks it to
nothing (zero sizes, logical sizes, scale, a clip of no area) or moves it off the page.
Markup that is never rendered at all (``<template>``, frames of no size) is ``inert.py``'s.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from collections.abc import Mapping
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser, LexborNode

_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|"
    r"(?:left|top|right|text-indent|margin-left|margin-top)\s*:\s*-\d{3,}|"
    r"opacity\s*:\s*0?\.0\d*\s*(?:;|$|!)|opacity\s*:\s*0\s*(?:;|$|!)|clip\s*:\s*rect\(\s*0|"
    r"z-index\s*:\s*-\d|visibility\s*:\s*collapse|content-visibility\s*:\s*hidden|"
    r"(?:height|width|max-height|max-width)\s*:\s*[01](?:px)?\s*(?:;|$|!)|"
    r"font-size\s*:\s*(?:0?\.\d+|1)px|"
    r"transform\s*:\s*(?:translate[xy]?\(\s*-\d{4,}|scale\(\s*0(?:\.0\d*)?\s*[,)])|"
    r"clip-path\s*:\s*(?:inset\(\s*(?:50|100)%|circle\(\s*0)|"
    r"filter\s*:[^;]*opacity\(\s*0(?:\.0\d*)?\s*%?\s*\)|(?<![\w-])scale\s*:\s*0(?:\.0\d*)?\s*(?:;|$|!)|"
    r"(?:inline|block)-size\s*:\s*0(?:px)?\s*(?:;|$|!)",
    re.IGNORECASE,
)
# a polygon clip whose corners all lie on one point: a shape of no area shows nothing
_POLYGON = re.compile(r"clip-path\s*:\s*polygon\(([^)]{0,400})\)", re.IGNORECASE)
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hidden|hide|invisible|d-none|display-none|is-hidden)(?:\s|$)", re.I)
HIDING_SELECTOR = (
    "[style], [hidden], noscript, [class*=hid], [class*=invisible], [class*=none], dialog, details"
)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_PLAIN_SELECTOR = re.compile(r"[a-z0-9]*([.#]-?[_a-z][\w-]{0,80})", re.IGNORECASE | re.ASCII)
# what a hiding declaration holds once white space is removed (a cheap prefilter of _HIDDEN_STYLE)
_HIDING_TOKENS = (
    "display:none",
    "visibility:hidden",
    "font-size:0",
    "opacity:0",
    "opacity:.",
    "clip:rect(0",
    ":-",
    "visibility:collapse",
    "content-visibility:hidden",
    "height:0",
    "height:1px",
    "width:0",
    "width:1px",
    "font-size:1px",
    "font-size:.",
    "transform:",
    "clip-path:",
    "filter:",
    "scale:0",
    "-size:0",
    "color:",
)  # fmt: skip  (last: colours are everywhere, hiding ones are rare)
# the same tokens as they may stand in an inline style (``width:1`` with no unit hides too): a
# declaration block holding none of them cannot match ``_HIDDEN_STYLE`` or ``_POLYGON``
_STYLE_TOKENS = tuple(token.replace("1px", "1") for token in _HIDING_TOKENS if token != "color:")
_MAX_SHEET = 200_000
_MAX_STYLE_BLOCKS = 50
_DATA_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*["']?(data:text/css[^"')]{0,20000})""", re.IGNORECASE)
_MAX_HITS = 400
_MAX_RULES = 200


def stylesheet_hiding(tree: LexborHTMLParser) -> dict[str, str]:
    """``{".class" or "#id": how}`` for each plain class or id that a rule of the
    page's ``<style>`` blocks hides, e.g. ``{".sx": "display:none"}``. Linear in the CSS: literal
    searches find the few hiding declarations, and only their rules are read."""
    out: dict[str, str] = {}
    for text in _sheets(tree):
        css = "".join(_CSS_COMMENT.sub("", text[:_MAX_SHEET]).split())
        hits = 0
        read: set[int] = set()  # rules already read (several tokens hit one rule)
        for token in _HIDING_TOKENS:
            pos = css.find(token)
            while pos >= 0 and hits < _MAX_HITS and len(out) < _MAX_RULES:
                hits += 1
                _read_rule(css, pos, out, read)
                pos = css.find(token, pos + len(token))
    return out


def _sheets(tree: LexborHTMLParser) -> list[str]:
    """The page's own style sheets: ``<style>`` blocks, and sheets written into the page as
    ``data:`` addresses (a ``<link>`` or an ``@import``), which need no fetch to read."""
    texts = [node.text(deep=True) for node in tree.css("style")[:_MAX_STYLE_BLOCKS]]
    hrefs = [
        node.attributes.get("href") or ""
        for node in tree.css("link[href]")[:_MAX_STYLE_BLOCKS]
        if "stylesheet" in (node.attributes.get("rel") or "").lower()
    ]
    hrefs += [url for text in texts if "@import" in text for url in _DATA_IMPORT.findall(text)]
    for href in hrefs:
        if href.strip().lower().startswith("data:text/css"):
            texts.append(_data_text(href.strip()))
    return texts


def _data_text(url: str) -> str:
    """The text of a ``data:`` address (base64 or percent-encoded)."""
    head, _, body = url.partition(",")
    if head.lower().endswith(";base64"):
        try:
            return base64.b64decode(body + "==", validate=False).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            return ""
    return html.unescape(unquote(body))


def hiding_in(style: str) -> str:
    """How a declaration block (an inline ``style`` or a rule's body) hides its element, or ''."""
    compact = "".join(style.split()).lower()
    if any(token in compact for token in _STYLE_TOKENS):  # else neither expression can match
        match = _HIDDEN_STYLE.search(style)
        if match:
            return " ".join(match.group(0).split()).lower()
        polygon = _POLYGON.search(style)
        if polygon and len({" ".join(p.split()) for p in polygon.group(1).split(",")}) == 1:
            return "clip-path:polygon of no area"
    if "color" in style and same_colour_as_background(style):
        return "text colour equal to its background"
    return ""


def _read_rule(css: str, pos: int, out: dict[str, str], read: set[int]) -> None:
    """Add the plain selectors of the rule whose declarations hold ``pos``, when they hide
    (``read``: where the rules already read open)."""
    opened = css.rfind("{", 0, pos)
    if opened < 0 or opened in read or css.rfind("}", 0, pos) > opened:
        return  # ``pos`` is in a selector (``::-webkit-...``), not in declarations
    read.add(opened)
    closed = css.find("}", pos)
    hides = hiding_in(css[opened + 1 : closed if closed >= 0 else len(css)])
    if not hides:
        return
    begin = max(css.rfind("}", 0, opened), css.rfind("{", 0, opened), css.rfind(";", 0, opened)) + 1
    for selector in css[begin:opened].split(","):
        plain = _PLAIN_SELECTOR.fullmatch(selector)
        if plain is not None:
            out.setdefault(plain.group(1), hides)


def candidates_selector(sheet: Mapping[str, str]) -> str:
    """The CSS selector of every element that may be hidden, stylesheet rules included."""
    return ", ".join([HIDING_SELECTOR, *sheet]) if sheet else HIDING_SELECTOR


def hidden_by_style(style: str) -> bool:
    """Whether an inline ``style`` hides its element (any of the ways ``hiding_method`` names)."""
    return bool(hiding_in(style))


def hiding_method(node: LexborNode, sheet: Mapping[str, str] | None = None) -> str:
    """A short name for how ``node`` hides its content ('display:none', 'noscript', 'stylesheet
    rule .sx{display:none}', ...), or ''. ``sheet``: the page's ``stylesheet_hiding``."""
    if node.tag == "noscript":
        return "noscript"
    attrs = node.attributes
    if "hidden" in attrs:
        return "hidden attribute"
    if node.tag == "dialog" and "open" not in attrs:
        return "closed dialog"
    if node.tag == "details" and "open" not in attrs and _blank_summary(node):
        return "closed details with nothing to open it by"
    how = hiding_in(attrs.get("style") or "")
    if how:
        return how
    if sheet:
        names = [f"#{attrs['id']}"] if attrs.get("id") else []
        names += [f".{c}" for c in (attrs.get("class") or "").split()]
        for name in names:
            if name in sheet:
                return f"stylesheet rule {name}{{{sheet[name]}}}"
    if _HIDDEN_CLASS.search(attrs.get("class") or ""):
        return "hiding class"
    return ""


def _blank_summary(node: LexborNode) -> bool:
    summary = node.css_first("summary")
    return summary is None or not summary.text(deep=True).strip()


_COLOUR = re.compile(
    r"(?<![\w-])(color|background(?:-color)?)\s*:\s*([#\w(),.\s%]+?)\s*(?:!important)?\s*(?:;|$)", re.I
)


def same_colour_as_background(style: str) -> bool:
    """Whether an inline style paints its text in its own background colour ('color:#fff;
    background:#fff'): text nobody sees."""
    found = {
        name.lower().split("-")[0]: "".join(value.lower().split()) for name, value in _COLOUR.findall(style)
    }
    return bool(found.get("color")) and found.get("color") == found.get("background")


def region_of(node: LexborNode) -> str:
    """The landmark an element sits in: header, navigation, footer, sidebar, main content or body."""
    names = {
        "header": "header",
        "nav": "navigation",
        "footer": "footer",
        "aside": "sidebar",
        "main": "main content",
    }
    cur = node.parent
    for _ in range(60):
        if cur is None or cur.tag in ("body", "html"):
            break
        if cur.tag in names:
            return names[cur.tag]
        cur = cur.parent
    return "body"
