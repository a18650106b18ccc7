"""Code places: where a page carries script besides its ``<script>`` blocks.

Injected loaders avoid the obvious tag: an image whose ``onerror`` (or a body's ``onload``, an
SVG's ``onload``, an animated element's ``onanimationend``: any handler of an event a visitor does
not fire on purpose) builds the script element, a ``<script src="data:...">`` whose code is the
address (base64 or percent-encoded), an ``<iframe srcdoc>`` that holds its own page with its own
scripts. Sites rarely load code from such places (a style sheet's ``onload`` swapping ``rel``
carries no address), so what is loaded from one counts like an address a script hides.
``code_places`` returns their code (event handlers, decoded ``data:`` scripts) and the markup
of ``srcdoc`` frames, each bounded.
"""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser

# Handlers of events a visitor fires on purpose (a click, a key, a form sent, a drag): a share
# button's ``onclick`` opening a social site is no load. Every other ``on...`` attribute (load,
# error, animation and transition ends, focus, toggle, media and SVG animation events, pointer
# hover, events a browser adds later) runs by itself or nearly so, and is read.
DELIBERATE_EVENTS = frozenset(
    {"onclick", "ondblclick", "onauxclick", "oncontextmenu", "onsubmit", "onreset", "onchange", "oninput",
     "onbeforeinput", "oninvalid", "onselect", "onkeydown", "onkeyup", "onkeypress", "onmousedown",
     "onmouseup", "onpointerdown", "onpointerup", "ontouchstart", "ontouchend", "ontouchmove",
     "ontouchcancel", "ondrag", "ondragstart", "ondragend", "ondragenter", "ondragleave", "ondragover",
     "ondrop", "oncopy", "oncut", "onpaste", "onwheel", "onsearch"}
)  # fmt: skip
# Handlers of events that fire by themselves on most pages' elements: always read.
USUAL_EVENTS = (
    "onerror", "onload", "onpageshow", "onanimationstart", "onanimationend", "onfocus", "ontoggle",
    "onmouseover",
)  # fmt: skip
# An event handler attribute's name in the page's source (any case): read to know which to select.
_HANDLER_NAME = re.compile(rb"[\s\"'/]([oO][nN][a-zA-Z]{3,30})\s*=")
MAX_HANDLER_NAMES = 40  # distinct other handler names selected per page
ALWAYS_SELECTED = ', script[src^="data:"], iframe[srcdoc]'
MAX_PLACES = 200  # elements with code outside a script block read per page
MAX_CODE = 100_000  # characters read of each one's code
_PADDING = "=="  # base64 padding added so an unpadded payload decodes


def handler_names(source: bytes) -> list[str]:
    """The names of the event handler attributes ``source`` uses for events a visitor does not
    fire on purpose (lower case): the usual self-firing ones always, then up to
    ``MAX_HANDLER_NAMES`` others in order of appearance (names written in scripts or text as
    decoys cannot push the usual ones out)."""
    found: dict[str, None] = {}
    for match in _HANDLER_NAME.finditer(source):
        name = match.group(1).decode("ascii").lower()
        if name not in DELIBERATE_EVENTS and name not in USUAL_EVENTS:
            found[name] = None
            if len(found) >= MAX_HANDLER_NAMES:
                break
    return [*USUAL_EVENTS, *found]


def code_places(tree: LexborHTMLParser) -> list[str]:
    """The code of event handlers and ``data:`` scripts and the markup of ``srcdoc`` frames."""
    out: list[str] = []
    events = handler_names(tree.raw_html if isinstance(tree.raw_html, bytes) else b"")
    selector = "".join(f"[{event}], " for event in events) + ALWAYS_SELECTED.removeprefix(", ")
    for node in tree.css(selector)[:MAX_PLACES]:
        attrs = node.attributes
        if node.tag == "script" and (attrs.get("src") or "").lower().startswith("data:"):
            out.append(data_url_text(attrs.get("src") or "")[:MAX_CODE])
            continue
        if node.tag == "iframe" and attrs.get("srcdoc"):
            out.append((attrs.get("srcdoc") or "")[:MAX_CODE])
        out.extend((attrs.get(event) or "")[:MAX_CODE] for event in events if attrs.get(event))
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
