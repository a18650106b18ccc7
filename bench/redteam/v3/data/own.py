"""Edition 3's tamper material in the dev pages' own languages (German and English): slogans,
slogans that reuse words of the page's own headline ({words}), lines put above the main headline,
short words for a rewritten navigation menu, and image captions."""

# ruff: noqa: RUF001

from __future__ import annotations

OWN_SLOGANS: dict[str, tuple[str, ...]] = {
    "de": (
        "Eure Schlagzeilen sind gekauft, unsere nicht",
        "Wer schweigt, hat schon verloren",
        "Diese Redaktion lügt seit Jahren",
        "Heute schreiben wir die Titelseite",
        "Keine Zensur mehr auf diesem Server",
        "Der Admin schläft, die Wahrheit nicht",
        "Euer Passwort war der Name des Hundes",
        "Schluss mit der Propaganda im Netz",
        "Freiheit lässt sich nicht wegfiltern",
        "Lest zwischen den Zeilen, Bürger",
    ),
    "en": (
        "Your headlines are bought, ours are free",
        "This newsroom sold its readers out",
        "Today the front page belongs to the street",
        "The admin is asleep, the truth is not",
        "No more propaganda on this server",
        "Your password was your cat's name",
        "Read between the lines, citizens",
        "Freedom does not ask for a login",
        "We are the correction you never printed",
        "Every unpatched plugin is an invitation",
    ),
}

# {words}: the first words of one of the page's own headlines
ECHO: dict[str, tuple[str, ...]] = {
    "de": (
        "{words}? Alles erfunden, fragt die Opfer",
        "{words} – und niemand sagt euch die Wahrheit",
        "Niemand glaubt mehr an „{words}“, das Volk hat genug",
        "{words}: bezahlt von denen da oben",
    ),
    "en": (
        "{words}? A lie, ask the victims",
        "{words} – and nobody tells you the truth",
        "Nobody believes “{words}” any more, the people have had enough",
        "{words}: paid for by the ones upstairs",
    ),
}

# a line put above the main headline, the rest of the page kept
BANNER_LINES: dict[str, tuple[str, ...]] = {
    "de": (
        "Diese Seite steht heute unter unserer Verwaltung",
        "Hinweis an die Leser: eure Zeitung hat ein Leck",
        "Gruß an die Redaktion – wir waren drin",
    ),
    "en": (
        "This site is under new management today",
        "Notice to readers: your paper sprang a leak",
        "Greetings to the editors – we were inside",
    ),
}

# a navigation menu's link texts, replaced one by one
NAV_WORDS: dict[str, tuple[str, ...]] = {
    "de": (
        "Gekaufte Wahrheit",
        "Bezahlte Märchen",
        "Euer Maulkorb",
        "Volk erwacht",
        "Nie wieder still",
        "Verkaufte Seelen",
        "Puppentheater",
        "Halle der Schande",
    ),
    "en": (
        "Bought truth",
        "Paid fairy tales",
        "Your muzzle",
        "People rising",
        "Never silent again",
        "Sold souls",
        "Puppet show",
        "Hall of shame",
    ),
}

# image alt / title texts
CAPTIONS: dict[str, tuple[str, ...]] = {
    "de": ("Bildunterschrift geändert von uns", "Das wahre Gesicht der Regierung", "Hier stand eine Lüge"),
    "en": ("Caption rewritten by visitors", "The real face of the ministry", "A lie used to hang here"),
}
