"""Edition 5's legit-hard texts in the dev pages' languages: newsroom teasers about attacks,
defacements, hacktivists and leaks (headline, dek), and the newsroom's own coloured one-liners."""

# ruff: noqa: RUF001

from __future__ import annotations

HEADLINES: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (
            "Hacktivisten legen Webseiten mehrerer Landkreise lahm",
            "Auf den Startseiten erschienen stundenlang politische Parolen. Die Behörden ermitteln.",
        ),
        (
            "Nach dem Cyberangriff: Stadtwerke zahlen kein Lösegeld",
            "Die Kundendaten seien gesichert, sagt der Geschäftsführer. Abrechnungen verzögern sich.",
        ),
        (
            "Verunstaltete Uni-Homepage: Student gesteht",
            "Der 22-Jährige hatte die Startseite durch ein Spottbild ersetzt. Ihm droht eine Anklage.",
        ),
        (
            "Datenleck bei Online-Apotheke betrifft 80.000 Kunden",
            "Namen, Adressen und Bestellungen standen offen im Netz. Betroffene werden informiert.",
        ),
        (
            "Wie Erpresserbanden Krankenhäuser ins Visier nehmen",
            "Ein Blick in die Chatprotokolle einer Gruppe zeigt, wie arbeitsteilig sie vorgeht.",
        ),
        (
            "Bundesamt warnt vor Angriffswelle auf Kommunen",
            "Veraltete Content-Management-Systeme gelten als Haupteinfallstor.",
        ),
    ),
    "en": (
        (
            "Hacktivists deface council websites with protest slogans",
            "Several local authority home pages showed political messages for hours before being restored.",
        ),
        (
            "Water utility refuses ransom after cyber attack",
            "Customer data is safe, the company says, but bills will be delayed.",
        ),
        (
            "Student admits defacing university home page",
            "The 22-year-old put a mocking picture up in place of the university home page "
            "and now faces charges.",
        ),
        (
            "Pharmacy data leak exposes 80,000 customers",
            "Names, addresses and orders were left open online; customers are being contacted.",
        ),
        (
            "Inside the extortion gangs targeting hospitals",
            "Leaked chat logs show how one group divides up the work.",
        ),
        (
            "Security agency warns of wave of attacks on local government",
            "Outdated content management systems are the main way in, officials say.",
        ),
    ),
}
COLOURED_LINES: dict[str, tuple[str, ...]] = {
    "de": (
        "EILMELDUNG: Hochwasserwarnung für den Landkreis – Pegel steigt weiter",
        "LIVE: Pressekonferenz des Innenministers ab 14 Uhr",
        "Aktuell: Großbrand im Hafen – Anwohner sollen Fenster schließen",
        "Wahlabend: Erste Hochrechnungen ab 18 Uhr im Liveblog",
    ),
    "en": (
        "BREAKING: Flood warning for the county – river still rising",
        "LIVE: Home secretary's press conference from 2 pm",
        "Latest: Major fire at the docks – residents told to keep windows shut",
        "Election night: first projections from 6 pm on our live blog",
    ),
}
