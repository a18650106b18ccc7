"""Hosts and paths for injected scripts: invented lookalikes of CDNs and analytics hosts, and the
parts of random-looking ones; plus redirect landing paths."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.

from __future__ import annotations

LOOKALIKES: tuple[str, ...] = (
    "cdn-jsdelivr-net.com",
    "jsdeliver.net",
    "cdnjs-cloudflair.net",
    "cloudfare-cdn.com",
    "ajax-googleapis.net",
    "googletagmanger.com",
    "google-analytcs.com",
    "gstatic-cdn.net",
    "unpkg-static.com",
    "jquery-code.net",
    "code-jqeury.com",
    "bootstrapcdn-static.net",
    "fonts-googleapis.org",
    "static-doubleclick.com",
    "connect-facebok.net",
    "hotjar-static.net",
    "matomo-cdn.org",
    "cdn-segment-io.com",
    "wp-stats-cdn.com",
    "yandex-metrika.net",
)

RANDOM_SYLLABLES: tuple[str, ...] = (
    "ka",
    "zu",
    "qe",
    "vor",
    "lix",
    "tem",
    "dra",
    "ny",
    "ops",
    "xel",
    "mir",
    "go",
    "fa",
    "rek",
    "uti",
    "zan",
)

RANDOM_TLDS: tuple[str, ...] = (
    ".top",
    ".xyz",
    ".icu",
    ".cfd",
    ".sbs",
    ".click",
    ".ru",
    ".info",
    ".test",
    ".example",
)

SCRIPT_PATHS: tuple[str, ...] = (
    "/jquery.min.js",
    "/js/jquery-3.6.4.min.js",
    "/gtag/js?id=G-{tag}",
    "/analytics.js",
    "/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js",
    "/ajax/libs/lodash.js/4.17.21/lodash.min.js",
    "/static/app.{tag}.js",
    "/cdn/{tag}.js",
    "/s/{tag}/loader.js",
    "/wp-includes/js/wp-emoji-release.min.js",
    "/track.js?v={tag}",
)

LANDING_PATHS: tuple[str, ...] = ("/", "/go/{tag}", "/?ref={tag}", "/lp/{tag}.html", "/r/{tag}")

COLLECT_PATHS: tuple[str, ...] = ("/collect", "/api/v2/log", "/gate.php", "/img/pixel.gif", "/metrics")
