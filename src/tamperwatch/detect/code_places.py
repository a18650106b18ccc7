"""Code places: where a page carries script besides its ``<script>`` blocks.

Injected loaders avoid the obvious tag: an image whose ``onerror`` (or a body's ``onload``, an
SVG's ``onload``...) builds the script element, a ``<script src="data:...">`` whose code is the
address (base64 or percent-encoded), an ``<iframe srcdoc>`` that holds its own page with its own
scripts. Sites rarely load code from such places (a style sheet's ``onload`` swapping ``rel``
carries no address), so what is loaded from one counts like an address a script hides.
``code_places`` returns their code (event handlers, decoded ``data:`` scripts) and the markup
of ``srcdoc`` frames, each bounded.
"""

from __future__ import annotations

import base64
import binascii
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser

# Events an injected handler uses: they fire on their own, without the visitor doing anything.
HANDLER_EVENTS = ("onerror", "onload", "onpageshow", "onanimationstart", "onfocus", "ontoggle", "onmouseover")
_SELECTOR = ", ".join(f"[{event}]" for event in HANDLER_EVENTS) + ', script[src^="data:"], iframe[srcdoc]'
MAX_PLACES = 200  # elements with code outside a script block read per page
MAX_CODE = 100_000  # characters read of each one's code
_PADDING = "=="  # base64 padding added so an unpadded payload decodes


def code_places(tree: LexborHTMLParser) -> list[str]:
    """The code of event handlers and ``data:`` scripts and the markup of ``srcdoc`` frames."""
    out: list[str] = []
    for node in tree.css(_SELECTOR)[:MAX_PLACES]:
        attrs = node.attributes
        if node.tag == "script" and (attrs.get("src") or "").lower().startswith("data:"):
            out.append(data_url_text(attrs.get("src") or "")[:MAX_CODE])
            continue
        if node.tag == "iframe" and attrs.get("srcdoc"):
            out.append((attrs.get("srcdoc") or "")[:MAX_CODE])
        out.extend((attrs.get(event) or "")[:MAX_CODE] for event in HANDLER_EVENTS if attrs.get(event))
    return [code for code in out if code.strip()]


def data_url_text(url: str) -> str:
    """The text a ``data:`` URL carries (base64 or percent-encoded); '' when it cannot be read."""
    head, _, payload = url.partition(",")
    if head.lower().endswith(";base64"):
        try:
            data = base64.b64decode("".join(payload.split()) + _PADDING, validate=False)
        except (binascii.Error, ValueError):
            return ""
        return data.decode("utf-8", "replace")
    return unquote(payload)
