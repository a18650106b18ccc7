"""Edition 6's script origins: lookalikes of well-known CDN, analytics, payment and tag hosts in its
own styles (the real host as a label of another domain, a hyphen moved or added, a letter doubled or
swapped for a similar one, the TLD changed, the brand split across labels), syllables for plain
never-seen hosts, and the paths a loader asks for."""

from __future__ import annotations

LOOKALIKES = (
    "googletagmanager.cc",
    "gtm-googletagmanager.net",
    "analytics-google.org",
    "jsdeliver-cdn.net",
    "jsdelivr.network",
    "cdnjs-cloudflare.com",
    "cdnjs.cloudflare.com-edge.net",
    "unpkgs.com",
    "code.jquery-cdn.org",
    "jqueryjs.net",
    "bootstrapcdn.cloud",
    "js-stripe.com",
    "paypalobjects-cdn.net",
    "static.hotjar.io",
    "cdn.segment.is",
    "connect-facebook.org",
    "hm-baidu.com.cn",
    "s4.cnzz-stats.net",
    "js.users-51la.net",
    "mc.yandex-metrica.net",
    "clarity-ms.com",
    "analytics-tiktok.net",
    "cdn.polyfill-io.net",
    "staticfile-cdn.org",
    "cdn.bootcdn.cc",
    "browser.sentry-cdns.com",
    "assets.adobe-dtm.net",
    "www.gstatlc.com",
    "ajax-googleapis.org",
    "cdn.shopify-assets.net",
    "checkout-razorpay.com",
    "alicdn-static.com",
    "res.wx-qq.net",
)
SYLLABLES = (
    "vo",
    "tram",
    "kel",
    "zu",
    "bren",
    "ia",
    "qo",
    "mir",
    "dax",
    "lu",
    "sen",
    "tor",
    "ep",
    "wyn",
    "ka",
)
PREFIXES = ("", "", "", "js.", "t.", "cdn.", "s1.", "api.", "metrics.")
TLDS = (".top", ".click", ".monster", ".skin", ".autos", ".rest", ".beauty", ".uno", ".pics", ".website")
SCRIPT_PATHS = (
    "/lib/{tag}/bundle.min.js",
    "/npm/swiper@11/{tag}.js",
    "/ajax/libs/lazysizes/5.3.2/ls.{tag}.js",
    "/gtag/js?id=G-{tag}",
    "/v3/{tag}.js",
    "/static/chunk-{tag}.js",
    "/js/stat.php?id={tag}",
    "/hm.js?{tag}",
)
MODULE_PATHS = ("/esm/{tag}/index.mjs", "/mod/{tag}.mjs", "/dist/es/{tag}.js")
