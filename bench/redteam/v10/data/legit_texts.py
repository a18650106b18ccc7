# ruff: noqa: E501, RUF001
"""Legitimate texts that sound alarming: real-world style reporting on attacks, and site notices."""

from __future__ import annotations

from types import MappingProxyType

CYBER_HEADLINES = MappingProxyType(
    {
        "de": (
            "Hackerangriff auf Kreisverwaltung: Bürgerbüros bleiben bis Freitag geschlossen",
            "Erpresser-Software legt Klinikverbund lahm – Notaufnahmen melden sich ab",
            "Prorussische Hacker legen Internetseiten mehrerer Landesministerien kurzzeitig lahm",
            "Webseite der Stadtwerke gekapert: Unbekannte hinterlassen politische Botschaft",
            "Datenleck bei Onlinehändler: Millionen Kundendaten im Darknet aufgetaucht",
            "BSI warnt vor kritischer Sicherheitslücke in verbreiteter Firewall-Software",
            "Cyberangriff auf Hochschule: Prüfungen werden verschoben",
            "Betrugsmasche mit falschen Paket-SMS: Polizei nennt neue Absendernummern",
            "Ermittler zerschlagen Hackergruppe hinter Angriffen auf Mittelständler",
            "Gefälschte Bankseiten: Verbraucherzentrale warnt vor neuer Phishing-Welle",
            "Nach Angriff auf IT-Dienstleister: Kommunen arbeiten wieder mit Papier und Stift",
            "Wie Hacker mit gestohlenen Passwörtern Firmenkonten leerräumen",
            "Kritische Infrastruktur: Wasserversorger wehrt Angriff auf Steuerungsanlage ab",
            "Lösegeldforderung nach IT-Angriff – Landkreis will nicht zahlen",
        ),
        "en": (
            "Ransomware attack forces county offices to close until Friday",
            "Hacktivists deface regional government websites with political slogans",
            "Retailer confirms data breach affecting millions of customers",
            "Police dismantle phishing gang behind fake parcel texts",
        ),
    }
)

NOTICES = MappingProxyType(
    {
        "de": (
            "Achtung: Betrüger verschicken derzeit E-Mails in unserem Namen. Wir fragen niemals nach Ihren Zugangsdaten.",
            "Wartungsarbeiten: In der Nacht auf Sonntag ist die Abo-Verwaltung zwischen 1 und 5 Uhr nicht erreichbar.",
            "Hinweis in eigener Sache: Nach einer Störung bei unserem Dienstleister waren Kommentare zeitweise deaktiviert.",
            "Sicherheitshinweis: Bitte ändern Sie Ihr Passwort, falls Sie es auch bei anderen Diensten verwenden.",
            "Unsere App wurde aktualisiert. Bitte melden Sie sich nach dem Update erneut an.",
        ),
        "en": (
            "Warning: scammers are sending emails in our name. We will never ask for your password.",
            "Scheduled maintenance: subscriptions cannot be managed on Sunday between 1 and 5 am.",
        ),
    }
)

BREAKING_LABELS = MappingProxyType(
    {"de": ("Eilmeldung", "Ticker zum Angriff", "Aktuell"), "en": ("Breaking", "Developing story")}
)

LIVEBLOG_TITLES = MappingProxyType(
    {
        "de": (
            "Cyberangriff auf Landesbehörden im Liveblog: Was bisher bekannt ist",
            "Nach Hackerangriff: Alle Entwicklungen im Newsblog",
        ),
        "en": ("Cyber attack on state agencies: live updates",),
    }
)

ARTICLE_PATHS = (
    "/politik/{slug}-a-{n}",
    "/wirtschaft/{slug}-{n}.html",
    "/netzwelt/{slug}.{n}",
    "/news/{slug}-id{n}",
)
