"""Inline loads: what a page's inline scripts load from elsewhere, also when the address is hidden.

Injected code often has no ``<script src>`` of its own: an inline script creates the element and
sets its ``src`` (``s.src = "https://..."``, ``setAttribute("src", ...)``), writes a tag with
``document.write``, or hides the address as base64 (``atob("aHR0cHM6Ly9...")``), character codes
(``String.fromCharCode(104,116,...)``), percent escapes (``unescape("%68%74...")``) or
JavaScript escapes (``'\\x68\\x74...'``). A module import or any quoted address of a ``.js`` file
or a WebSocket (``wss://``) counts as a load whatever function receives it (``$.getScript``,
``import()``, ``new Worker``, a loader of the attacker's own). A script that reads a form's fields
and sends them somewhere (``sendBeacon``, ``fetch``, an image's ``src``) is a skimmer whatever its
names. Code outside ``<script>`` blocks (event handlers, ``data:`` scripts, ``srcdoc`` frames:
``code_places.py``) loads ``HIDDEN``: sites do not load code from there. Decoding is
``deobfuscate.py``'s (also shifted or XOR-ed codes, literals cut into pieces, text written
backwards, base64 kept in a ``data-`` attribute the script reads). An import map's addresses load
like a ``src``; a submit listener that points the form elsewhere is a skimmer.
``inline_loads`` returns ``(url, how)`` for each such address; the caller keeps the foreign
ones. Only scripts that run (no ``type``, or a JavaScript type) are read, each up to 200,000
characters, and literal searches pick the few places worth a regular expression.
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.code_places import code_places
from tamperwatch.detect.code_runners import (
    bridge_frames,
    inert_block_loads,
    is_code_path,
    run_element_ids,
    runs_posted_code,
    style_imported_scripts,
)
from tamperwatch.detect.deferred_scripts import JS_TYPES
from tamperwatch.detect.deobfuscate import decoded_texts
from tamperwatch.detect.fetched_code import fetched_and_run, runner_addresses
from tamperwatch.detect.hidden_payloads import (
    data_attribute_addresses,
    reads_data_payload,
    reads_style_payload,
    style_property_addresses,
)
from tamperwatch.detect.text_memo import TextMemo
from tamperwatch.detect.written_markup import written_markup

_MAX_SCRIPT = 200_000  # characters read of each inline script
_MAX_SCRIPTS = 300  # inline scripts read per page
_MAX_LOADS = 50  # addresses returned per page
_MAX_URLS = 10  # addresses taken from one script's text (or from one text it decodes)
_MAX_IMPORT_MAPS = 5  # import maps read per page
SCRIPTS_REMEMBERED = 8192  # inline scripts whose reading is kept (text_memo.py)
MAX_READ_CHARS_KEPT = 4096  # characters of addresses and ids a kept reading holds at most
_SRC_WINDOW = 400  # characters after a 'src' or 'setAttribute(' read for the address set
# a host may be written in any script (Cyrillic letters that look Latin: homoglyphs.py) or punycode
_HOST = r"[^\W_][\w.-]*\.(?:[^\W\d_]{2,}|xn--[a-z0-9-]{2,})"
_URL = r"""((?:https?:|wss?:)?//""" + _HOST + r"""(?::\d{1,5})?(?:[/?#][^"'`\s\\<>]{0,300})?)"""
_SRC_SET = re.compile(r"""src\s*=\s*\\?["'`]""" + _URL, re.IGNORECASE)
_SET_ATTRIBUTE = re.compile(r"""setAttribute\(\s*["']src["']\s*,\s*["'`]""" + _URL, re.IGNORECASE)
_URL_ANYWHERE = re.compile(_URL, re.IGNORECASE)
_QUOTED_URL = re.compile(r"""["'`]""" + _URL, re.IGNORECASE)
_IMPORT_MAP = "importmap"  # a script type whose JSON maps module names to the addresses they load
# a WebRTC ICE server (STUN, TURN): the host a peer connection sends its packets through
_ICE_URL = re.compile(
    r"""["'`]((?:stun|turn)s?:(?://)?""" + _HOST + r"""(?::\d{1,5})?(?:\?[^"'`\s]{0,100})?)""", re.I
)
# Code that reads what a visitor typed into a form and sends it elsewhere: a card or password
# skimmer, whatever its names. Both a read of field values and a way to send must be present.
# Reading: selecting the form's fields, or listening to what a visitor types or changes and
# reading the field's value. Sending: a beacon, a request, a WebSocket, an image's address.
_READS_FIELDS = re.compile(
    r"querySelectorAll\(\s*['\"`][^'\"`]*\b(?:input|select|form)|\.elements\b|new\s+FormData\b|"
    r"addEventListener\(\s*['\"`](?:change|input|keyup|keydown|keypress|blur|submit)['\"`][\s\S]{0,400}?\.value\b|"
    # a submit listener that points the form at another site
    r"addEventListener\(\s*['\"`]submit['\"`][\s\S]{0,400}?\.action\s*=\s*['\"`](?:https?:)?//"
)
_SENDS = re.compile(
    r"sendBeacon\s*\(|RTCPeerConnection\b|createDataChannel\s*\(|\bfetch\s*\(|XMLHttpRequest|new\s+Image\b|\.src\s*=|new\s+WebSocket\s*\(|"
    r"\.action\s*=\s*['\"`](?:https?:)?//|"  # a form pointed at another site
    # a silent request: a background picture whose address the code extends with a field's value
    # (or its encoding); never an address a visitor opens (a share button's window)
    r"\b(?:backgroundImage|background|cssText)\s*=\s*['\"`][^'\"`]{0,40}url\(\s*(?:https?:)?//[^'\"`\s]{1,300}"
    r"['\"`]\s*\+[^;]{0,200}?(?:\.value\b|btoa\()"
)
# A small inline script that calls one of the browser's ways to run code from an address (a
# module import, a worker or service worker, eval or Function over fetched text, a created or
# written element) loads the script addresses it quotes: a one-line loader, whatever it is named.
# Vendor configurations that merely list script addresses are longer than this.
SMALL_LOADER_CHARS = 800
_RUNS_CODE = re.compile(
    r"\bimport\s*\(|importScripts\s*\(|\bWorker\s*\(|serviceWorker\s*\.\s*register\s*\(|\beval\b|"
    r"\bFunction\s*\(|createElement\s*\(|document\s*\.\s*write|appendChild\s*\(|insertBefore\s*\("
)


PLAIN, QUOTED, ENCODED, SKIMMER, HIDDEN = "plain", "quoted", "encoded", "skimmer", "hidden"


def inline_loads(tree: LexborHTMLParser) -> list[tuple[str, str]]:
    """``(url, how)`` for each address an inline script loads from or sends to (at most 50):
    ``how`` is ``PLAIN`` (set as a script's ``src``), ``QUOTED`` (a quoted script or WebSocket
    address handed to some function), ``ENCODED`` (the script hides the address), ``SKIMMER`` (the script
    reads form fields and sends them to the address) or ``HIDDEN`` (code outside a script
    block loads it)."""
    out: list[tuple[str, str]] = []
    maps = 0
    reads_data = reads_style = runs_messages = False
    named: set[str] = set()  # inert blocks a script runs
    for node in tree.css("script")[:_MAX_SCRIPTS]:
        attrs = node.attributes
        kind = (attrs.get("type") or "").strip().lower()
        if "src" in attrs or "href" in attrs:
            continue
        if kind == _IMPORT_MAP and maps < _MAX_IMPORT_MAPS:
            maps += 1
            out.extend((url, PLAIN) for url in import_map_addresses(node.text(deep=True)[:_MAX_SCRIPT]))
        if kind not in JS_TYPES:
            continue
        read = _SCRIPTS_READ(node.text(deep=True)[:_MAX_SCRIPT])
        reads_data = reads_data or read.reads_data
        reads_style = reads_style or read.reads_style
        named |= read.runs_ids
        runs_messages = runs_messages or read.runs_messages
        out.extend(read.loads)
        if len(out) >= _MAX_LOADS:
            return out[:_MAX_LOADS]
    if reads_data:
        out.extend((url, ENCODED) for url in data_attribute_addresses(tree, _addresses))
    if reads_style:
        out.extend((url, ENCODED) for url in style_property_addresses(tree, _addresses))
    if named:
        out.extend((url, HIDDEN) for url in inert_block_loads(tree, named, _loads_of, _MAX_SCRIPT))
    out.extend((url, HIDDEN) for url in style_imported_scripts(tree, _URL))
    if runs_messages:
        out.extend((url, HIDDEN) for url in bridge_frames(tree))
    for code in code_places(tree):
        out.extend((url, SKIMMER if how == SKIMMER else HIDDEN) for url, how in _loads_of(code))
        if len(out) >= _MAX_LOADS:
            break
    return out[:_MAX_LOADS]


class ScriptRead(NamedTuple):
    """What one inline script's text tells ``inline_loads``: whether it decodes a payload kept in
    a ``data-`` attribute or a style, the ids of the inert blocks it runs, whether it runs the
    messages posted to it, and the ``(url, how)`` it loads itself or through markup it writes."""

    reads_data: bool
    reads_style: bool
    runs_ids: frozenset[str]
    runs_messages: bool
    loads: tuple[tuple[str, str], ...]


def read_script(code: str) -> ScriptRead:
    return ScriptRead(
        reads_data_payload(code),
        reads_style_payload(code),
        frozenset(run_element_ids(code)),
        runs_posted_code(code),
        (*_loads_of(code), *((url, HIDDEN) for url in _written_loads(code))),
    )


def _read_chars(read: ScriptRead) -> int:
    """Characters a script's reading holds (its addresses and element ids)."""
    return sum(len(url) + len(how) for url, how in read.loads) + sum(len(i) for i in read.runs_ids)


# the reads of the inline scripts seen lately, by their text's digest: a site serves the same
# scripts check after check (about 200 bytes an answer)
_SCRIPTS_READ = TextMemo(read_script, SCRIPTS_REMEMBERED, _read_chars, MAX_READ_CHARS_KEPT)


def _addresses(text: str) -> list[str]:
    return _URL_ANYWHERE.findall(text)[:_MAX_URLS]


def _written_loads(code: str) -> list[str]:
    """What the code places of the markup ``code`` writes into the page load (``written_markup.py``)."""
    fragment = written_markup(code)
    if fragment is None:
        return []
    return [url for place in code_places(fragment) for url, _ in _loads_of(place)][:_MAX_URLS]


def import_map_addresses(text: str) -> list[str]:
    """The addresses an import map (``<script type="importmap">``) sends module names to."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # a hostile nesting depth maps nothing
        return []
    if not isinstance(data, dict):
        return []
    scopes = data.get("scopes")
    maps = [data.get("imports"), *(scopes.values() if isinstance(scopes, dict) else ())]
    urls = [url for m in maps if isinstance(m, dict) for url in m.values() if isinstance(url, str)]
    return urls[:_MAX_URLS]


def _loads_of(code: str) -> list[tuple[str, str]]:
    # what decoding reveals that the code does not already show in plain text
    decoded = [url for text in decoded_texts(code) for url in _URL_ANYWHERE.findall(text)[:_MAX_URLS]]
    hidden = [url for url in decoded if url not in code]
    ice = _ICE_URL.findall(code)[:_MAX_URLS] if "stun" in code or "turn" in code else []
    if _READS_FIELDS.search(code) and _SENDS.search(code):
        return [(url, SKIMMER) for url in [*_URL_ANYWHERE.findall(code)[:_MAX_URLS], *ice, *hidden]]
    plain = [*_plain_loads(code), *runner_addresses(code)]
    loads = QUOTED
    if len(code) <= SMALL_LOADER_CHARS and _RUNS_CODE.search(code):
        loads = PLAIN  # a one-line loader: what it quotes, it runs
    quoted = [(url, loads) for url in [*_quoted_loads(code), *ice] if url not in plain]
    fetched = [(url, HIDDEN) for url in fetched_and_run(code)]  # fetched text run as code
    return [(url, PLAIN) for url in plain] + quoted + [(url, ENCODED) for url in hidden] + fetched


def _plain_loads(code: str) -> list[str]:
    found: list[str] = []
    for needle, pattern in (("src", _SRC_SET), ("setAttribute(", _SET_ATTRIBUTE)):
        pos = code.find(needle)
        while pos >= 0 and len(found) < _MAX_LOADS:
            match = pattern.match(code, pos, pos + _SRC_WINDOW)
            if match:
                found.append(match.group(1))
            pos = code.find(needle, pos + len(needle))
    return found


def _quoted_loads(code: str) -> list[str]:
    """Quoted addresses of script files and WebSockets, whatever function receives them."""
    found: list[str] = []
    if "//" not in code:
        return found
    for match in _QUOTED_URL.finditer(code):
        url = match.group(1)
        if is_code_path(url) and url not in found:
            found.append(url)
        if len(found) >= _MAX_LOADS:
            break
    return found
