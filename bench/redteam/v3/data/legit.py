"""Edition 3's material for `legit-hard`: invented ad and analytics vendors, site-wide banners
(elections, holidays, mourning), and the names of a language menu a site legitimately adds."""

# ruff: noqa: RUF001

from __future__ import annotations

# (script URL with {id}, optional inline set-up line with {id})
VENDORS: tuple[tuple[str, str], ...] = (
    (
        "https://tags.brightfold-ads.com/pub/{id}/loader.js",
        "window.bfq=window.bfq||[];bfq.push(['init','{id}']);",
    ),
    ("https://cdn.audiencelattice.net/al.js?acct={id}", ""),
    ("https://js.pagepulse-metrics.com/p/{id}.js", ""),
    ("https://ads.nordbid-exchange.de/hb/{id}/nb.js", ""),
    ("https://static.viewmosaic.tv/player/{id}/embed.js", ""),
    ("https://consent.privacyharbor.eu/{id}/cmp.min.js", "window.__phcfg={{site:'{id}',lang:'auto'}};"),
    ("https://sdk.newsletterkite.com/{id}/popup.js", ""),
    ("https://w.recircly-native.com/{id}/feed.js", ""),
    ("https://t.scrollmeter.io/s.js", "window._sm=window._sm||[];_sm.push(['acct','{id}']);"),
    ("https://cdn.quizforge-widgets.com/{id}/quiz.js", ""),
    ("https://bid.adlumen-prebid.com/{id}/pbjs.min.js", "var pbjs=pbjs||{{}};pbjs.que=pbjs.que||[];"),
    ("https://js.paywallmint.com/{id}/meter.js", ""),
)

# written the way the vendors' own copy-and-paste snippets look
INLINE_LOADER = (
    "!function(d,u){{var e=d.createElement('script');e.src=u;e.async=!0;"
    "(d.head||d.body).appendChild(e)}}(document,'{url}');"
)

# a line across the top of every page; "grey" ones also turn the page grey (mourning)
BANNERS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        ("election", "Wahlsonntag: Alle Ergebnisse aus den Wahlkreisen ab 18 Uhr im Liveticker"),
        ("election", "Ihre Stimme zählt – so finden Sie Ihr Wahllokal"),
        ("holiday", "Frohe Festtage! Unsere Redaktion ist zwischen den Jahren eingeschränkt erreichbar"),
        ("holiday", "Zum Tag der Deutschen Einheit: Sonderausgabe mit Reportagen aus Ost und West"),
        ("grey", "In stillem Gedenken an die Opfer des Unglücks – wir trauern mit den Angehörigen"),
        ("grey", "Staatstrauer: Die Redaktion verzichtet heute auf farbige Darstellung"),
    ),
    "en": (
        ("election", "Election night: live results from every constituency as they come in"),
        ("election", "Polls are open until 10pm – find your polling station"),
        ("holiday", "Season's greetings from all of us – our newsroom runs a holiday schedule"),
        ("holiday", "Happy New Year! Read our review of the twelve months that were"),
        ("grey", "In memoriam: our thoughts are with the families of the victims"),
        ("grey", "A national day of mourning: this site appears in grey today"),
    ),
}

# a language menu: (hreflang, label written in that language)
LANGUAGE_MENU: tuple[tuple[str, str], ...] = (
    ("en", "English edition"),
    ("de", "Deutsche Ausgabe"),
    ("fr", "Édition française"),
    ("es", "Edición en español"),
    ("tr", "Türkçe baskı"),
    ("ar", "النسخة العربية"),
    ("zh-Hans", "简体中文版"),
    ("zh-Hant", "繁體中文版"),
    ("ja", "日本語版"),
    ("ko", "한국어판"),
    ("ru", "Русская версия"),
    ("uk", "Українська версія"),
)
