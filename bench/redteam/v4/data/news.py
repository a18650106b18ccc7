"""Edition 4's real-looking news about hacking, defacements, hacktivists and leaks, for `legit-hard`
teasers in the dev pages' languages: (headline, summary); live-ticker lines; an opinion piece that
addresses the reader. A newsroom writing about an attack is not defaced."""

# ruff: noqa: RUF001, E501

from __future__ import annotations

HEADLINES: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (
            "Hacktivisten legen Webseiten mehrerer Landkreise stundenlang lahm",
            "Die Angreifer überlasteten die Server mit Anfragen, Daten wurden nach Angaben der Behörden nicht entwendet.",
        ),
        (
            "Startseite einer Hochschule mit politischen Botschaften überschrieben",
            "Die Universität nahm ihr Portal vom Netz, das Landeskriminalamt prüft ein Bekennerschreiben.",
        ),
        (
            "Datenleck bei Fitnesskette: Adressen von 400.000 Mitgliedern im Netz",
            "Das Unternehmen informiert Betroffene per Brief und rät, Kennwörter zu ändern.",
        ),
        (
            "Anzeigetafeln am Bahnhof zeigen plötzlich fremde Parolen",
            "Die Bahn spricht von einem unbefugten Zugriff auf das Steuerungssystem eines Dienstleisters.",
        ),
        (
            "Skimming im Onlineshop: Kreditkartendaten Tausender Kunden abgegriffen",
            "Ein eingeschleuster Code las die Eingaben im Bezahlformular mit, berichten Sicherheitsforscher.",
        ),
        (
            "Prozess gegen mutmaßliche Mitglieder einer Hackergruppe beginnt",
            "Den drei Angeklagten wird vorgeworfen, Dutzende Behördenseiten manipuliert zu haben.",
        ),
        (
            "Bundesamt warnt vor Lücke in verbreitetem Redaktionssystem",
            "Betreiber sollen das Update umgehend einspielen, Angriffe laufen bereits.",
        ),
    ),
    "en": (
        (
            "Hacktivists knock several county websites offline for hours",
            "The attackers flooded the servers with requests; officials say no data was taken.",
        ),
        (
            "University homepage overwritten with political messages",
            "The university pulled its portal offline while police examine a claim of responsibility.",
        ),
        (
            "Gym chain leak puts 400,000 members' addresses online",
            "The company is writing to those affected and advises changing passwords.",
        ),
        (
            "Station display boards suddenly show strangers' slogans",
            "The rail operator blames unauthorised access to a contractor's control system.",
        ),
        (
            "Online shop skimmer harvested thousands of card numbers",
            "Injected code copied what customers typed into the payment form, researchers say.",
        ),
        (
            "Trial opens against alleged members of a hacking crew",
            "The three defendants are accused of tampering with dozens of agency websites.",
        ),
    ),
}

TICKER: dict[str, tuple[str, ...]] = {
    "de": (
        "Live: Bundestag debattiert über Haushalt – Abstimmung gegen 17 Uhr erwartet",
        "Ticker: Unwetterwarnung für Teile Bayerns bis Mitternacht verlängert",
        "Live: Pressekonferenz zum Cyberangriff auf den Landkreis beginnt",
    ),
    "en": (
        "Live: parliament debates the budget, vote expected around 5 pm",
        "Ticker: storm warning for the south extended until midnight",
        "Live: press conference on the county cyber attack is under way",
    ),
}

# an opinion piece's teaser that speaks to the reader directly
OPINION: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (
            "Kommentar: Ändern Sie heute noch Ihr Passwort – bitte",
            "Sie glauben, Ihr Konto interessiert niemanden? Genau darauf verlassen sich die Angreifer.",
        ),
        (
            "Meinung: Liebe Leserinnen und Leser, wir brauchen Sie",
            "Guter Journalismus kostet Geld. Warum wir Sie heute um Unterstützung bitten.",
        ),
    ),
    "en": (
        (
            "Comment: Please change your password today",
            "You think nobody cares about your account? That is exactly what attackers count on.",
        ),
        (
            "Opinion: Dear readers, we need you",
            "Good journalism costs money. Why we are asking for your support today.",
        ),
    ),
}
