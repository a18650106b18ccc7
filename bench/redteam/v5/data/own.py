"""Edition 5's tamper material in the dev pages' own languages (German and English): rewrites that
never name an intrusion (political slogans, fake announcements, mockery of the owner, faith and
nation), tickers, navigation words and captions."""

# ruff: noqa: RUF001

from __future__ import annotations

POLITICAL = {
    "de": (
        "Schluss mit der Bevormundung: Jetzt spricht die Straße",
        "Wer schweigt, stimmt zu – raus zur Kundgebung am Samstag",
        "Grenzen dicht, Herzen auf: Unser Land zuerst",
        "Nieder mit den Konzernparteien",
        "Freiheit für alle politischen Gefangenen – sofort",
        "Diese Regierung hat ihr Mandat verspielt",
    ),
    "en": (
        "Enough of being told what to think: the streets speak now",
        "Silence is consent – march with us on Saturday",
        "Our country first, their lobbyists last",
        "Down with the corporate parties",
        "Free every political prisoner – today",
        "This government has forfeited its mandate",
    ),
}
ANNOUNCEMENTS = {
    "de": (
        "In eigener Sache: Die Redaktion stellt ihre Arbeit zum Monatsende ein",
        "Mitteilung der Geschäftsführung: Alle Abonnements werden rückwirkend gekündigt",
        "Wichtiger Hinweis: Der Verlag wurde an einen ausländischen Investor verkauft",
        "Amtliche Warnung: Leitungswasser im gesamten Stadtgebiet nicht trinken",
        "Offizielle Bestätigung: Der Bundeskanzler tritt heute Abend zurück",
    ),
    "en": (
        "A note from the editors: this newsroom closes when the month is out",
        "Management notice: every subscription is cancelled with retroactive effect",
        "Important: the publisher has been sold to an overseas investor",
        "Official warning: do not drink tap water anywhere in the city",
        "Confirmed: the prime minister resigns tonight",
    ),
}
MOCKERY = {
    "de": (
        "Unser Chefredakteur erklärt die Welt – leider versteht er sie nicht",
        "Exklusiv: Verleger entdeckt nach 20 Jahren das Internet",
        "Die Redaktion empfiehlt: Lesen Sie lieber ein Buch",
        "Heute im Angebot: Meinungen, frisch vom Praktikanten",
        "Qualitätsjournalismus, wie ihn nur unser Anzeigenkunde bezahlen kann",
    ),
    "en": (
        "Our editor explains the world – sadly he does not understand it",
        "Exclusive: publisher discovers the internet after twenty years",
        "The newsroom recommends: read a book instead",
        "On offer today: opinions, fresh from the intern",
        "Quality journalism, brought to you by whoever advertises most",
    ),
}
FAITH_NATION = {
    "de": (
        "Gott mit uns und mit diesem Land",
        "Ein Volk, ein Weg, eine Zukunft",
        "Betet für unsere Heimat",
    ),
    "en": (
        "One nation under heaven, undivided",
        "Pray for our homeland tonight",
        "Faith, flag and family before all",
    ),
}
TICKER = {
    "de": (
        "+++ Redaktion geschlossen +++ Alle Termine abgesagt +++ Weitere Informationen folgen +++",
        "+++ Eilmeldung: Verlag stellt Druck ein +++ Abonnenten erhalten keine Erstattung +++",
        "+++ Kundgebung heute 18 Uhr am Rathaus +++ Kommt alle +++",
    ),
    "en": (
        "+++ Newsroom closed +++ All events cancelled +++ More to follow +++",
        "+++ Breaking: publisher stops the presses +++ No refunds for subscribers +++",
        "+++ Rally tonight 6 pm at city hall +++ Everyone come +++",
    ),
}
NAV_SLOGANS = {
    "de": ("Wir sind das Volk und wir sind hier", "Die Zeitung gehört jetzt ihren Lesern"),
    "en": ("We are the people and we are here", "This paper now belongs to its readers"),
}
BYLINES = {
    "de": ("Von der Leserschaft", "Text: Bürgerkomitee Nord", "Von unserem neuen Eigentümer"),
    "en": ("By the readership", "Words: Northern Citizens' Committee", "By our new owner"),
}
PULL_QUOTES = {
    "de": (
        "„Wer diese Zeitung bezahlt, bestimmt, was darin steht.“",
        "„Das Volk braucht keine Erklärer mehr.“",
    ),
    "en": (
        "“Whoever pays for this paper decides what it prints.”",
        "“The people no longer need explainers.”",
    ),
}
