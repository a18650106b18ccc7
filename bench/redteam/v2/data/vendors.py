"""Edition 2's invented ordinary vendors (ads, analytics, consent, video, comments) for the `legit-hard`
case of a new vendor tag on a page that already loads several third-party scripts."""

from __future__ import annotations

# (script URL with {id}, optional inline set-up line with {id})
VENDORS: tuple[tuple[str, str], ...] = (
    (
        "https://cdn.adsquire-media.com/ads/{id}/tag.js",
        "window.adsq=window.adsq||[];adsq.push({{pid:'{id}'}});",
    ),
    ("https://js.readerlytics.io/r.js?site={id}", ""),
    ("https://static.consentwise.eu/{id}/banner.js", ""),
    ("https://player.clipcast-video.com/embed/{id}/player.js", ""),
    ("https://widgets.commentgarden.net/{id}/embed.js", "var cg_config={{site:'{id}'}};"),
    ("https://tag.outbrainer-native.com/{id}/widget.js", ""),
    ("https://cdn.pollsmith.de/poll/{id}.js", ""),
    ("https://t.audimetrix.net/am.js", "window._am=window._am||[];_am.push(['id','{id}']);"),
    ("https://hb.bidloom.com/prebid/{id}/hb.min.js", ""),
    ("https://sdk.pushpilot.io/{id}/sdk.js", ""),
)

# An inline loader of the same vendors, written like the vendors' own copy-paste snippets.
INLINE_LOADER = (
    "(function(w,d,s,u){{var j=d.createElement(s);j.async=1;j.src=u;"
    "var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);}})"
    "(window,document,'script','{url}');"
)
