"""Edition 8's attacker hosts: lookalikes of analytics, CDN, consent and payment services
(invented), syllables for random names, and the paths the loaded code sits at."""

from __future__ import annotations

LOOKALIKES = (
    "static-cloudfIare-cdn.com",
    "jsdelivr-mirror.net",
    "googletagrnanager.info",
    "metrics-hotjar.io",
    "cdn-unpkg.org",
    "consent-cookiebot.eu",
    "stripe-checkout-js.com",
    "fonts-gstatic.net",
    "analytics-matomo-cloud.com",
    "sentry-cdn-browser.io",
    "adsrvr-sync.net",
    "paypal-sdk-js.com",
    "cdnjs-cf-static.org",
    "newrelic-browser-agent.net",
)

SYLLABLES = ("tor", "vex", "lum", "qua", "zen", "mir", "dal", "kio", "pra", "sen", "vor", "nyx", "oly", "ret")
TLDS = (".top", ".click", ".shop", ".xyz", ".icu", ".live", ".site", ".pw", ".buzz", ".store")

SCRIPT_PATHS = (
    "/lib/{tag}.min.js",
    "/v3/loader.js?id={tag}",
    "/assets/js/jquery.ui.{tag}.js",
    "/gtag/js?id=G-{tag}",
    "/npm/swiper@11/{tag}.js",
    "/static/bundle.{tag}.mjs",
)
COLLECT_PATHS = ("/collect?v={tag}", "/api/v2/events/{tag}", "/i/{tag}.gif", "/ws/{tag}")
LANDING_PATHS = ("/promo/{tag}", "/?r={tag}", "/win/{tag}.html", "/go/{tag}")
