"""Edition 2's script origins: lookalikes of CDNs, analytics and payment hosts built by three tricks
(a typo, a homoglyph, the real name used as a subdomain of another domain), parts of random-looking
hosts, and paths."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.
# ruff: noqa: RUF001

from __future__ import annotations


def _idna(name: str) -> str:
    return name.encode("idna").decode("ascii")


TYPOSQUATS: tuple[str, ...] = (
    "cdnjs.cloudfalre.com",
    "unpkq.com",
    "googletagmanagr.net",
    "www.gogle-analytics.net",
    "stackpath.bootstarpcdn.com",
    "js.strpie.com",
    "www.paypalobjetcs.com",
    "static.hotjra.com",
)

HOMOGLYPHS: tuple[str, ...] = (
    "googletagrnanager.com",  # rn for m
    "www.google-anaiytics.com",  # i for l
    "cdn.jsdelivr.co",
    "ajax.googieapis.com",  # i for l
    "fonts.gstatlc.com",  # l for i
    "connect.faceb00k.net",
    _idna("gооgletagmanager.com"),  # Cyrillic o
    _idna("cdnjs.сloudflare.com"),  # Cyrillic es
)

SUBDOMAIN_TRICKS: tuple[str, ...] = (
    "www.googletagmanager.com.tagedge.net",
    "cdnjs.cloudflare.com.libcache.top",
    "code.jquery.com.static-mirror.site",
    "js.stripe.com.checkout-verify.shop",
    "connect.facebook.net.pixel-sync.xyz",
    "cdn.shopify.com.assets-cdn.cfd",
    "polyfill.io.fastjs.click",
    "mc.yandex.ru.metrics-cdn.icu",
)

LOOKALIKES: tuple[str, ...] = TYPOSQUATS + HOMOGLYPHS + SUBDOMAIN_TRICKS

SYLLABLES: tuple[str, ...] = (
    "bo",
    "tri",
    "nex",
    "ula",
    "pem",
    "sko",
    "var",
    "di",
    "ost",
    "quin",
    "ram",
    "je",
)
TLDS: tuple[str, ...] = (".pw", ".cyou", ".monster", ".rest", ".bond", ".quest", ".su", ".live", ".test")
PREFIXES: tuple[str, ...] = ("", "", "assets.", "edge.", "s1.", "lib.", "t.")

SCRIPT_PATHS: tuple[str, ...] = (
    "/ajax/libs/jquery/3.7.1/jquery.min.js",
    "/gtm.js?id=GTM-{tag}",
    "/v3/{tag}.js",
    "/npm/swiper@11/swiper-bundle.min.js",
    "/analytics/v2/collect.js",
    "/assets/js/vendor.{tag}.min.js",
    "/wp-content/plugins/cache/min.js?ver={tag}",
    "/checkout/v1/lib.js",
    "/sdk/{tag}/sdk.js",
)
LANDING_PATHS: tuple[str, ...] = ("/", "/promo/{tag}", "/?src={tag}", "/welcome.html", "/l/{tag}")
COLLECT_PATHS: tuple[str, ...] = ("/api/track", "/log.gif", "/v1/events", "/submit.php", "/b")
