"""Invented but ordinary-looking ad, analytics and consent vendors, for the `legit-hard` case of a
new vendor tag on pages that already load several third-party scripts."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.

from __future__ import annotations

# (script URL with {id} for a publisher id, optional inline set-up line)
VENDORS: tuple[tuple[str, str], ...] = (
    ("https://cdn.quantilytics.com/tag/{id}.js", "window._qtq=window._qtq||[];_qtq.push(['init','{id}']);"),
    ("https://tags.brightfunnel-ads.com/v3/loader.js?pub={id}", ""),
    ("https://static.adnexio-media.net/prebid/{id}/pb.js", "var pbjs=pbjs||{{}};pbjs.que=pbjs.que||[];"),
    ("https://js.metricspring.io/ms.min.js", "window.msq=window.msq||[];msq.push(['site','{id}']);"),
    ("https://consent.privalo-cmp.com/{id}/cmp.js", ""),
    ("https://cdn.heatgrid-analytics.com/hg.js?site={id}", ""),
    ("https://sdk.viewpulse-video.net/player/v2/{id}.js", ""),
    ("https://tracker.audiencegraph.de/ag.js", "window.agData=window.agData||{{site:'{id}'}};"),
    ("https://cdn.newsreach-native.com/widget/{id}/widget.js", ""),
    ("https://assets.paywallix.de/pw/{id}/client.js", ""),
    ("https://a.sitemeter-plus.com/sm.js?c={id}", ""),
    ("https://rec.teaserflow.net/{id}/recommend.js", ""),
)
