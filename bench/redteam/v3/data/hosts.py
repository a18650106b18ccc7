"""Edition 3's script origins. Lookalikes of CDN, analytics, payment and Chinese statistics hosts,
built by tricks edition 2 did not use (brand plus an ordinary word, a swapped top-level domain, a
doubled or dropped letter, a one-bit flip, reversed word order, dots written as hyphens), and
the parts of plain never-seen hosts. All invented for edition 3."""

from __future__ import annotations

COMBOS: tuple[str, ...] = (
    "jsdelivr-edge.net",
    "cloudflareinsights-cdn.com",
    "googleanalytics-sync.com",
    "static.hotjar-assets.com",
    "segment-cdn.io",
    "js-agent.newrelic-cdn.net",
    "stripe-checkoutjs.com",
    "recaptcha-gstatic.net",
    "fbevents-pixel.com",
    "cdn.cookielaw-consent.org",
)
TLD_SWAPS: tuple[str, ...] = (
    "static.cloudflareinsights.co",
    "unpkg.cc",
    "code.jquery.co",
    "js.stripe.cm",
    "cdn.segment.co",
    "www.clarity.ms.co",
)
LETTERS: tuple[str, ...] = (
    "www.googletagmanagger.com",
    "cdn.jsdeliver.net",
    "static.hotjaar.com",
    "cdn.segmment.com",
    "ajax.googleapi.com",
    "cdnjs.cloudflar.com",
)
BITFLIPS: tuple[str, ...] = (
    "cdnjs.cloudfmare.com",
    "www.googletagmaoager.com",
    "connect.facebooc.net",
    "fonts.gstatib.com",
)
REVERSED: tuple[str, ...] = (
    "analytics-google.com",
    "tagmanager-google.net",
    "fonts-gapis-static.org",
    "delivr-js.net",
)
HYPHENATED: tuple[str, ...] = (
    "npm-jsdelivr-net.com",
    "ajax-googleapis-com.net",
    "ssl-googleanalytics-com.org",
    "cdnjs-cloudflare-com.info",
)
CHINESE: tuple[str, ...] = (
    "hm.baidu-tongji.com",
    "s4.cnzz-stat.com",
    "res.wx-qq.com",
    "g.alicdn-static.com",
    "js.51la-analytics.com",
    "push.zhanzhang-baidu.com",
)
LOOKALIKES: tuple[str, ...] = COMBOS + TLD_SWAPS + LETTERS + BITFLIPS + REVERSED + HYPHENATED + CHINESE

# parts of plain never-seen hosts
SYLLABLES: tuple[str, ...] = (
    "vor",
    "quel",
    "dax",
    "miro",
    "tesk",
    "lun",
    "prav",
    "zeno",
    "okta",
    "frim",
    "bex",
    "sulo",
    "nark",
    "yeti",
    "gorm",
    "palu",
)
TLDS: tuple[str, ...] = (".icu", ".sbs", ".cfd", ".click", ".buzz", ".mom", ".autos", ".lat")
PREFIXES: tuple[str, ...] = ("", "", "cdn1.", "js.", "static2.", "api.", "m.")

SCRIPT_PATHS: tuple[str, ...] = (
    "/static/js/{tag}/bundle.min.js",
    "/gtm.js?id=GTM-{tag}",
    "/npm/jquery@3.7.1/dist/jquery.min.js?v={tag}",
    "/ajax/libs/{tag}/lib.min.js",
    "/assets/v{tag}/runtime.js",
    "/cdn-cgi/scripts/{tag}/beacon.min.js",
    "/wp-includes/js/jquery/jquery-migrate.min.js?ver={tag}",
    "/hm.js?{tag}",
)
LANDING_PATHS: tuple[str, ...] = ("/go/{tag}", "/?ref={tag}", "/lp/{tag}.html", "/r?c={tag}")
COLLECT_PATHS: tuple[str, ...] = (
    "/collect?v=2&t={tag}",
    "/pixel/{tag}",
    "/api/v2/metrics",
    "/gate.php",
    "/ingest",
)
