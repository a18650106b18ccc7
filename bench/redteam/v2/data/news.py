"""Edition 2's legit news headlines about hacking, defacements, leaks and cyber attacks, with a
teaser line, in the dev corpus's page languages (German, English), for `legit-hard` teasers."""

from __future__ import annotations

HEADLINES: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (
            "Angreifer ersetzen Startseite des Landkreises durch Parolen",
            "Die Verwaltung hat den Server vom Netz genommen.",
        ),
        ("Cyberattacke legt Klinikverbund seit Tagen lahm", "Notfälle werden an Nachbarhäuser verwiesen."),
        (
            "Hackergruppe bekennt sich zu Angriff auf Flughafen-Website",
            "Die Seite war stundenlang nicht erreichbar.",
        ),
        (
            "Verunstaltete Webseiten: Polizei ermittelt gegen Jugendliche",
            "Die Beschuldigten sollen Dutzende Seiten verändert haben.",
        ),
        ("Erpressungstrojaner trifft Handwerksbetriebe in der Region", "Die Kammer rät zu Sicherungskopien."),
        (
            "Datendiebstahl bei Fitnessstudio-Kette: Kunden werden informiert",
            "Betroffen sind Namen und Kontodaten.",
        ),
        ("Gefälschte Bezahlseite in Online-Shop entdeckt", "Kriminelle hatten Kartendaten abgegriffen."),
        (
            "Bundesamt warnt vor Angriffen auf veraltete Content-Systeme",
            "Betreiber sollen ihre Software sofort aktualisieren.",
        ),
        (
            "Prozess gegen mutmaßliche Hacker aus dem Darknet beginnt",
            "Die Anklage wirft ihnen Erpressung vor.",
        ),
        (
            "Stadtwerke wehren Cyberangriff ab",
            "Die Versorgung war nach Angaben des Unternehmens nie gefährdet.",
        ),
        (
            "Schulportal nach Hackerangriff wieder online",
            "Die Zugangsdaten aller Lehrkräfte wurden zurückgesetzt.",
        ),
        ("Propaganda auf Vereinsseite: Unbekannte kapern Homepage", "Der Vorstand hat Anzeige erstattet."),
        ("Wie sich Kommunen gegen Cyberangriffe wappnen", "Ein Überblick über Notfallpläne und Übungen."),
        (
            "Sicherheitslücke in beliebtem Router: Millionen Geräte betroffen",
            "Der Hersteller liefert ein Update aus.",
        ),
        ("Ermittler zerschlagen Plattform für Phishing-Baukästen", "Mehrere Festnahmen in drei Ländern."),
        (
            "IT-Ausfall im Rathaus: Angriff nicht ausgeschlossen",
            "Bürgerbüros bleiben bis Freitag geschlossen.",
        ),
    ),
    "en": (
        (
            "Attackers replace county homepage with political slogans",
            "The council has taken the server offline.",
        ),
        ("Cyber attack disrupts hospital network for a third day", "Emergency patients are being diverted."),
        ("Hacker group claims attack on airport website", "The site was unreachable for hours."),
        (
            "Police question teenagers over a wave of website defacements",
            "Dozens of pages are said to have been altered.",
        ),
        ("Ransomware hits regional builders and plumbers", "The trade body urges owners to keep backups."),
        ("Fake checkout page found on online shop", "Criminals had been harvesting card details."),
        ("Agency warns of attacks on outdated content systems", "Operators are told to update at once."),
        ("How councils prepare for cyber attacks", "A look at emergency plans and drills."),
    ),
}
