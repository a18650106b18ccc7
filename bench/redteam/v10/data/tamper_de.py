# ruff: noqa: E501, RUF001
"""German tamper texts: a vandal's or hacktivist's words in a German news site's own style."""

from __future__ import annotations

from types import MappingProxyType

TAMPER_DE = MappingProxyType(
    {
        "headline": (
            "Bundesregierung verschweigt Stromausfälle: Notfallpläne liegen seit Wochen bereit",
            "Chefredaktion räumt ein: Umfragen der letzten Monate waren bestellt",
            "Sparkassen frieren Guthaben über 5000 Euro ab Montag vorläufig ein",
            "Impfstoff-Charge zurückgerufen – Behörden bitten um Stillschweigen",
            "Wahlkreis-Ergebnisse nachträglich geändert, interne Mails belegen Absprache",
            "Innenministerium plant Ausgangssperre für Ungeimpfte ab dem Herbst",
            "Exklusiv: Minister kassierte Beraterhonorar aus Moskau",
            "Leitungswasser in mehreren Städten belastet – Stadtwerke wiegeln ab",
            "Bundesbank-Insider: Bargeld wird zum Jahresende abgeschafft",
            "Diese Zeitung hat Ihnen jahrelang nicht die ganze Wahrheit erzählt",
            "Bürgermeister tritt zurück – Stadtrat bestätigt Rücktritt noch nicht",
            "Rentenkasse leer: Auszahlungen im Dezember nur zur Hälfte",
            "Neue Steuer auf Ersparnisse kommt – Finanzamt verschickt bereits Bescheide",
            "Deutsche Soldaten an der Front: Verteidigungsministerium bestätigt Einsatz",
            "Kanzler erleidet Schwächeanfall – Termine bis auf Weiteres abgesagt",
            "Schluss mit der Hetze gegen Russland – ein Kommentar unserer Leser",
        ),
        "teaser": (
            "Was offizielle Stellen nicht sagen wollen, steht in internen Papieren, die uns zugespielt wurden. "
            "Wir veröffentlichen sie vollständig.",
            "Seit Tagen häufen sich Berichte über leere Geldautomaten. Die Banken schweigen, die Politik auch.",
            "Die Redaktion wurde angewiesen, über diesen Vorgang nicht zu berichten. Wir tun es trotzdem.",
            "Fachleute raten, Ersparnisse jetzt in Sachwerte umzuschichten, bevor es zu spät ist.",
            "Wer die Hintergründe kennen will, findet sie nicht in den großen Medien, sondern bei uns.",
            "Ein Sprecher wollte sich auf Anfrage nicht äußern – das spricht für sich.",
        ),
        "title": (
            "Medien unter Kontrolle – Nachrichten, die man Ihnen vorenthält",
            "Aktuelle Nachrichten: Regierung am Ende",
            "Die Wahrheit über den Winter – jetzt lesen",
            "Nachrichten ohne Filter – unabhängig, frei, unbequem",
        ),
        "meta": (
            "Unabhängige Nachrichten, die sich nicht vorschreiben lassen, was sie berichten dürfen. "
            "Jetzt die verschwiegenen Hintergründe lesen.",
            "Alles, was die Regierung lieber geheim gehalten hätte – täglich neu, ungefiltert und kostenlos.",
            "Finanzielle Sicherheit in unruhigen Zeiten: Jetzt Vermögen sichern mit unserem Partnerdienst.",
        ),
        "label": (
            "Wahrheit statt Propaganda",
            "Frieden mit Russland",
            "Geld jetzt sichern",
            "Gehackt – Pech gehabt",
            "Lügenblatt",
            "Verschwiegene Akten",
            "Regierungsfunk",
            "Spenden in Bitcoin",
        ),
        "credit": (
            "Foto: Kollektiv Nachtfalter / alle Rechte bei uns",
            "Bild: privat – diese Seite wurde übernommen",
            "Foto: dpa – Bildmanipulation durch die Redaktion",
            "Fotografie: eingereicht von einem Insider",
        ),
        "dateline": (
            "Zuletzt aktualisiert: nie wieder",
            "Stand: als die Presse noch frei war",
            "Veröffentlicht am 31.02. um 25:61 Uhr",
            "Aktualisiert – nach Rücksprache mit dem Kanzleramt",
        ),
        "ticker": (
            "+++ Banken schließen ab morgen die Filialen +++",
            "+++ Eilmeldung: Redaktion unter Aufsicht gestellt +++",
            "+++ Notstand ausgerufen – weitere Infos folgen +++",
            "+++ Bundestag aufgelöst, Neuwahlen im März +++",
        ),
        "kicker": ("Enthüllt", "Geheimpapier", "Vertuschung", "Insider packt aus", "Von oben gestrichen"),
        "link_title": (
            "Lesen Sie, was wirklich passiert ist",
            "Die ganze Geschichte – bevor sie gelöscht wird",
            "Weiter zum unzensierten Bericht",
        ),
        "alt": (
            "Politiker beim heimlichen Treffen mit Lobbyisten",
            "Leere Regale im Supermarkt, aufgenommen gestern",
            "Protestierende vor dem Verlagshaus",
        ),
        "footer": (
            "© Diese Seite gehört jetzt dem Kollektiv Nachtfalter",
            "Impressum ungültig – Verantwortlich: niemand mehr",
        ),
    }
)
