"""Edition 3's real-looking news about cyber attacks, for `legit-hard` teasers in the dev pages'
languages: (headline, summary). A newsroom reporting an attack is not defaced."""

# ruff: noqa: RUF001

from __future__ import annotations

HEADLINES: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (
            "Cyberangriff legt Stadtverwaltung lahm: Bürgerbüros bleiben geschlossen",
            "Seit Dienstag funktionieren weder Terminbuchung noch E-Mail, die Polizei ermittelt.",
        ),
        (
            "Erpressersoftware trifft Kreiskrankenhaus – Notaufnahme meldet sich ab",
            "Patienten werden in Nachbarkliniken gebracht, Daten sollen nicht abgeflossen sein.",
        ),
        (
            "Unbekannte verunstalten Webseite des Sportvereins mit Parolen",
            "Der Verein hat Anzeige erstattet und die Seite vorübergehend vom Netz genommen.",
        ),
        (
            "Datenleck bei Versandhändler: Millionen Kundenkonten betroffen",
            "Verbraucherschützer raten dazu, Passwörter sofort zu ändern.",
        ),
        (
            "Bundesamt warnt vor Lücke in verbreiteter Router-Software",
            "Ein Update steht bereit, Angreifer nutzen die Schwachstelle bereits aus.",
        ),
        (
            "Energieversorger: Hacker reklamieren Einbruch in Kundenportal für sich",
            "Die Stromversorgung war nach Angaben des Unternehmens zu keiner Zeit gefährdet.",
        ),
        (
            "Prozess gegen mutmaßliche Betreiber eines Darknet-Marktplatzes beginnt",
            "Den drei Angeklagten wird bandenmäßiger Handel mit gestohlenen Daten vorgeworfen.",
        ),
        (
            "Phishing-Welle: Falsche Paketmitteilungen fluten Handys",
            "Die Nachrichten enthalten Links auf täuschend echte Seiten von Zustelldiensten.",
        ),
        (
            "Schulen im Landkreis nach IT-Angriff ohne Lernplattform",
            "Lehrkräfte weichen auf Arbeitsblätter aus, der Schaden wird noch geprüft.",
        ),
        (
            "Ermittler zerschlagen Netz aus gekaperten Rechnern",
            "Mehr als hunderttausend Geräte waren Teil des Botnetzes, heißt es vom Landeskriminalamt.",
        ),
    ),
    "en": (
        (
            "Ransomware attack forces council to cancel bin collections",
            "Staff have been told to use pen and paper while systems are restored.",
        ),
        (
            "Hackers deface regional airport website with protest message",
            "The airport said flights were unaffected and its site came back within hours.",
        ),
        (
            "Retailer confirms breach exposed customers' card details",
            "Shoppers are being urged to watch their statements for unusual payments.",
        ),
        (
            "Security agency urges urgent patch for popular VPN appliance",
            "Attackers have been exploiting the flaw since at least last month, officials said.",
        ),
        (
            "Teenager arrested over attacks on school district servers",
            "Police said the 17-year-old had been bragging about the intrusion online.",
        ),
        (
            "Water utility says cyber intrusion did not affect supply",
            "Investigators are examining how the attackers reached the control network.",
        ),
        (
            "Phishing texts impersonating tax office surge before deadline",
            "The messages promise refunds and ask for bank details on a fake site.",
        ),
        (
            "Hospital trust postpones operations after IT systems hit",
            "Patients are being contacted directly if their appointments are affected.",
        ),
        (
            "International police operation takes down stolen-data marketplace",
            "Agencies from nine countries seized servers and arrested four suspects.",
        ),
        (
            "University investigates leak of student records",
            "The institution has notified the data protection regulator.",
        ),
    ),
}
