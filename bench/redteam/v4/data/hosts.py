"""Edition 4's attacker hosts: lookalikes of well-known CDNs, tag managers and analytics (subdomain
tricks, hyphenation, typos without homoglyphs, new TLDs) and syllables for never-seen hosts."""

from __future__ import annotations

LOOKALIKES: tuple[str, ...] = (
    "googletagmanager.com-static.link",
    "www.googletagrnanager.co",
    "gtm-container.net",
    "static-cloudflareinsights.com",
    "cloudflareinsight.io",
    "jsdelivr.net.cdn-edge.app",
    "cdn.jsdeliver.org",
    "unpkg-cdn.com",
    "cdnjs.cloudfare.net",
    "ajax.googleapis-cdn.net",
    "fonts-gstatic.com",
    "connect.facebook-sdk.net",
    "matomo-cloud.site",
    "hotjar-static.io",
    "stats-wp.com",
    "bootstrapcdn.pro",
    "code.jquery-min.org",
    "polyfill-io.net",
    "cdn.baidustatic.cc",
    "hm.baidu-tongji.net",
    "s9.cnzz-counter.net",
    "tajs.qq-analytics.com",
    "g.alicdn-static.net",
    "yandex-metrika.site",
)

SYLLABLES: tuple[str, ...] = (
    "vel", "quor", "tam", "bri", "oxa", "lun", "derv", "mip", "sard", "fol", "ixo", "kelt",
    "umb", "raz", "pio", "nax", "zed", "harl", "wyn", "cro",
)  # fmt: skip
PREFIXES: tuple[str, ...] = ("", "", "cdn.", "js.", "assets.", "edge.", "s1.", "img.")
TLDS: tuple[str, ...] = (".shop", ".click", ".monster", ".buzz", ".rest", ".icu", ".cyou", ".bond", ".pw")

SCRIPT_PATHS: tuple[str, ...] = (
    "/gtm.js?id=GTM-{tag}",
    "/lib/{tag}/bundle.min.js",
    "/npm/jquery@3.7.1/dist/jquery.min.js?v={tag}",
    "/beacon.min.js?token={tag}",
    "/hm.js?{tag}",
    "/static/js/app.{tag}.js",
)
LANDING_PATHS: tuple[str, ...] = ("/go/{tag}", "/lp/{tag}.html", "/?ref={tag}")
COLLECT_PATHS: tuple[str, ...] = ("/collect?t={tag}", "/pixel/{tag}.gif", "/api/v2/event/{tag}")
