# ruff: noqa: E501
"""New third-party tags a publisher legitimately adds (URL templates; ``{id}`` is the account)."""

from __future__ import annotations

VENDOR_TAGS = (
    ("https://script.ioam.de/iam.js?m={id}", ""),
    ("https://cdn.stroeerdigitalgroup.de/metatag/live/site{id}/metaTag.min.js", ""),
    ("https://cdn.permutive.app/{id}-web.js", "window.permutive=window.permutive||[];"),
    ("https://sdk.privacy-center.org/{id}/loader.js?target_type=notice", ""),
    ("https://tags.refinery89.com/v2/pub{id}.js", ""),
    ("https://cdn.adnuntius.com/adn.js?n={id}", "window.adn=window.adn||{};adn.calls=adn.calls||[];"),
    (
        "https://static.chartbeat.com/js/chartbeat_mab.js?uid={id}",
        "var _sf_async_config={uid:{id},useCanonical:true};",
    ),
    ("https://experiments.abtasty.com/{id}/tag.js", ""),
    ("https://experience.tinypass.com/xbuilder/experience/load?aid={id}", "tp=window.tp||[];"),
    ("https://assets.adobedtm.com/launch-EN{id}.min.js", ""),
)

EMBED_TEMPLATES = (
    '<iframe title="Grafik" src="https://datawrapper.dwcdn.net/Q{id}/1/" width="100%" height="420" loading="lazy" style="border:0"></iframe>',
    '<iframe title="Video" src="https://player.glomex.com/integration/1/iframe-player.html?playlistId=v-{vid}" width="640" height="360" allowfullscreen></iframe>',
    '<div class="podcast-embed"><iframe src="https://embed.podigee.com/e/{id}" height="180" style="border:0;width:100%"></iframe></div>',
)

INLINE_CONFIGS = (
    "window.__tcfapiQueue=window.__tcfapiQueue||[];window.__tcfapi=function(){{__tcfapiQueue.push(arguments)}};",
    "window.adConfig={{site:'{host}',zone:'home',lazy:true,refresh:{id}}};",
    "window.paywallSettings={{meter:{id},region:'DE',experiment:'b'}};",
)
