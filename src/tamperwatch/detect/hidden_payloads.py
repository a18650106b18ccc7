"""Hidden payloads: base64 kept in the page's markup, outside the script that decodes it.

A loader's script can stay short and clean by keeping its payload elsewhere in the page: in a
``data-`` attribute (read through ``dataset`` or ``getAttribute``) or in a style sheet's custom
property (``:root{--k:'dmFy...'}``, read through ``getComputedStyle(...).getPropertyValue``).
Where a script decodes base64 (``atob``) and reads such a place, the values there are decoded
too, and the addresses they hold are the script's hidden loads. A picture kept as base64 in
style (``url(data:image/png;base64,...)``) is no custom property's bare value and decodes to no
address.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.deobfuscate import from_base64, has_address

MAX_DATA_NODES = 5000  # elements whose data- attributes are read when a script decodes one
MAX_VALUE = 4000  # characters of a data- attribute or custom property value decoded
MIN_ENCODED = 16  # the shortest value decoded as base64
MAX_STYLES = 300  # style sheets and style attributes read when a script decodes a custom property
MAX_STYLE_CHARS = 200_000  # characters of a style sheet read
MAX_ADDRESSES = 10  # addresses taken from the payloads of a page
_READS_DATA = re.compile(r"""\.dataset\b|getAttribute\(\s*['"`]data-""")  # a script reading data- attributes
_READS_STYLE = re.compile(r"getPropertyValue\s*\(|getComputedStyle\s*\(|\.cssRules\b|\.cssText\b")
# a custom property whose whole value is a base64 blob, quoted or not
_CUSTOM_PROPERTY = re.compile(
    r"""--[\w-]{1,100}\s*:\s*(["']?)([A-Za-z0-9+/_-]{16,4000}={0,2})\1\s*(?:[;}]|$)"""
)


def reads_data_payload(code: str) -> bool:
    """Whether ``code`` decodes base64 it reads from a ``data-`` attribute."""
    return "atob(" in code and _READS_DATA.search(code) is not None


def reads_style_payload(code: str) -> bool:
    """Whether ``code`` decodes base64 it reads from a style (a custom property, a rule's text)."""
    return "atob(" in code and _READS_STYLE.search(code) is not None


def data_attribute_addresses(tree: LexborHTMLParser, addresses: Callable[[str], list[str]]) -> list[str]:
    """Addresses kept base64-encoded in ``data-`` attributes (``addresses``: those a text names)."""
    found: list[str] = []
    for node in tree.css("body *")[:MAX_DATA_NODES]:
        for name, value in node.attributes.items():
            if name.startswith("data-") and value and len(value) >= MIN_ENCODED:
                found.extend(_decoded_addresses(value, addresses))
        if len(found) >= MAX_ADDRESSES:
            break
    return found[:MAX_ADDRESSES]


def style_property_addresses(tree: LexborHTMLParser, addresses: Callable[[str], list[str]]) -> list[str]:
    """Addresses kept base64-encoded as custom property values in style sheets and style attributes."""
    found: list[str] = []
    sheets = [node.text(deep=True)[:MAX_STYLE_CHARS] for node in tree.css("style")[:MAX_STYLES]]
    sheets += [node.attributes.get("style") or "" for node in tree.css("[style]")[:MAX_STYLES]]
    for sheet in sheets:
        if "--" not in sheet:
            continue
        for match in _CUSTOM_PROPERTY.finditer(sheet):
            found.extend(_decoded_addresses(match.group(2), addresses))
        if len(found) >= MAX_ADDRESSES:
            break
    return found[:MAX_ADDRESSES]


def _decoded_addresses(value: str, addresses: Callable[[str], list[str]]) -> list[str]:
    text = from_base64(value[:MAX_VALUE])
    return addresses(text)[:MAX_ADDRESSES] if text and has_address(text) else []
