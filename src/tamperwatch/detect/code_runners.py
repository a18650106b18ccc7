"""Code runners: inline code that turns places where sites keep no code into code.

Three ways a small inline script, or a style sheet, makes something else run:

* **an element's text run as code**: ``new Function(document.getElementById('cfg').textContent)``
  runs an inert script block (``<script type="text/x-template" id="cfg">``, a type no browser
  runs); the block named is code then, and the scripts it loads are hidden loads;
* **a message bridge**: a ``message`` listener that hands what another window posts to it to
  ``eval`` or ``Function`` (``new Function(m.data.k)``) lets a frame push code into the page; the
  page's frames are its loaders then;
* **a style sheet importing a script file** (``@import url(".../hm.js")``): no site styles itself
  with JavaScript.

Each is read from the code's shape, not its names; windows are bounded.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser

MAX_ID_SCRIPTS = 300  # script blocks with an id looked through for the ones a runner names
MAX_BLOCK_LOADS = 20  # addresses taken from the inert blocks a page's runners name
MAX_FRAMES = 10  # frames of a page with a message bridge counted as loaders
MAX_STYLES = 300  # inline style sheets read for imports
MAX_STYLE_CHARS = 200_000  # characters of a style sheet read
MAX_IMPORTS = 10  # imports taken from one style sheet
_ID = (
    r"""(?:getElementById\(\s*['"`]([\w-]{1,100})['"`]\s*\)"""
    r"""|querySelector\(\s*['"`]#([\w-]{1,100})['"`]\s*\))"""
)
# eval or Function over an element's text, the element named right there
_RUNS_ELEMENT = re.compile(
    r"(?:\beval|\bFunction)\s*\(\s*(?:document\s*\.\s*)?"
    + _ID
    + r"\s*\.\s*(?:textContent|innerText|innerHTML|text)\b"
)
_MESSAGE_LISTENER = re.compile(
    r"""addEventListener\(\s*['"`]message['"`]\s*,\s*(?:function\s*\(\s*(\w+)|\(?\s*(\w+)\s*\)?\s*=>)"""
)
_BRIDGE_WINDOW = 400  # characters of a message listener searched for code run from the message
_SCRIPT_CREATION = re.compile(r"""createElement\(\s*['"`]script['"`]\s*\)|<script\b""", re.IGNORECASE)


def run_element_ids(code: str) -> set[str]:
    """The ids of the elements whose text ``code`` runs as code."""
    if "Function" not in code and "eval" not in code:
        return set()
    return {a or b for a, b in _RUNS_ELEMENT.findall(code)}


def runs_posted_code(code: str) -> bool:
    """Whether ``code`` listens to messages and runs the data they carry."""
    if "message" not in code:
        return False
    for match in _MESSAGE_LISTENER.finditer(code):
        name = re.escape(match.group(1) or match.group(2))
        window = code[match.end() : match.end() + _BRIDGE_WINDOW]
        if re.search(r"(?:\beval|\bFunction)\s*\(\s*\(?\s*" + name + r"\s*\.\s*data\b", window):
            return True
    return False


def inert_block_loads(
    tree: LexborHTMLParser, ids: set[str], loads_of: Callable[[str], list[tuple[str, str]]], max_chars: int
) -> list[str]:
    """The addresses the inert blocks with these ``ids`` load once run: what they set as a script's
    source (a picture the block's markup shows is no load)."""
    found: list[str] = []
    for node in tree.css("script[id]")[:MAX_ID_SCRIPTS]:
        if (node.attributes.get("id") or "") not in ids:
            continue
        code = node.text(deep=True)[:max_chars]
        creates = _SCRIPT_CREATION.search(code) is not None
        found.extend(url for url, _ in loads_of(code) if creates or is_code_path(url))
        if len(found) >= MAX_BLOCK_LOADS:
            break
    return found[:MAX_BLOCK_LOADS]


def bridge_frames(tree: LexborHTMLParser) -> list[str]:
    """The addresses of the page's frames (a message bridge's possible senders)."""
    frames = tree.css("iframe[src], frame[src]")[:MAX_FRAMES]
    return [src for node in frames if (src := node.attributes.get("src") or "")]


def style_imported_scripts(tree: LexborHTMLParser, address: str) -> list[str]:
    """Script files that an inline style sheet imports as if they were style (``address``: the
    pattern of an address, as the caller's)."""
    pattern = re.compile(r"""@import\s+(?:url\(\s*)?["']?""" + address, re.IGNORECASE)
    found: list[str] = []
    for node in tree.css("style")[:MAX_STYLES]:
        text = node.text(deep=True)[:MAX_STYLE_CHARS]
        if "@import" in text:
            found.extend(url for url in pattern.findall(text)[:MAX_IMPORTS] if is_code_path(url))
    return found


_CODE_PATH = re.compile(r"^(?:wss?:)|\.m?js$", re.IGNORECASE)  # a script file or a WebSocket


def is_code_path(url: str) -> bool:
    """Whether ``url`` names a script file (``.js``, ``.mjs``) or a WebSocket."""
    return _CODE_PATH.search(url.split("?", 1)[0].split("#", 1)[0]) is not None
