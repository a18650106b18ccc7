"""Deferred scripts: script elements that do not run, carrying the address a loader gives them later.

Consent managers keep a vendor's tag as ``<script type="text/plain" data-cookiecategory="..."
data-src="https://vendor/tag.js">`` and copy ``data-src`` into a running script once the visitor
agrees; lazy loaders do the same with their own types (``data-rocket-src``,
``data-cookieconsent-src``). The page loads code from that origin all the same, so the origin
must be seen: it counts as a plain script tag (no more suspect; a site whose trusted captures
had the vendor stays quiet through the usual origin learning).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

MAX_DEFERRED = 300  # script elements with a type read per page
# types a browser runs: a script of another type is inert until some code copies it
JS_TYPES = frozenset({"", "text/javascript", "application/javascript", "module", "text/ecmascript"})
_ADDRESS_ATTR = re.compile(r"^data-(?:[\w-]{0,40}-)?(?:src|source)$")  # data-src, data-cookieconsent-src, ...


def deferred_scripts(tree: LexborHTMLParser) -> list[tuple[str, tuple[str, ...]]]:
    """``(address, attribute names)`` of each script element of a non-JavaScript type without a
    ``src`` that keeps an address in a ``data-...src`` or ``data-...source`` attribute."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for node in tree.css("script[type]")[:MAX_DEFERRED]:
        attrs = node.attributes
        if "src" in attrs or (attrs.get("type") or "").strip().lower() in JS_TYPES:
            continue
        for name, value in attrs.items():
            if value and _ADDRESS_ATTR.match(name.lower()):
                out.append((value.strip(), tuple(sorted(k.lower() for k in attrs))))
                break
    return out
