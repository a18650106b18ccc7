"""Edition 7's legitimate changes that look dangerous, in the dev pages' languages (German and
English): reports about attacks and leaks, live lines, opinion pieces that speak to the reader,
site-wide banners, new official contact channels, language switchers and new ad or analytics
vendors (invented companies on their own domains)."""

# ruff: noqa: RUF001

from __future__ import annotations

# (headline, summary) of real-sounding reports about intrusions, defacements and leaks
ATTACK_REPORTS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (
            "Unbekannte verunstalten Webseiten mehrerer Landkreise",
            "Statt Bürgerinformationen standen politische"
            " Parolen online; die Ämter stellten auf Notseiten um.",
        ),
        (
            "Erpressersoftware legt Verwaltung einer Kleinstadt lahm",
            "Meldeamt und Kfz-Zulassung arbeiten seit Dienstag wieder mit Papier und Stift.",
        ),
        (
            "Datenleck bei Fitnesskette: Millionen Kundendaten im Netz",
            "Ein Sicherheitsforscher fand die ungeschützte Datenbank; das Unternehmen prüft Ansprüche.",
        ),
        (
            "Prorussische Gruppe bekennt sich zu Angriffen auf Flughafenseiten",
            "Die Überlastungsangriffe dauerten mehrere Stunden, der Flugbetrieb lief normal weiter.",
        ),
        (
            "Warum Stadtwerke ein beliebtes Ziel für Angreifer sind",
            "Veraltete Steuerungstechnik und knappe IT-Budgets machen kommunale Versorger verwundbar.",
        ),
        (
            "Hackerangriff auf Hochschule: Prüfungen werden verschoben",
            "Die Universität hat alle Systeme vom Netz genommen und das Landeskriminalamt eingeschaltet.",
        ),
    ),
    "en": (
        (
            "Hacktivists deface council websites across three counties",
            "Visitors saw protest slogans instead of bin schedules; the pages were restored by evening.",
        ),
        (
            "Ransomware gang claims attack on regional hospital trust",
            "Appointments were postponed as staff switched to paper records for a second day.",
        ),
        (
            "Leaked customer records from ticket reseller found for sale",
            "Researchers say the files include names, emails and partial card numbers.",
        ),
        (
            "How a forgotten test server let intruders into a water utility",
            "Investigators traced the breach to a login page left online after a 2019 migration.",
        ),
        (
            "Card-skimming code found on dozens of small online shops",
            "The script copied checkout details to a server registered only weeks earlier.",
        ),
        (
            "School district website hijacked to redirect visitors",
            "Parents were sent to a gambling site for several hours before the district noticed.",
        ),
    ),
}
LIVE_LINES: dict[str, tuple[str, ...]] = {
    "de": (
        "Liveblog: Sturmtief zieht über die Region – alle Entwicklungen",
        "Live: Wahlabend im Landtag – Hochrechnungen und Stimmen",
        "Eilmeldung: Autobahn nach Unfall voll gesperrt",
    ),
    "en": (
        "Live: storm moves across the region – latest updates",
        "Live coverage: election night results as they come in",
        "Breaking: motorway closed in both directions after crash",
    ),
}
OPINION: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (
            "Gehen Sie am Sonntag wählen – auch wenn es Ihnen schwerfällt",
            "Ein Kommentar darüber, warum jede Stimme zählt, gerade in der eigenen Gemeinde.",
        ),
        (
            "Lassen Sie sich nicht einreden, dass Ihre Meinung egal ist",
            "Unsere Kolumnistin über Bürgerbeteiligung und den langen Atem der Demokratie.",
        ),
    ),
    "en": (
        (
            "Go and vote on Thursday, even if no candidate inspires you",
            "Our columnist on why local elections decide more of your life than you think.",
        ),
        (
            "Don't let anyone tell you your voice doesn't matter",
            "A comment on public consultations and who actually turns up to them.",
        ),
    ),
}
BANNERS: dict[str, tuple[tuple[str, str], ...]] = {  # (kind, text)
    "de": (
        ("election", "Landtagswahl am Sonntag: Alle Ergebnisse ab 18 Uhr live bei uns"),
        ("holiday", "Frohe Festtage! Unsere Servicezeiten zwischen den Jahren"),
        ("mourning", "Wir trauern um die Opfer des Unglücks. In stillem Gedenken."),
    ),
    "en": (
        ("election", "Polls open 7am to 10pm today – find your polling station"),
        ("holiday", "Season's greetings – our opening hours over the holidays"),
        ("mourning", "We remember the victims of the disaster. Our thoughts are with their families."),
    ),
}
CHANNELS: dict[str, tuple[tuple[str, str], ...]] = {  # (label, url with {site})
    "de": (
        ("Unser neuer WhatsApp-Kanal", "https://whatsapp.com/channel/0029Va{site}News"),
        ("Nachrichten per Telegram", "https://t.me/{site}_nachrichten"),
        ("Hinweise sicher an die Redaktion", "https://securedrop.{site}.de/"),
    ),
    "en": (
        ("Follow our new WhatsApp channel", "https://whatsapp.com/channel/0029Va{site}Daily"),
        ("Get alerts on Telegram", "https://t.me/{site}_alerts"),
        ("Send us tips securely", "https://tips.{site}.co.uk/securedrop"),
    ),
}
LANGUAGE_VERSIONS = (
    ("zh", "中文"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("pl", "Polski"),
    ("vi", "Tiếng Việt"),
    ("fa", "فارسی"),
    ("es", "Español"),
)
# (script URL with {id}, inline set-up or "")
VENDORS = (
    ("https://tag.lumora-ads.com/v2/{id}/lt.js", "window.lumq=window.lumq||[];lumq.push(['init','{id}']);"),
    ("https://cdn.pelicanbid.io/prebid/{id}.js", ""),
    ("https://js.vantapixel.com/vp.js?site={id}", ""),
    ("https://static.orbitaudience.net/oa-{id}.min.js", "window.orbitCfg={{site:'{id}',consent:true}};"),
    ("https://sdk.quillmetrics.com/qm.js#{id}", ""),
    ("https://a.helixnative.com/loader/{id}.js", ""),
    ("https://cdn.brevisads.de/tag/{id}.js", ""),
    (
        "https://t.marlinstat.eu/m.js?id={id}",
        "window._marlin=window._marlin||[];_marlin.push(['site','{id}']);",
    ),
)
