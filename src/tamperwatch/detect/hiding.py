"""Hiding: whether an element is styled to be invisible to people but still read by crawlers."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|"
    r"(?:left|top|right|text-indent|margin-left|margin-top)\s*:\s*-\d{3,}|"
    r"opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|!)|clip\s*:\s*rect\(\s*0|"
    r"(?:height|width|max-height|max-width)\s*:\s*[01](?:px)?\s*(?:;|$|!)",
    re.IGNORECASE,
)
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hidden|hide|invisible|d-none|display-none|is-hidden)(?:\s|$)", re.I)
HIDING_SELECTOR = "[style], [hidden], noscript, [class*=hid], [class*=invisible], [class*=none]"


def hiding_method(node: LexborNode) -> str:
    """A short name for how ``node`` hides its content ('display:none', 'noscript', ...), or ''."""
    if node.tag == "noscript":
        return "noscript"
    attrs = node.attributes
    if "hidden" in attrs:
        return "hidden attribute"
    match = _HIDDEN_STYLE.search(attrs.get("style") or "")
    if match:
        return " ".join(match.group(0).split()).lower()
    if _HIDDEN_CLASS.search(attrs.get("class") or ""):
        return "hiding class"
    return ""


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
