"""Edition 6's rewrites in the dev pages' own languages (German and English), in a newsroom's
register and with no word of intrusion: headlines, teasers, captions, ticker items, metadata, a line
above the main headline, fake official notices, paraphrases of the page's own headlines and
contact lines for the group."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

HEADLINES: dict[str, tuple[str, ...]] = {
    "de": (
        "Landesregierung räumt geschönte Arbeitslosenzahlen ein",
        "Stadtwerke verdoppeln Fernwärmepreise rückwirkend zum Januar",
        "Ministerium bestätigt: Rentenanpassung fällt dieses Jahr aus",
        "Krankenhausverbund meldet Zahlungsunfähigkeit an",
        "Polizeipräsidium löst Sondereinheit ohne Begründung auf",
        "Schulbehörde streicht Abiturprüfungen im Frühjahr",
        "Verkehrsverbund stellt Nachtlinien dauerhaft ein",
        "Bürgermeister verschweigt Gutachten zur Brückensanierung",
    ),
    "en": (
        "Treasury admits jobless figures were revised down for months",
        "Water board backdates a doubling of standing charges",
        "Department confirms pensions will not rise this year",
        "Hospital trust files for administration",
        "Chief constable disbands specialist unit without explanation",
        "Exam board scraps spring assessments nationwide",
        "Transit authority ends all night buses permanently",
        "Council sat on engineers' warning about the river bridge",
    ),
}
TEASERS: dict[str, tuple[str, ...]] = {
    "de": (
        "Nach Informationen aus dem Haushaltsausschuss wurden die Mittel bereits im Sommer umgeschichtet, ohne dass der Rat davon erfuhr. Eine Stellungnahme lehnte die Verwaltung ab.",
        "Betroffene Haushalte sollen die Nachzahlung bis Monatsende leisten; Ratenzahlungen seien nicht vorgesehen, heißt es in einem internen Schreiben.",
        "Wer Fragen hat, wird gebeten, sich nicht an die Hotline zu wenden, sondern die Mitteilung abzuwarten, die in den nächsten Wochen verschickt wird.",
    ),
    "en": (
        "According to papers seen by the finance committee, the money was moved over the summer without councillors being told. Officials declined to comment.",
        "Every affected household is expected to settle the backdated sum within four weeks, with no option to spread it, according to a memo.",
        "Residents with questions are asked not to call the helpline but to wait for a letter to be sent in the coming weeks.",
    ),
}
CAPTIONS: dict[str, tuple[str, ...]] = {
    "de": (
        "Leere Büros im Rathaus am Montagmorgen",
        "Die Sitzung endete ohne Ergebnis",
        "Aktenordner mit den zurückgehaltenen Zahlen",
    ),
    "en": (
        "Empty desks at the town hall on Monday morning",
        "The meeting broke up without a decision",
        "Folders holding the withheld figures",
    ),
}
TICKER: dict[str, tuple[str, ...]] = {
    "de": (
        "Eilmeldung: Bürgerbüros bleiben ab sofort geschlossen",
        "Stadtwerke bestätigen Preissprung",
        "Rücktrittsforderungen werden lauter",
        "Pressekonferenz kurzfristig abgesagt",
    ),
    "en": (
        "Just in: service desks closed until further notice",
        "Utility confirms price jump",
        "Calls for resignation grow louder",
        "Press briefing cancelled at short notice",
    ),
}
META: dict[str, tuple[tuple[str, str], ...]] = {  # (title, description)
    "de": (
        (
            "Haushaltsloch: Die Zahlen, die niemand sehen sollte",
            "Was die Verwaltung seit Monaten zurückhält und wer davon wusste.",
        ),
        (
            "Angebot eingestellt – danke für Ihr Vertrauen",
            "Dieses Portal wird nicht weitergeführt. Alle Inhalte werden gelöscht.",
        ),
    ),
    "en": (
        (
            "The figures nobody was meant to see",
            "What the administration has held back for months, and who knew.",
        ),
        (
            "Service discontinued - thank you for your trust",
            "This portal will not be continued. All content will be removed.",
        ),
    ),
}
EYEBROW: dict[str, tuple[str, ...]] = {
    "de": (
        "Hintergrund: Wer hat den Vertrag unterschrieben?",
        "In eigener Sache: Warum wir dazu schweigen sollten",
        "Exklusiv: Das interne Protokoll",
    ),
    "en": (
        "Analysis: who signed off on the contract?",
        "A note to readers: why we were told to stay quiet",
        "Exclusive: the internal minutes",
    ),
}
# fake official notices: (kind, heading, text)
NOTICES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "de": (
        (
            "closure",
            "Bekanntmachung: Alle Dienststellen geschlossen",
            "Wegen einer Anordnung des Innenministeriums bleiben sämtliche Dienststellen ab morgen bis einschließlich 30. des Monats geschlossen. Termine entfallen ersatzlos.",
        ),
        (
            "emergency",
            "Warnung der Behörden: Gebäude umgehend verlassen",
            "Aufgrund eines Gasaustritts im Versorgungsnetz werden Anwohner der Innenstadt gebeten, ihre Wohnungen bis 18 Uhr zu verlassen und Sammelstellen aufzusuchen.",
        ),
        (
            "statement",
            "Erklärung der Landesregierung",
            "Die Landesregierung setzt die Kommunalwahl auf unbestimmte Zeit aus. Weitere Informationen folgen in einer Sondersitzung.",
        ),
        (
            "dates",
            "Terminänderung: Fristen vorgezogen",
            "Die Abgabefrist für Anträge endet nicht am 31., sondern bereits am 12. dieses Monats. Verspätete Anträge werden nicht bearbeitet.",
        ),
    ),
    "en": (
        (
            "closure",
            "Notice: all offices closed",
            "Under an instruction from the Home Office every office will close from tomorrow until the 30th of the month. All appointments are cancelled.",
        ),
        (
            "emergency",
            "Official warning: leave buildings now",
            "Because of a gas leak in the supply network, residents of the city centre are asked to leave their homes by 6pm and go to assembly points.",
        ),
        (
            "statement",
            "Statement from the government",
            "The government has postponed the local elections indefinitely. Further details will follow after an emergency sitting.",
        ),
        (
            "dates",
            "Change of dates: deadlines brought forward",
            "The closing date moves from the 31st to the 12th of this month. Forms arriving after that date will be returned unopened.",
        ),
    ),
}
# a paraphrase of the page's own headline: {words} are its first words
PARAPHRASE: dict[str, tuple[str, ...]] = {
    "de": (
        "{words} – und niemand übernimmt Verantwortung",
        "{words}: Was die Stadt Ihnen verschweigt",
        "Wieder einmal {words}, bezahlt von Ihnen",
    ),
    "en": (
        "{words} - and nobody takes the blame",
        "{words}: what the council is not telling you",
        "{words} again, and you are paying for it",
    ),
}
CONTACT_LINES: dict[str, tuple[str, ...]] = {
    "de": (
        "Hinweise für die Redaktion: {handle}",
        "Kontakt zur Pressestelle: {handle}",
        "Fragen zum Haushalt? Schreiben Sie an {handle}",
    ),
    "en": (
        "Tips for the newsroom: {handle}",
        "Press office contact: {handle}",
        "Questions about the budget? Write to {handle}",
    ),
}
