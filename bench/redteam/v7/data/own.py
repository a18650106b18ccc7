"""Edition 7's texts in the page's own language (German or English) and register: what someone
with CMS access writes when the edit should look like the newsroom's or the office's own."""

# ruff: noqa: RUF001

from __future__ import annotations

# fake reports in a news register: no word of any intrusion
REGISTER_HEADLINES: dict[str, tuple[str, ...]] = {
    "de": (
        "Oberbürgermeister räumt verdeckte Zahlungen an Baukonzern ein",
        "Stadtwerke verschwiegen monatelang erhöhte Keimwerte im Trinkwasser",
        "Landrat soll Gutachten zur Müllverbrennung zurückgehalten haben",
        "Vergabe der Hafenflächen: Ermittler durchsuchen das Rathaus",
        "Klinikum streicht Notaufnahme ab Montag ersatzlos",
        "Kreistag beschließt Schließung aller Stadtteilbibliotheken",
    ),
    "en": (
        "Council leader admits secret payments to harbour developer",
        "Water board hid months of contamination readings, papers show",
        "Mayor's office shredded planning files days before inquiry",
        "County hospital to shut its emergency ward from Monday",
        "Police chief steps aside as leaked memo surfaces",
        "Transit authority quietly cancels night buses across the city",
    ),
}
# frames that twist one of the page's own headlines (``{h}``) into the group's comment
TWIST_FRAMES: dict[str, tuple[str, ...]] = {
    "de": (
        "{h} – und wer bezahlt am Ende wieder?",
        "„{h}“: die Version, die uns erzählt wird",
        "{h}? Fragt mal die Anwohner",
        "Schon wieder: {h}. Nichts ändert sich",
    ),
    "en": (
        "{h} – and guess who pays for it again",
        "'{h}': the version they want you to read",
        "{h}? Ask the people who live there",
        "Again: {h}. Nothing ever changes",
    ),
}
# fake official notices written as the office would
EMERGENCY: dict[str, tuple[str, ...]] = {
    "de": (
        "Wichtiger Hinweis: Wegen eines Rohrbruchs bleibt das Rathaus bis Freitag geschlossen. "
        "Termine bitte telefonisch unter 0151 2748 3306 neu vereinbaren.",
        "Amtliche Warnung: Leitungswasser im gesamten Stadtgebiet bis auf Weiteres abkochen.",
        "Die Sprechstunde am 14. entfällt. Neuer Termin ist der 28., Anmeldung nur per Messenger.",
    ),
    "en": (
        "Important: the town hall is closed until Friday after a burst main. Please rebook "
        "appointments on 07700 914 382.",
        "Official warning: boil all tap water across the district until further notice.",
        "Surgery on the 14th is cancelled. New date is the 28th; register by messenger only.",
    ),
}
STATEMENTS: dict[str, tuple[str, ...]] = {
    "de": (
        "Erklärung der Stadtverwaltung: Die geplante Abstimmung wird auf unbestimmte Zeit ausgesetzt.",
        "Mitteilung des Landesamts: Alle Anträge des laufenden Jahres müssen neu eingereicht werden.",
    ),
    "en": (
        "Statement from the council: the planned vote is suspended indefinitely.",
        "Notice from the department: every application made this year must be submitted again.",
    ),
}
OVERLINES: dict[str, tuple[str, ...]] = {
    "de": ("Was die Redaktion nicht schreiben darf", "Hinweis der Leserinnen und Leser", "Nachgefragt"),
    "en": ("What this newsroom will not print", "A note from your readers", "Read this first"),
}
TICKER: dict[str, tuple[str, ...]] = {
    "de": (
        "Rathaus bestätigt Rücktritt des Kämmerers",
        "Sperrung der Innenstadt ab 18 Uhr",
        "Schulen bleiben morgen geschlossen",
        "Polizei bittet Anwohner, Fenster geschlossen zu halten",
    ),
    "en": (
        "Treasurer resigns, council confirms",
        "City centre closed to traffic from 6pm",
        "All schools shut tomorrow",
        "Residents told to keep windows closed",
    ),
}
CAPTIONS: dict[str, tuple[str, ...]] = {
    "de": (
        "Hier wurde das Geld versenkt, das im Haushalt fehlt.",
        "Das Bild, das die Pressestelle nicht zeigt.",
    ),
    "en": ("Where the missing budget went, pictured.", "The picture the press office would rather hide."),
}
ALTS: dict[str, tuple[str, ...]] = {
    "de": ("Beweisfoto: leere Baustelle nach drei Jahren", "verschwiegener Schaden am Deich"),
    "en": ("evidence photo: empty building site after three years", "the hidden damage at the sea wall"),
}
META: dict[str, tuple[str, ...]] = {
    "de": ("Das verschwiegene Haushaltsloch der Stadt", "Alles, was die Verwaltung Ihnen verschweigt"),
    "en": ("The city's hidden budget hole", "Everything the administration is not telling you"),
}
CONTACT_LINES: dict[str, tuple[str, ...]] = {
    "de": ("Hinweise an die Redaktion: {handle}", "Kontakt für Rückfragen: {handle}"),
    "en": ("Tips to the newsroom: {handle}", "Questions? Reach us at {handle}"),
}
