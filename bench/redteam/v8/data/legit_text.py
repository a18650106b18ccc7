"""Texts of edition 8's legit-hard changes, in German (the corpus's sites) and English: news
about attacks and defacements, banners, tickers, consent and mourning notices."""

# ruff: noqa: E501 - one text a line

from __future__ import annotations

ATTACK_REPORTS = {
    "de": (
        (
            "Cyberangriff auf Stadtwerke: Kundenportal seit Dienstag offline",
            "Unbekannte hatten die Startseite mit politischen Parolen überschrieben. Das LKA ermittelt.",
        ),
        (
            "Hackergruppe verunstaltet Webseiten mehrerer Landkreise",
            "Statt Öffnungszeiten standen dort Botschaften einer Gruppe, die sich zu dem Angriff bekennt.",
        ),
        (
            "Klinikverbund nach Erpressungssoftware im Notbetrieb",
            "Die Täter fordern Lösegeld in Kryptowährung, die Polizei rät von einer Zahlung ab.",
        ),
        (
            "Gefälschter Online-Shop: Verbraucherzentrale warnt vor Zahlungsseite",
            "Kriminelle hatten Schadcode in die Bezahlseite eines Händlers eingeschleust und Kartendaten abgegriffen.",
        ),
        (
            "Prorussische Aktivisten legen Behördenseiten mit Überlastangriffen lahm",
            "Betroffen waren unter anderem die Auftritte zweier Ministerien, Daten sollen nicht abgeflossen sein.",
        ),
        (
            "Sicherheitslücke im Redaktionssystem: Verlag informiert Leserinnen und Leser",
            "Über ein veraltetes Plug-in konnten Angreifer für kurze Zeit Überschriften auf der Startseite ändern.",
        ),
    ),
    "en": (
        (
            "Council website defaced by hacktivists, services restored",
            "Visitors saw a political message instead of bin collection dates for about three hours.",
        ),
        (
            "Ransomware gang claims attack on regional hospital group",
            "Patients are asked to bring paper copies of their medication lists until systems return.",
        ),
        (
            "Card skimming code found on ticket seller's checkout page",
            "Investigators say the malicious script sent payment details to a server abroad.",
        ),
    ),
}

COOKIE = {
    "de": (
        "Wir respektieren Ihre Privatsphäre",
        "Wir und unsere 214 Partner verwenden Cookies und ähnliche Technologien.",
        "Alle akzeptieren",
        "Einstellungen",
    ),
    "en": (
        "We value your privacy",
        "We and our 214 partners use cookies and similar technologies.",
        "Accept all",
        "Manage options",
    ),
}
TICKER = {
    "de": (
        "Liveblog",
        (
            "Kanzler trifft Ministerpräsidenten im Kanzleramt",
            "Bahn meldet Streckensperrung zwischen Fulda und Kassel",
            "Bundestag vertagt Abstimmung auf Donnerstag",
        ),
    ),
    "en": (
        "Live updates",
        (
            "Prime minister meets regional leaders",
            "Rail line closed after storm damage",
            "Vote postponed until Thursday",
        ),
    ),
}
ELECTION = {
    "de": ("Wahlabend live: Erste Prognose um 18 Uhr", "Alle Ergebnisse aus Ihrem Wahlkreis"),
    "en": ("Election night: first exit poll at 10pm", "Results for every constituency"),
}
WARNING = {
    "de": (
        "Unwetterwarnung",
        "Der Deutsche Wetterdienst warnt vor Orkanböen und Starkregen bis Mittwochmorgen.",
    ),
    "en": (
        "Severe weather warning",
        "The weather service warns of gale-force gusts and heavy rain until Wednesday.",
    ),
}
MOURNING = {
    "de": "Wir trauern um unseren langjährigen Chefredakteur. Ein Nachruf folgt.",
    "en": "We mourn our long-serving editor-in-chief. An obituary will follow.",
}
NEWSLETTER = {
    "de": ("Der Morgen-Überblick", "Jeden Werktag um sechs Uhr in Ihrem Postfach.", "Jetzt anmelden"),
    "en": ("The morning briefing", "Every weekday at six in your inbox.", "Sign up"),
}
APP = {
    "de": ("Unsere neue App ist da", "Eilmeldungen direkt aufs Handy."),
    "en": ("Our new app is here", "Breaking news straight to your phone."),
}
CORRECTION = {
    "de": "Korrektur: In einer früheren Fassung dieses Artikels stand ein falsches Datum. Wir haben es berichtigt.",
    "en": "Correction: this story first gave the wrong date for the hearing; we have put that right.",
}
AB_PREFIXES = {
    "de": ("Analyse: ", "Kommentar: ", "Exklusiv: ", "Neu: "),
    "en": ("Analysis: ", "Opinion: ", "Exclusive: ", "Update: "),
}
LANGUAGES = (
    ("de", "Deutsch"),
    ("en", "English"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("ar", "العربية"),
    ("ru", "Русский"),
)
SOCIAL = (
    ("Mastodon", "https://mastodon.social/@{slug}"),
    ("Bluesky", "https://bsky.app/profile/{slug}.bsky.social"),
    ("Threads", "https://www.threads.net/@{slug}"),
    ("WhatsApp-Kanal", "https://whatsapp.com/channel/0029Va{slug}"),
    ("Telegram", "https://t.me/{slug}_news"),
)
VENDORS = (
    "https://cdn.adnuntius-tag.com/{id}/tag.js",
    "https://tags.piano-composer.io/xbuilder/{id}.js",
    "https://static.outbrain-widgets.com/{id}/outbrain.js",
    "https://c.amazon-adsystem-tags.com/aax2/apstag.{id}.js",
    "https://scripts.teads-player.tv/page/{id}/tag.js",
    "https://cdn.seedtag-ads.com/{id}/loader.js",
)
CDNS = ("b-cdn.net", "akamaized.net", "cloudfront.net", "global.ssl.fastly.net", "edgekey.net")
