"""Edition 4's material for `legit-hard`: invented ad and analytics vendors, site-wide banners,
legit new contact lines (a new hotline, an official messenger account) and a new language version."""

# ruff: noqa: RUF001

from __future__ import annotations

# (script URL with {id}, optional inline set-up line with {id})
VENDORS: tuple[tuple[str, str], ...] = (
    ("https://cdn.bidharbor-media.com/{id}/hb.js", "window.bhq=window.bhq||[];bhq.push(['site','{id}']);"),
    ("https://js.readerloop.net/rl.js?pub={id}", ""),
    ("https://tags.inkfield-analytics.com/{id}/t.js", ""),
    ("https://static.adcompass-exchange.de/{id}/ac.min.js", ""),
    ("https://player.clipcanal.tv/{id}/v.js", ""),
    ("https://cmp.consentweave.eu/{id}/cmp.js", "window.__cwcfg={{id:'{id}'}};"),
    ("https://w.storystack-recs.com/{id}/widget.js", ""),
    ("https://sdk.pushbell-notify.com/{id}/sw-init.js", ""),
    ("https://m.audiometer-stats.io/{id}.js", "window._am=window._am||[];_am.push(['acct','{id}']);"),
    ("https://cdn.pollkraft-widgets.de/{id}/poll.js", ""),
)

INLINE_LOADER = (
    "(function(){{var s=document.createElement('script');s.async=true;s.src='{url}';"
    "var f=document.getElementsByTagName('script')[0];f.parentNode.insertBefore(s,f);}})();"
)

# (kind, text): election, holiday, mourning (the page turns grey), service notice
BANNERS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        ("election", "Landtagswahl: Alle Ergebnisse aus Ihrem Wahlkreis im Liveticker"),
        ("holiday", "Frohe Feiertage! Unser Kundenservice ist vom 24.12. bis 1.1. eingeschränkt erreichbar"),
        ("grey", "In stillem Gedenken an die Opfer des Zugunglücks"),
        ("service", "Wartungsarbeiten: In der Nacht zum Sonntag ist das E-Paper kurz nicht erreichbar"),
    ),
    "en": (
        ("election", "Election night: every result from your constituency, live"),
        ("holiday", "Happy holidays! Customer service hours are reduced from 24 Dec to 1 Jan"),
        ("grey", "In quiet remembrance of the victims of the rail disaster"),
        ("service", "Maintenance: the e-paper will be briefly unavailable overnight on Saturday"),
    ),
}

# a legit new contact line: a hotline, an official messenger account
CONTACT_LINES: dict[str, tuple[str, ...]] = {
    "de": (
        "Neu: Leserhotline Mo–Fr 8–18 Uhr unter 040 3344 7700",
        "Folgen Sie uns jetzt auch auf unserem offiziellen WeChat-Kanal und bei Threads",
        "Hinweise an die Redaktion jetzt auch verschlüsselt über unseren Briefkasten",
    ),
    "en": (
        "New: reader hotline Mon–Fri 8 am–6 pm on 020 7946 0321",
        "Follow us now on our official WeChat account and on Threads",
        "Send tips to the newsroom securely through our encrypted drop box",
    ),
}

# (hreflang, label) of a newly added language version
LANGUAGE_VERSIONS: tuple[tuple[str, str], ...] = (
    ("zh-Hans", "中文版"),
    ("tr", "Türkçe"),
    ("uk", "Українською"),
    ("ar", "بالعربية"),
    ("pl", "Po polsku"),
    ("en", "English-language edition"),
)
