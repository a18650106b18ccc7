"""Edition 5's script hosts: lookalikes of well-known script, font, consent and payment hosts, and
the syllables of never-seen ones."""

from __future__ import annotations

LOOKALIKES = (
    "cdn-jsdelivr.services",
    "jsdelivr-static.org",
    "unpkg.com-mirror.net",
    "cdnjs-cloudflare.dev",
    "googleapis-cache.com",
    "gstatic-fonts.net",
    "stripe-js.app",
    "js-stripe.cc",
    "paypal-objects.net",
    "adyen-checkout.live",
    "cookielaw-cdn.org",
    "onetrust-consent.net",
    "usercentrics-cmp.eu",
    "recaptcha-gstatic.com",
    "clarity-ms.net",
    "segment-analytics.cc",
    "plausible-stats.io",
    "sentry-cdn.dev",
    "bdstatic-js.cn.com",
    "alicdn-g.net",
    "qhimg-static.com",
    "51la-tongji.net",
    "mc-yandex.site",
    "vk-widgets.net",
)
SYLLABLES = (
    "vor", "tel", "qua", "min", "zep", "lio", "dra", "kun", "sef", "ora", "pix", "nub",
    "wal", "jor", "tiv", "eks", "bau", "rim", "sol", "yan",
)  # fmt: skip
PREFIXES = ("", "", "cdn.", "js.", "static.", "assets.", "edge.", "s1.")
TLDS = (".net", ".io", ".app", ".dev", ".site", ".online", ".click", ".link", ".rest", ".pw")
SCRIPT_PATHS = (
    "/lib/{tag}/bundle.min.js",
    "/v3/loader.js?k={tag}",
    "/npm/lazysizes@5.3.2/{tag}.js",
    "/gh/core/{tag}/polyfill.js",
    "/static/js/chunk-{tag}.js",
    "/wp-includes/js/{tag}.min.js",
)
MODULE_PATHS = ("/esm/{tag}/index.mjs", "/m/{tag}.mjs", "/build/entry-{tag}.js")
WORKER_PATHS = ("/w/{tag}/worker.js", "/compute/{tag}.js", "/pool/{tag}/hash.js")
COLLECT_PATHS = ("/api/v2/collect/{tag}", "/c/{tag}", "/i/pixel.gif?s={tag}", "/log/{tag}")
# Chinese-language portals with numeric article addresses (invented), for headline links
PORTALS = (
    ("news.xinwen-kuaibao.com.cn", "/{y}/{md}/{n}.shtml"),
    ("www.dongfang-toutiao.cn", "/a/{y}{md}/{n}.html"),
    ("info.huanan-zixun.com", "/html/{y}/{md}/content_{n}.htm"),
    ("www.jiaodian-tw.com.tw", "/news/{y}{md}/{n}.aspx"),
    ("hk.gangao-daily.com.hk", "/article/{n}/"),
)
