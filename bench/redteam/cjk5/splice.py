"""Where an attack goes into the clean HTML; everything else keeps the clean page's exact text."""

from __future__ import annotations

import re

_BODY = re.compile(r"<body[^>]*>\n?")
_HEADER = re.compile(r'<header class="site-header">\n|<div class="\w+-top">.*?</div>\n', re.S)
_FOOT = re.compile(r'<footer class="site-footer">.*?</footer>\n|<div class="foot">.*?</div>\n', re.S)
_SECTION = re.compile(r"</section>\n|</div>\n(?=<div class=\"box)")


def at(page: str, where: str) -> int:
    """The offset of a named spot."""
    if where == "before-doctype":
        return 0
    if where == "head-end":
        return page.index("</head>")
    if where == "body-top":
        return _BODY.search(page).end()  # type: ignore[union-attr]
    if where == "header":
        return _HEADER.search(page).end()  # type: ignore[union-attr]
    if where == "after-footer":
        return _FOOT.search(page).end()  # type: ignore[union-attr]
    if where == "between-sections":
        found = list(_SECTION.finditer(page))
        return found[len(found) // 2].end() if found else page.index("</body>")
    if where == "before-body-end":
        return page.rindex("</body>")
    raise KeyError(where)


def insert(page: str, where: str, block: str) -> str:
    spot = at(page, where)
    return page[:spot] + block + page[spot:]
