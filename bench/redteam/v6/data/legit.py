"""Edition 6's new ad, consent and analytics vendors for ad-heavy pages: (script URL, setup), the
setup an inline snippet or ""; ``{id}`` is the publisher's number."""

from __future__ import annotations

VENDORS = (
    ("https://cdn.adnuntius.com/adn.js", "window.adn=window.adn||{{}};adn.calls=adn.calls||[];"),
    ("https://tags.crwdcntrl.net/lt/c/{id}/lt.min.js", ""),
    ("https://cdn.privacy-mgmt.com/unified/wrapperMessagingWithoutDetection.js", ""),
    (
        "https://static.criteo.net/js/ld/publishertag.js",
        "window.Criteo=window.Criteo||{{}};Criteo.events=Criteo.events||[];",
    ),
    ("https://cdn.confiant-integrations.net/{id}/gpt_and_prebid/config.js", ""),
    ("https://cdn.id5-sync.com/api/1.0/id5-api.js", ""),
    ("https://sdk.mrf.io/statics/marfeel-sdk.js?id={id}", ""),
    (
        "https://cdn.onesignal.com/sdks/web/v16/OneSignalSDK.page.js",
        "window.OneSignalDeferred=window.OneSignalDeferred||[];",
    ),
    (
        "https://static.chartbeat.com/js/chartbeat_mab.js",
        "var _sf_async_config={{uid:{id},useCanonical:true}};",
    ),
    ("https://cdn.piano.io/api/tinypass.min.js", "tp=window.tp||[];"),
)
INLINE_LOADER = (
    "(function(d,s){{s=d.createElement('script');s.async=1;s.src='{url}';d.head.appendChild(s)}})(document);"
)
