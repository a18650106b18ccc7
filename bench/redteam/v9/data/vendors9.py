"""Real-world-style vendor and embed tags a news site adds legitimately (edition 9)."""

from __future__ import annotations

# (url template with {id}, optional inline setup)
VENDORS: tuple[tuple[str, str], ...] = (
    ("https://cdn.adnuntius.com/adn.js?site={id}", "window.adn=window.adn||{{}};adn.calls=adn.calls||[];"),
    ("https://launcher.spot.im/spot/sp_{id}", ""),
    ("https://static.criteo.net/js/ld/publishertag.prebid.{id}.js", "window.Criteo=window.Criteo||{{}};"),
    ("https://cdn.optimizely.com/js/{id}.js", ""),
    ("https://js.adscale.de/map.js?id={id}", ""),
    ("https://cdn.cxense.com/cx.cce.js?site={id}", "var cX=window.cX=window.cX||{{}};cX.callQueue=[];"),
    ("https://tags.bkrtx.com/js/bk-coretag.js?pid={id}", ""),
    ("https://cdn.piano.io/api/tinypass.min.js?aid={id}", "window.tp=window.tp||[];"),
    ("https://cdn.flashtalking.com/xre/{id}/loader.js", ""),
    ("https://tag.aticdn.net/piano-analytics/{id}/smarttag.js", "window.pa=window.pa||{{}};"),
    ("https://cdn.teads.tv/page/{id}/tag.js", ""),
    ("https://player.glomex.com/integration/1/integration.js?id={id}", ""),
)
EMBEDS: tuple[str, ...] = (
    "https://embed.tickaroo.com/v2/liveblog/{id}",
    "https://player.podigee-cdn.net/podcast-player/embed/{id}",
    "https://datawrapper.dwcdn.net/k{id}/3/",
    "https://open.spotify.com/embed/episode/4{id}",
    "https://www.opinary.com/poll/{id}",
)
