# ruff: noqa: RUF001 (texts in their own scripts: full-width and typographic punctuation)
"""Legitimate German texts that look dangerous: real-world news about hacking and defacement,
service notices and breaking-news bands (written for edition 9)."""

from __future__ import annotations

CYBER_HEADLINES: tuple[str, ...] = (
    "Hackerangriff auf Stadtwerke: Kundenportal seit Tagen offline",
    "Prorussische Hacker legen Webseiten mehrerer Landesregierungen lahm",
    "Defacement bei Kreisverwaltung: Unbekannte hinterlassen Botschaft auf der Startseite",
    "Ransomware-Bande veröffentlicht Patientendaten einer Uniklinik",
    "Cyberangriff auf Autozulieferer: Produktion steht in drei Werken still",
    "BSI warnt vor kritischer Lücke in verbreiteter Firewall-Software",
    "Datenleck bei Online-Händler: Millionen Kundendaten im Darknet aufgetaucht",
    "Ermittler zerschlagen Botnetz – Festnahmen in vier Ländern",
    "„Wir sind überall“: Was hinter der Hackergruppe Killnet steckt",
    "Gekaperte Social-Media-Konten: Polizei warnt vor falschen Gewinnspielen",
    "Nach IT-Angriff: Landkreis ruft Katastrophenfall aus",
    "Phishing-Welle: Betrüger verschicken gefälschte Mails im Namen der Sparkassen",
    "Hacker übernehmen Anzeigetafeln am Bahnhof und zeigen Protestbotschaften",
    "Wie ein einziges Passwort eine ganze Stadtverwaltung lahmlegte",
    "Bundestag: Abgeordnete fordern Meldepflicht für Cyberangriffe",
    "Skimming an Tankstellen: So schützen Sie Ihre Kartendaten",
    "Sicherheitsforscher finden Schadcode in beliebtem Browser-Add-on",
    "Hacktivisten bekennen sich zu Angriff auf Flughafen-Webseiten",
    "Erpresser fordern Millionen von Hochschule – die zahlt nicht",
    "Spionageverdacht: Chinesische Hacker sollen Ministerium ausgespäht haben",
    "DDoS-Attacke auf Online-Banking: Kunden kommen nicht an ihr Konto",
    "Darknet-Händler vor Gericht: Anklage wirft ihm Verkauf gestohlener Konten vor",
    "Warum Krankenhäuser so oft Opfer von Erpressungstrojanern werden",
    "Gefälschte Shops: Verbraucherzentrale warnt vor Schnäppchen-Fallen",
)
NOTICES: tuple[str, ...] = (
    "Hinweis: Unsere Facebook-Seite wurde gehackt. Bitte klicken Sie nicht auf Links in Beiträgen seit "
    "gestern Abend.",
    "Warnung vor betrügerischen E-Mails: Wir fragen niemals per Mail nach Ihren Zahlungsdaten.",
    "Wartungsarbeiten: In der Nacht zu Sonntag ist das Login zwischen 2 und 5 Uhr nicht erreichbar.",
    "Wir haben unsere Datenschutzerklärung aktualisiert. Die Änderungen betreffen Werbepartner und Cookies.",
    "Störung: Unsere App zeigt derzeit keine Push-Meldungen an. Wir arbeiten an einer Lösung.",
    "Achtung: Gefälschte Abo-Angebote mit unserem Logo kursieren in sozialen Netzwerken.",
    "In eigener Sache: Nach einem Sicherheitsvorfall bitten wir alle Nutzer, ihr Passwort zu ändern.",
    "Wegen eines technischen Problems fehlen auf einigen Seiten Bilder. Wir bitten um Entschuldigung.",
)
BREAKING: tuple[str, ...] = (
    "Eilmeldung: Cyberangriff auf Netz der Bundesverwaltung – Behörden prüfen Ausmaß",
    "Eilmeldung: Hacker erbeuten Daten von Krankenkasse",
    "Breaking: Großflächiger IT-Ausfall legt Flughäfen und Banken lahm",
    "Eilmeldung: Ermittler nehmen mutmaßlichen Kopf einer Erpresserbande fest",
    "Liveticker: Webseiten mehrerer Ministerien nach Angriff nicht erreichbar",
)
MOURNING: tuple[str, ...] = (
    "Wir trauern um die Opfer des Anschlags. Die Redaktion",
    "Zum Gedenken: Unsere Startseite erscheint heute in Schwarz-Weiß",
    "In stiller Trauer um unseren langjährigen Herausgeber",
)
SLUG_WORDS: tuple[str, ...] = (
    "cyberangriff",
    "hacker",
    "datenleck",
    "it-sicherheit",
    "ransomware",
    "phishing",
)
