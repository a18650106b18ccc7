"""Edition 6's legit changes that look dangerous, in the dev pages' languages: news about
hacktivists, defacements, leaks and cyber attacks (headline, summary); live-ticker items;
site-wide banners (elections, holidays, mourning); a new language version's label; new contact
lines of the site itself; opinion pieces that speak to the reader."""

# ruff: noqa: RUF001

from __future__ import annotations

HEADLINES: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (
            "Hacktivisten verunstalten Webseiten mehrerer Landkreise",
            "Auf den Startseiten erschienen politische Parolen; die Ämter nahmen die Seiten vom Netz.",
        ),
        (
            "Nach Datenleck: Krankenkasse informiert 40.000 Versicherte",
            "Unbekannte hatten Zugriff auf Adressen und Geburtsdaten, teilte die Kasse mit.",
        ),
        (
            "Erpresser-Software legt Stadtverwaltung lahm",
            "Bürgerbüros arbeiten seit Dienstag mit Papier und Stift.",
        ),
        (
            "Wie Angreifer die Startseite des Ministeriums umschrieben",
            "Ein Blick auf die Lücke im Redaktionssystem, die seit Monaten bekannt war.",
        ),
        (
            "Überlastungsangriff auf Flughafen-Webseiten: Flüge nicht betroffen",
            "Die Seiten waren am Morgen mehrere Stunden kaum erreichbar.",
        ),
        (
            "Gefälschte Bezahlseiten in Onlineshops entdeckt",
            "Sicherheitsforscher fanden eingeschleusten Code, der Kartendaten abgriff.",
        ),
    ),
    "en": (
        (
            "Hacktivists deface websites of several county councils",
            "Political slogans appeared on the front pages; the councils took the sites offline.",
        ),
        (
            "Health insurer writes to 40,000 members after data leak",
            "Addresses and dates of birth were exposed, the company said.",
        ),
        (
            "Ransomware attack leaves town hall working on paper",
            "Service desks have been using pen and paper since Tuesday.",
        ),
        (
            "How attackers rewrote the ministry's front page",
            "A look at the flaw in the content system that had been known for months.",
        ),
        (
            "Flood of traffic knocks airport websites offline; flights unaffected",
            "The sites were barely reachable for several hours in the morning.",
        ),
        (
            "Card-skimming code found on checkout pages of online shops",
            "Researchers say the injected script copied payment details as customers typed.",
        ),
    ),
}
TICKER: dict[str, tuple[str, ...]] = {
    "de": (
        "Liveblog: Stichwahl – erste Hochrechnungen",
        "Sturmtief: Bahnstrecken gesperrt",
        "Tarifeinigung im Nahverkehr",
        "Pokal: Verlängerung läuft",
        "Börse schließt mit leichtem Plus",
    ),
    "en": (
        "Live: run-off results as they come in",
        "Storm closes rail lines in the north",
        "Transit pay deal agreed",
        "Cup tie goes to extra time",
        "Markets close slightly higher",
    ),
}
BANNERS: dict[str, tuple[tuple[str, str], ...]] = {  # (kind, text)
    "de": (
        ("election", "Wahlsonntag: Alle Ergebnisse, Grafiken und Analysen im Wahlzentrum"),
        (
            "holiday",
            "Frohe Festtage! Unsere Redaktion ist vom 24. bis 26. mit reduzierter Besetzung für Sie da",
        ),
        ("mourning", "Wir trauern um unseren langjährigen Kollegen und Chefreporter"),
        ("service", "Neu: Unser Abendbriefing jetzt auch als Podcast"),
    ),
    "en": (
        ("election", "Count night: constituency tallies, charts and commentary on one page"),
        ("holiday", "Season's greetings! Our newsroom runs a reduced service from the 24th to the 26th"),
        ("mourning", "We mourn our long-serving colleague and chief reporter"),
        ("service", "New: our evening briefing is now a podcast too"),
    ),
}
LANGUAGE_VERSIONS = (
    ("en", "Read in English"),
    ("zh-Hans", "简体中文阅读"),
    ("tr", "Türkçe oku"),
    ("uk", "Читати українською"),
    ("ar", "العربية"),
    ("es", "En español"),
)
CONTACT_LINES: dict[str, tuple[str, ...]] = {
    "de": (
        "Hinweis an die Redaktion? Schreiben Sie an hinweise@{domain}",
        "Leserservice: Montag bis Freitag 8–18 Uhr, leserservice@{domain}",
        "Folgen Sie uns auch auf WhatsApp: whatsapp.com/channel/{site}",
    ),
    "en": (
        "Got a tip? Email tips@{domain}",
        "Reader services: Monday to Friday 8am-6pm, help@{domain}",
        "Follow us on WhatsApp: whatsapp.com/channel/{site}",
    ),
}
OPINION: dict[str, tuple[str, ...]] = {
    "de": (
        "Sie haben die Wahl – also gehen Sie hin",
        "Liebe Leserinnen und Leser, wir brauchen Ihre Meinung",
        "Warum Sie Ihr Passwort heute noch ändern sollten",
        "Hören Sie auf, sich über den Bahnhof zu ärgern",
    ),
    "en": (
        "You have a vote - so use it",
        "Dear readers, we need to hear from you",
        "Why you should change your password today",
        "Stop being angry about the station and do this instead",
    ),
}
