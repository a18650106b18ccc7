"""Hiding: whether an element is styled to be invisible to people but still read by crawlers.

By its own markup (inline style, the ``hidden`` attribute, a hiding class name, ``<noscript>``) or
by a rule of the page's own ``<style>`` blocks that hides a plain class or id (``.x{display:none}``,
``#y{position:absolute;left:-9999px}``, also inside ``@media``), as injected spam blocks often are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from selectolax.lexbor import LexborHTMLParser, LexborNode

_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|"
    r"(?:left|top|right|text-indent|margin-left|margin-top)\s*:\s*-\d{3,}|"
    r"opacity\s*:\s*0?\.0\d*\s*(?:;|$|!)|opacity\s*:\s*0\s*(?:;|$|!)|clip\s*:\s*rect\(\s*0|"
    r"z-index\s*:\s*-\d|visibility\s*:\s*collapse|content-visibility\s*:\s*hidden|"
    r"(?:height|width|max-height|max-width)\s*:\s*[01](?:px)?\s*(?:;|$|!)|"
    r"font-size\s*:\s*(?:0?\.\d+|1)px|"
    r"transform\s*:\s*(?:translate[xy]?\(\s*-\d{4,}|scale\(\s*0(?:\.0\d*)?\s*[,)])|"
    r"clip-path\s*:\s*(?:inset\(\s*(?:50|100)%|circle\(\s*0)",
    re.IGNORECASE,
)
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hidden|hide|invisible|d-none|display-none|is-hidden)(?:\s|$)", re.I)
HIDING_SELECTOR = "[style], [hidden], noscript, [class*=hid], [class*=invisible], [class*=none]"
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_PLAIN_SELECTOR = re.compile(r"[a-z0-9]*([.#]-?[_a-z][\w-]{0,80})", re.IGNORECASE | re.ASCII)
# what a hiding declaration holds once white space is removed (a cheap prefilter of _HIDDEN_STYLE)
_HIDING_TOKENS = ("display:none", "visibility:hidden", "font-size:0", "opacity:0", "opacity:.", "clip:rect(0",
                  ":-", "visibility:collapse", "content-visibility:hidden",
                  "height:0", "height:1px", "width:0", "width:1px", "font-size:1px", "font-size:.",
                  "transform:", "clip-path:")  # fmt: skip
_MAX_SHEET = 200_000
_MAX_HITS = 400
_MAX_RULES = 200


def stylesheet_hiding(tree: LexborHTMLParser) -> dict[str, str]:
    """``{".class" or "#id": how}`` for each plain class or id that a rule of the
    page's ``<style>`` blocks hides, e.g. ``{".sx": "display:none"}``. Linear in the CSS: literal
    searches find the few hiding declarations, and only their rules are read."""
    out: dict[str, str] = {}
    for node in tree.css("style")[:50]:
        css = "".join(_CSS_COMMENT.sub("", node.text(deep=True)[:_MAX_SHEET]).split())
        hits = 0
        for token in _HIDING_TOKENS:
            pos = css.find(token)
            while pos >= 0 and hits < _MAX_HITS and len(out) < _MAX_RULES:
                hits += 1
                _read_rule(css, pos, out)
                pos = css.find(token, pos + len(token))
    return out


def _read_rule(css: str, pos: int, out: dict[str, str]) -> None:
    """Add the plain selectors of the rule whose declarations hold ``pos``, when they hide."""
    opened = css.rfind("{", 0, pos)
    if opened < 0 or css.rfind("}", 0, pos) > opened:
        return  # ``pos`` is in a selector (``::-webkit-...``), not in declarations
    closed = css.find("}", pos)
    hides = _HIDDEN_STYLE.search(css, opened + 1, closed if closed >= 0 else len(css))
    if hides is None:
        return
    begin = max(css.rfind("}", 0, opened), css.rfind("{", 0, opened), css.rfind(";", 0, opened)) + 1
    for selector in css[begin:opened].split(","):
        plain = _PLAIN_SELECTOR.fullmatch(selector)
        if plain is not None:
            out.setdefault(plain.group(1), hides.group(0).lower())


def candidates_selector(sheet: Mapping[str, str]) -> str:
    """The CSS selector of every element that may be hidden, stylesheet rules included."""
    return ", ".join([HIDING_SELECTOR, *sheet]) if sheet else HIDING_SELECTOR


def hidden_by_style(style: str) -> bool:
    """Whether an inline ``style`` hides its element (any of the ways ``hiding_method`` names)."""
    return bool(_HIDDEN_STYLE.search(style))


def hiding_method(node: LexborNode, sheet: Mapping[str, str] | None = None) -> str:
    """A short name for how ``node`` hides its content ('display:none', 'noscript', 'stylesheet
    rule .sx{display:none}', ...), or ''. ``sheet``: the page's ``stylesheet_hiding``."""
    if node.tag == "noscript":
        return "noscript"
    attrs = node.attributes
    if "hidden" in attrs:
        return "hidden attribute"
    style = attrs.get("style") or ""
    match = _HIDDEN_STYLE.search(style)
    if match:
        return " ".join(match.group(0).split()).lower()
    if "color" in style and same_colour_as_background(style):
        return "text colour equal to its background"
    if sheet:
        names = [f"#{attrs['id']}"] if attrs.get("id") else []
        names += [f".{c}" for c in (attrs.get("class") or "").split()]
        for name in names:
            if name in sheet:
                return f"stylesheet rule {name}{{{sheet[name]}}}"
    if _HIDDEN_CLASS.search(attrs.get("class") or ""):
        return "hiding class"
    return ""


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
