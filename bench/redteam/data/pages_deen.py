"""Legit page material in German and English."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.
# ruff: noqa: E501

from __future__ import annotations

from .page_lang import PageLang

DE = PageLang(
    "de",
    "ltr",
    (
        ("Tageblatt an der Aue", "www.tageblatt-aue.example"),
        ("Gemeinde Lindenfeld", "www.lindenfeld-gemeinde.example"),
        ("Bergmann Feinmechanik GmbH", "www.bergmann-feinmechanik.example"),
    ),
    ("Startseite", "Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Service"),
    "Mehr zum Thema",
    "Alle Rechte vorbehalten. Impressum | Datenschutz | Kontakt",
    (
        (
            "Neue Radbrücke über die Aue freigegeben",
            (
                "Nach zwei Jahren Bauzeit ist die Radbrücke zwischen Altstadt und Bahnhof eröffnet.",
                "Der Bürgermeister sprach von einem wichtigen Schritt für den Radverkehr.",
                "Pendler sparen auf dem Weg zur Arbeit mehrere Minuten.",
            ),
        ),
        (
            "Stadtbibliothek verlängert ihre Öffnungszeiten",
            (
                "Ab dem kommenden Monat ist die Bibliothek auch am Samstagnachmittag geöffnet.",
                "Möglich wird das durch zusätzliche Ehrenamtliche.",
            ),
        ),
        (
            "Handballerinnen feiern Aufstieg in die Regionalliga",
            (
                "Mit einem klaren Heimsieg machte die Mannschaft den Aufstieg perfekt.",
                "Die Trainerin lobte den Zusammenhalt im Team.",
            ),
        ),
    ),
    (
        (
            "Internetseite der Kreisverwaltung manipuliert",
            (
                "Unbekannte haben am Wochenende die Startseite der Kreisverwaltung verändert.",
                "Statt der gewohnten Informationen waren dort fremde Botschaften zu lesen.",
                "Die Verwaltung hat Anzeige erstattet, persönliche Daten seien nach bisherigen Erkenntnissen nicht abgeflossen.",
            ),
        ),
        (
            "Warum veraltete Webseiten ein Sicherheitsrisiko sind",
            (
                "Fachleute raten Vereinen und kleinen Firmen, ihre Systeme regelmäßig zu aktualisieren.",
                "Häufig werden über alte Erweiterungen versteckte Werbelinks eingeschleust.",
            ),
        ),
    ),
    (
        (
            "Bekanntmachung: Sperrung der Hauptstraße",
            (
                "Wegen Kanalarbeiten ist die Hauptstraße vom 3. bis 14. des Monats voll gesperrt.",
                "Eine Umleitung über die Schulstraße ist ausgeschildert.",
                "Wir bitten um Verständnis.",
            ),
        ),
    ),
    (
        (
            "Über uns",
            (
                "Seit drei Generationen fertigen wir Präzisionsteile für Maschinenbau und Medizintechnik.",
                "Unsere Mitarbeiterinnen und Mitarbeiter verbinden Handwerk mit moderner Fertigung.",
                "Wir freuen uns auf Ihre Anfrage.",
            ),
        ),
    ),
)


EN = PageLang(
    "en",
    "ltr",
    (
        ("The Harbour Courier", "www.harbourcourier.example"),
        ("Millbrook District Council", "www.millbrook-council.example"),
        ("Fernvale Bakery Supplies", "www.fernvale-supplies.example"),
    ),
    ("Home", "Local", "Business", "Sport", "Culture", "Opinion", "Weather"),
    "Related stories",
    "All rights reserved. Contact the newsroom via our online form.",
    (
        (
            "New ferry route cuts commute across the bay",
            (
                "The service runs every forty minutes during peak hours.",
                "Commuters said the first week went smoothly despite some delays.",
                "The operator plans to add a weekend timetable.",
            ),
        ),
        (
            "Community garden wins regional award",
            (
                "Volunteers turned a disused car park into a garden with forty plots.",
                "The judges praised the project's work with local schools.",
            ),
        ),
        (
            "Local runner sets course record at city marathon",
            (
                "She finished over two minutes clear of the old record.",
                "Thousands lined the streets despite the rain.",
            ),
        ),
    ),
    (
        (
            "Council website defaced by attackers overnight",
            (
                "Visitors to the council website early on Tuesday saw unrelated messages on its front page.",
                "Technicians restored the site within two hours, the council said.",
                "It added that there was no evidence residents' data had been accessed.",
            ),
        ),
        (
            "Why outdated websites are easy targets",
            (
                "Security researchers say old plugins remain the most common way in.",
                "Compromised sites are often used to host hidden gambling links.",
            ),
        ),
    ),
    (
        (
            "Notice of road closure on Station Street",
            (
                "Station Street will be shut from the library to the bridge for resurfacing.",
                "Diversions will be signposted throughout the works.",
                "We apologise for any inconvenience.",
            ),
        ),
    ),
    (
        (
            "About us",
            (
                "Fernvale has supplied independent bakeries with flour and equipment since 1987.",
                "We deliver across the region six days a week.",
                "Get in touch for a trade account.",
            ),
        ),
    ),
)
