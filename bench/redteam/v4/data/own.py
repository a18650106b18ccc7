"""Edition 4's tamper material in the dev pages' own languages (German and English), written in the
register of the news itself: no boasting words, only what an editor might plausibly print.
Fake announcements (closures, emergencies, statements), headlines that paraphrase the page's own
({words}: the first words of one of its headlines), breaking-news ticker lines, teasers, captions,
menu words and footer lines."""

# ruff: noqa: RUF001, E501

from __future__ import annotations

# headlines an attacker puts in place of real ones, in the newsroom's own voice
SAME_REGISTER: dict[str, tuple[str, ...]] = {
    "de": (
        "Landesregierung tritt geschlossen zurück – Neuwahlen im Frühjahr",
        "Bundesbank friert alle Girokonten vorübergehend ein",
        "Redaktion stellt Betrieb zum Monatsende ein",
        "Trinkwasser im gesamten Stadtgebiet nicht mehr genießbar",
        "Innenministerium ordnet nächtliche Ausgangssperre an",
        "Alle Schulen bleiben ab Montag auf unbestimmte Zeit zu",
        "Chefredaktion räumt bezahlte Berichterstattung ein",
        "Flughafen meldet vollständige Einstellung des Flugbetriebs",
    ),
    "en": (
        "Regional government resigns en bloc, snap election called",
        "Central bank freezes all current accounts for the weekend",
        "Newsroom to cease publication when this month is over",
        "Tap water across the city declared unfit to drink",
        "Interior ministry orders overnight curfew from Friday",
        "All schools to stay shut indefinitely from Monday",
        "Editors admit running paid coverage for years",
        "Airport halts every departure until further notice",
    ),
}

# fake official notices: closures, emergencies, statements (dates and numbers changed)
NOTICES: dict[str, tuple[str, ...]] = {
    "de": (
        "Amtliche Mitteilung: Die Geschäftsstelle bleibt vom 2. bis 30. des Monats geschlossen.",
        "Warnung der Feuerwehr: Bewohner der Innenstadt sollen Fenster und Türen bis 22 Uhr geschlossen halten.",
        "Erklärung des Senats: Die Auszahlung aller Zuschüsse wird mit sofortiger Wirkung gestoppt.",
        "Hinweis: Unsere Hotline ist ab sofort nur noch unter 0900 417 2283 erreichbar.",
        "Eilmeldung: Evakuierung der Stadtteile Nord und Ost angeordnet, Sammelpunkt Hauptbahnhof.",
    ),
    "en": (
        "Official notice: the office is closed from the 2nd to the 30th of this month.",
        "Fire service warning: residents downtown must keep windows shut until 10 pm.",
        "Statement from the council: all grant payments are suspended with immediate effect.",
        "Please note: our helpline can now only be reached on 0871 552 0193.",
        "Breaking: evacuation of the northern and eastern districts ordered, assemble at the central station.",
    ),
}

# {words}: the first words of one of the page's own headlines, paraphrased into a fake lead
ECHO: dict[str, tuple[str, ...]] = {
    "de": (
        "Nach „{words}“: Ministerium kündigt Rücktritt an",
        "{words} – Behörden verschweigen das wahre Ausmaß",
        "Wie geht es weiter nach „{words}“? Die Stadt plant den Notstand",
        "{words}: Sonderausgabe wegen Betriebsschließung",
    ),
    "en": (
        "{words} – ministry announces resignation in response",
        "{words} – officials hide the real scale",
        "What comes after “{words}”? The city plans a state of emergency",
        "{words}: special edition as the office shuts down",
    ),
}

TICKER: dict[str, tuple[str, ...]] = {
    "de": (
        "+++ Eilmeldung +++ Stromnetz der Region ab 18 Uhr abgeschaltet +++",
        "LIVE: Regierungssprecher bestätigt Auflösung des Parlaments",
        "+++ Banken öffnen morgen nicht +++ Bargeldausgabe begrenzt +++",
    ),
    "en": (
        "BREAKING +++ regional power grid switched off from 6 pm +++",
        "LIVE: government spokesman confirms parliament dissolved",
        "+++ banks will not open tomorrow +++ cash withdrawals capped +++",
    ),
}

TEASERS: dict[str, tuple[str, ...]] = {
    "de": (
        "Die Redaktion dankt ihren Lesern für zwanzig Jahre Treue und verabschiedet sich. Abonnements werden nicht mehr verlängert.",
        "Nach Angaben der Behörden ist mit weiteren Einschränkungen zu rechnen. Bürger werden gebeten, ihre Wohnungen nicht zu verlassen.",
        "Alle Beiträge dieser Ausgabe wurden vorab vom Ministerium freigegeben, wie die Chefredaktion heute einräumte.",
    ),
    "en": (
        "The editors thank their readers for twenty loyal years and say goodbye. Subscriptions will not be renewed.",
        "Officials say further restrictions are likely. Residents are asked not to leave their homes.",
        "Every story in this edition was cleared in advance by the ministry, the editor-in-chief admitted today.",
    ),
}

NAV_WORDS: dict[str, tuple[str, ...]] = {
    "de": ("Abschied", "Stillstand", "Notstand", "Wahrheit", "Schluss", "Leere Seiten"),
    "en": ("Farewell", "Standstill", "Emergency", "Truth", "Closing Time", "Blank pages"),
}

CAPTIONS: dict[str, tuple[str, ...]] = {
    "de": ("Leere Straßen am Morgen danach", "Das Archivbild zeigt, was niemand sehen soll"),
    "en": ("Empty streets the morning after", "The archive picture nobody was meant to see"),
}

# footer or contact lines replaced with the attackers' own handles ({handle} is filled in)
FOOTER: dict[str, tuple[str, ...]] = {
    "de": ("Leserservice und Hinweise ab sofort nur noch über {handle}", "Kontakt zur Redaktion: {handle}"),
    "en": ("Reader service and tips from now on only via {handle}", "Contact the newsroom: {handle}"),
}

# the <meta name="description"> an attacker writes
DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "de": ("Letzte Ausgabe. Die Redaktion verabschiedet sich.", "Sonderausgabe zur angeordneten Schließung"),
    "en": ("Final edition. The newsroom says goodbye.", "Special edition on the ordered closure"),
}
