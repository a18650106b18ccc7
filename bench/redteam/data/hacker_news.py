"""Legit news headlines about hacking, defacements, leaks and cyber attacks (German and English),
each with a short teaser line, for the `legit-hard` teasers added to real front pages."""

# Text data in many scripts: long literal lines and non-ASCII look-alikes are intended.

from __future__ import annotations

HEADLINES_DE: tuple[tuple[str, str], ...] = (
    ("Hacker legen Website der Stadtverwaltung lahm", "Seit Dienstag ist das Bürgerportal nicht erreichbar."),
    (
        "Unbekannte verunstalten Homepage eines Fußballvereins",
        "Statt des Spielplans erschienen politische Parolen.",
    ),
    (
        "Cyberangriff auf Stadtwerke: Kundendaten möglicherweise betroffen",
        "Der Versorger hat Anzeige erstattet.",
    ),
    (
        "Datenleck bei Online-Händler: Millionen Adressen im Netz",
        "Verbraucherschützer raten, Passwörter zu ändern.",
    ),
    ("Erpressersoftware legt Klinik-IT tagelang still", "Notfälle wurden in Nachbarkliniken umgeleitet."),
    (
        "Wie Angreifer gekaperte Webseiten für Glücksspiel-Werbung nutzen",
        "Ein Blick in die Welt der Spam-Links.",
    ),
    (
        "Landeskriminalamt warnt vor Angriffen auf Vereinsseiten",
        "Betroffen sind oft veraltete Content-Systeme.",
    ),
    (
        "Schadcode auf Shop-Seiten: Kreditkartendaten abgegriffen",
        "Sicherheitsforscher entdeckten ein Skript im Bezahlformular.",
    ),
    (
        "Hacktivisten bekennen sich zu Angriff auf Behördenportale",
        "Die Seiten waren mehrere Stunden gestört.",
    ),
    (
        "Universität nach Hackerangriff weiter offline",
        "Prüfungen werden verschoben, E-Mails funktionieren nicht.",
    ),
    ("Polizei nimmt mutmaßliche Mitglieder einer Hackergruppe fest", "Durchsuchungen in drei Bundesländern."),
    (
        "Phishing-Welle: Betrüger geben sich als Paketdienst aus",
        "Die Links führen auf täuschend echte Seiten.",
    ),
    ("Warum so viele Webseiten mit veralteter Software laufen", "Experten sehen Betreiber in der Pflicht."),
    ("BSI meldet Rekord bei Angriffen auf Kommunen", "Der Lagebericht zeigt eine angespannte Situation."),
    (
        "Gehackter Account verbreitet falsche Eilmeldung",
        "Das Unternehmen hat den Zugang inzwischen gesperrt.",
    ),
    ("Sicherheitslücke in beliebtem Blog-Plugin wird aktiv ausgenutzt", "Ein Update steht bereit."),
    (
        "Prozess gegen Angreifer auf Krankenhausnetz beginnt",
        "Die Anklage spricht von gewerbsmäßiger Erpressung.",
    ),
    (
        "DDoS-Attacken stören Webseiten von Flughäfen",
        "Der Flugbetrieb lief nach Angaben der Betreiber normal.",
    ),
    (
        "Gestohlene Zugangsdaten im Darknet: So prüfen Sie, ob Sie betroffen sind",
        "Eine Anleitung in fünf Schritten.",
    ),
    (
        "Schulserver gekapert: Statt Stundenplan erschienen Botschaften",
        "Die Schulleitung informierte die Eltern.",
    ),
    (
        "Angriff auf Stadtportal: Bürgerdienste nur eingeschränkt möglich",
        "Termine können telefonisch vereinbart werden.",
    ),
    (
        "Bundesweite Razzia gegen Betreiber von Phishing-Seiten",
        "Ermittler stellten Server und Bargeld sicher.",
    ),
    (
        "Cyberkriminelle erbeuten Daten von Versicherungskunden",
        "Der Konzern informiert die Betroffenen schriftlich.",
    ),
    ("Wie sich kleine Firmen gegen Ransomware wappnen können", "Fünf Maßnahmen, die wenig kosten."),
    (
        "Mutmaßlicher Datendiebstahl bei Fitnessstudio-Kette",
        "Die Firma prüft den Vorfall mit externen Fachleuten.",
    ),
    (
        "Hacker veröffentlichen interne Dokumente eines Rüstungszulieferers",
        "Das Unternehmen spricht von einem gezielten Angriff.",
    ),
    ("Manipulierte Werbebanner leiten Nutzer auf Betrugsseiten um", "Auch bekannte Portale waren betroffen."),
    ("Kommentar: Die digitale Verwundbarkeit der Kommunen", "Es fehlt an Personal und an Geld."),
)

HEADLINES_EN: tuple[tuple[str, str], ...] = (
    (
        "Hackers deface city council website with protest messages",
        "Officials say no personal data was accessed.",
    ),
    (
        "Ransomware attack forces hospital to divert ambulances",
        "Staff returned to paper records for the week.",
    ),
    ("Data breach at ticket seller exposes customer emails", "The company urges users to reset passwords."),
    (
        "How spammers hijack old websites to sell casino links",
        "Researchers traced thousands of hidden links.",
    ),
    ("Police arrest suspects behind a wave of website defacements", "Raids took place in several cities."),
    ("Card skimming code found on dozens of online shops", "The script copied payment details at checkout."),
    ("University systems remain offline after cyber attack", "Exams have been postponed by a week."),
    ("Hacktivist group claims attack on government portals", "Several sites were unreachable for hours."),
    ("What the latest leak tells us about password reuse", "An analysis of millions of leaked logins."),
    ("Security flaw in popular plugin exploited in the wild", "Site owners are told to update immediately."),
)
