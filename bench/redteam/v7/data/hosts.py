"""Edition 7's script hosts: lookalikes of well-known CDN, analytics, tag and payment hosts (built
by edition 7's own rules: a swapped TLD, a hyphenated brand, a brand plus a service word, a
homoglyph digit, a doubled letter) and syllables for never-seen ones."""

from __future__ import annotations

LOOKALIKES = (
    "cdnjs-cloudflare.net",
    "insights-cloudflare.net",
    "static-cloudflare-cdn.com",
    "jsdelivr-cdn.org",
    "cdn-jsdeliver.net",
    "unpkg-mirror.com",
    "gtm-googletag.net",
    "cdn-googleanalytics.org",
    "gstatic-content.com",
    "googleapis-fonts.org",
    "ajaxgoogleapis-cdn.com",
    "connect-facebook.net",
    "fbcdn-static.com",
    "hotjar-static.com",
    "cdn-segment-io.net",
    "stripe-js.net",
    "js-stripe.co",
    "paypalobjects-cdn.com",
    "braintree-gateway.net",
    "adyen-checkout.net",
    "cookielaw-static.net",
    "consent-onetrust.org",
    "cdn-bootstrapcdn.org",
    "code-jquery-cdn.com",
    "akamaihd-static.net",
    "ms-clarity-tag.com",
    "newrelic-js.com",
    "baidu-tongji.cc",
    "cnzz-stat.net",
    "hm-baidu.net",
)
SYLLABLES = (
    "vor",
    "qua",
    "lin",
    "dex",
    "tam",
    "ruk",
    "zel",
    "miso",
    "pav",
    "nox",
    "ter",
    "ibo",
    "kar",
    "sul",
)
TLDS = (".net", ".io", ".app", ".dev", ".site", ".online", ".pw", ".ws", ".cloud", ".link")
PREFIXES = ("", "", "cdn.", "static.", "js.", "assets.", "edge.")
SCRIPT_PATHS = (
    "/libs/{tag}/core.min.js",
    "/v3/loader.js?cb={tag}",
    "/dist/bundle.{tag}.js",
    "/ajax/libs/moment/{tag}/moment.min.js",
    "/gtag/js?id=G-{tag}",
    "/s/{tag}.js",
)
DATA_PATHS = ("/api/v2/sync?id={tag}", "/px/{tag}.gif?r=1", "/collect?tid={tag}", "/ingest/{tag}?s=1")
