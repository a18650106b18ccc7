"""Fetched code: addresses whose content a script runs, though no script tag names them.

Two shapes:

* **fetch, then run**: a script fetches text (``fetch``, ``XMLHttpRequest.open``, ``$.get``,
  ``$.ajax``) and runs it (``eval``, ``(0,eval)``, ``Function``, ``setTimeout`` handed the
  fetched text, the text of a script element it creates). The address can end in anything
  (``.ico``, no extension): what it serves is code all the same, and a reader of the page sees
  no script load. A site's own ``fetch`` whose answer goes to ``JSON.parse`` runs nothing.
* **a runner handed an address**: a module ``import()``, a ``Worker``/``SharedWorker``,
  ``importScripts`` or ``navigator.serviceWorker.register`` loads the code at the address it is
  given, whatever that address ends in.

Read from the code's shape, not its names; every window is bounded.
"""

from __future__ import annotations

import re
from itertools import islice

from tamperwatch.detect.anchored import anchored_finditer, anchored_search

FETCH_RUN_WINDOW = 600  # characters after a fetch searched for code that runs what it got
MAX_FETCHES = 20  # fetches read per script
MAX_RUNNER_CALLS = 20  # runner calls read per script
_ADDRESS = r"""(?:https?:)?//[^\W_][\w.-]*\.[^\W\d_]{2,}(?::\d{1,5})?(?:[/?#][^"'`\s\\<>]{0,300})?"""
_NAME = r"[A-Za-z_$][\w$]{0,60}"
# the first argument of a request: a quoted address or a name
_ARGUMENT = r"""\s*(?:["'`](""" + _ADDRESS + r""")["'`]|(""" + _NAME + r"""))"""
_FETCH = re.compile(
    r"(?:\bfetch\s*\(|\.open\(\s*[\"'`]\w{3,7}[\"'`]\s*,|"
    r"(?:\$|\bjQuery)\s*\.\s*(?:get|ajax|post)\s*\(\s*(?:\{\s*url\s*:)?)" + _ARGUMENT
)
_FETCH_STARTS = ("fetch", ".open(", "$", "jQuery")  # what each of _FETCH's matches starts with
# eval however called, Function, or a script element's text set: each runs a text as code
_RUNS_TEXT = re.compile(r"\beval\s*\)?\s*\(|\bFunction\s*\(")
_SCRIPT_TEXT = re.compile(r"\.(?:text|textContent|innerText)\s*=")
_CREATES_SCRIPT = re.compile(r"""createElement\(\s*["'`]script["'`]\s*\)""")
# the name a callback gives what it receives (.then(t => ..., function(t), onload = function(e))
_CALLBACK_NAME = re.compile(
    r"(?:\(\s*(" + _NAME + r")\s*\)|(" + _NAME + r"))\s*=>|function\s*\(\s*(" + _NAME + r")"
)
_RUNNER_CALL = re.compile(
    r"(?:\bimport|\bWorker|\bSharedWorker|importScripts|serviceWorker\s*\.\s*register)\s*\(\s*[\"'`]("
    + _ADDRESS
    + r")[\"'`]"
)
_RUNNER_CALL_STARTS = ("import", "Worker", "SharedWorker", "serviceWorker")  # and importScripts


def fetched_and_run(code: str) -> list[str]:
    """The addresses ``code`` fetches text from and then runs that text as code."""
    if "eval" not in code and "Function" not in code and "setTimeout" not in code and ".text" not in code:
        return []
    found: list[str] = []
    for match in islice(anchored_finditer(_FETCH, code, _FETCH_STARTS), MAX_FETCHES):
        url = match.group(1) or _assigned_address(code, match.group(2) or "")
        if (
            url
            and url not in found
            and _runs_fetched(code, code[match.end() : match.end() + FETCH_RUN_WINDOW])
        ):
            found.append(url)
    return found


def runner_addresses(code: str) -> list[str]:
    """The addresses ``code`` hands to a module import, a worker or a service worker."""
    calls = anchored_finditer(_RUNNER_CALL, code, _RUNNER_CALL_STARTS)
    return [m.group(1) for m in islice(calls, MAX_RUNNER_CALLS)]


def _assigned_address(code: str, name: str) -> str:
    """The quoted address ``code`` assigns to the variable ``name`` ('' when none)."""
    if not name:
        return ""
    assigned = re.compile(r"\b" + re.escape(name) + r"""\s*=\s*["'`](""" + _ADDRESS + r""")["'`]""")
    match = anchored_search(assigned, code, (name,))
    return match.group(1) if match else ""


def _runs_fetched(code: str, window: str) -> bool:
    """Whether ``window`` (what follows a fetch) runs text as code: eval or Function, a timer
    handed a name the callbacks received, or the text of a script element ``code`` creates."""
    if _RUNS_TEXT.search(window):
        return True
    if _SCRIPT_TEXT.search(window) and _CREATES_SCRIPT.search(code):
        return True
    names = {a or b or c for a, b, c in _CALLBACK_NAME.findall(window)}
    return any(re.search(r"setTimeout\s*\(\s*" + re.escape(name) + r"\s*[,)]", window) for name in names)
