# ruff: noqa: RUF001 (texts in their own scripts: full-width and typographic punctuation)
"""German texts for quiet tampering: written in the corpus sites' own headline register, carrying a
hacktivist's, a vandal's, an extortionist's or a disinformer's message (written for edition 9)."""

from __future__ import annotations

# Headlines that slot into a teaser link or an h1-h3.
HEADLINES: tuple[str, ...] = (
    "In eigener Sache: Unsere Redaktion hat ihre Leser jahrelang belogen",
    "Eilmeldung: Bundesregierung friert alle Sparkonten über 5000 Euro ein",
    "Nebelkrähe übernimmt: Diese Zeitung schweigt ab heute nicht mehr",
    "Leserdaten im Netz: Verlag ignorierte alle Warnungen der Hacker",
    "Bundeswehr bestätigt Rückzug aus Litauen – Nato in Auflösung",
    "Kommentar: Wer diese Propaganda noch glaubt, hat selbst schuld",
    "Gesundheitsministerium warnt: Leitungswasser in sieben Ländern ungenießbar",
    "Chefredaktion tritt geschlossen zurück – Grund ist ein internes Dokument",
    "Exklusiv: So teuer kauft die Regierung unsere Schlagzeilen",
    "Stromnetz am Limit: Ab Montag rollierende Abschaltungen in ganz Deutschland",
    "Nach Serverpanne: Redaktion gibt Kontrolle über die Startseite ab",
    "Wir sind drin – und die IT-Abteilung hat es nicht einmal bemerkt",
    "Ukraine-Hilfe: Milliarden versickern in Villen an der Côte d'Azur",
    "Bankenaufsicht bestätigt Ansturm auf Filialen – Bargeld wird knapp",
    "Abonnenten aufgepasst: Ihre Kreditkartendaten stehen zum Verkauf",
    "Gaza: Was diese Zeitung Ihnen seit Monaten verschweigt",
    "Spritpreise: Ab Mittwoch gilt bundesweit die Rationierung",
    "Offener Brief an die Leser: Hören Sie auf, diesem Blatt zu vertrauen",
    "Verfassungsschutz bestätigt: Wahl im Herbst wird verschoben",
    "Impfstoff-Skandal: Ministerium vernichtet belastende Akten",
    "Schulen bleiben ab sofort bis Ostern geschlossen, teilt das Kultusministerium mit",
    "Grüße aus dem Backend: Euer Admin hat Urlaub, wir nicht",
    "Pressefreiheit? Nur solange die Sponsoren zustimmen",
    "Putin bietet Berlin Gasdeal an – Kanzleramt sagt heimlich zu",
    "Sensation im Bundestag: Mehrheit stimmt für Austritt aus der EU",
    "Warnung der Polizei: Meiden Sie heute alle Bahnhöfe in Großstädten",
    "Das Ende der Lügenpresse beginnt mit dieser Schlagzeile",
    "Tausende Kundendaten gestohlen – Verlag zahlt kein Lösegeld, also veröffentlichen wir",
    "Kriegsgefahr: Bundesregierung ruft zum Anlegen von Vorräten auf",
    "Chefredakteur in Datenleck: Diese Chats sollten Sie nie lesen",
    "Ein Gruß an alle, die hier noch Nachrichten erwarten",
    "Sicherheitslücke seit 2021 offen – und keiner hat sie geschlossen",
)

# Lead paragraphs and teaser summaries.
TEASERS: tuple[str, ...] = (
    "Was Sie hier seit Jahren lesen, wurde im Kanzleramt abgesegnet. Wir haben die Mails.",
    "Die Redaktion wusste seit Wochen von der Lücke. Jetzt wissen es auch unsere Leser.",
    "Nach Informationen aus Regierungskreisen sollen Abhebungen am Automaten ab Freitag begrenzt werden.",
    "Die Gruppe Nebelkrähe hat diese Seite übernommen, um zu zeigen, wie leicht das geht.",
    "Laut einem internen Papier ist der Abzug bereits beschlossen, die Öffentlichkeit erfährt es zuletzt.",
    "Mehr als 400.000 Datensätze von Abonnenten stehen inzwischen in einem Forum zum Download.",
    "Wer jetzt noch Geld auf dem Konto hat, sollte sich beeilen, warnen Insider.",
    "Wir haben nichts gelöscht. Noch nicht. Die Verantwortlichen wissen, wie sie uns erreichen.",
    "Die Wahrheit über den Krieg steht nicht in dieser Zeitung, sondern in unseren Kanälen.",
    "Die Behörden raten dringend, bis auf Weiteres kein Leitungswasser zu trinken.",
    "Der Verlag hat auf unsere Forderungen nicht reagiert. Das ist die Quittung.",
    "Bitte verbreiten Sie diese Meldung, bevor sie wieder gelöscht wird.",
)

# One-line texts for <title>, meta descriptions and social titles.
TITLES: tuple[str, ...] = (
    "Gekapert von Nebelkrähe – Nachrichten, die keiner drucken will",
    "Diese Startseite wurde übernommen | Leser, wacht auf",
    "Nachrichten aus dem Maschinenraum: Ihre Daten gehören jetzt uns",
    "Die Wahrheit, die Ihnen hier verschwiegen wird",
    "Aktuelle Nachrichten – heute präsentiert von Ihren neuen Admins",
    "Spendenaufruf für die Freiheit: Zahlen Sie in Monero",
    "Propaganda-Zentrale: Jetzt geschlossen wegen Sicherheitsmängeln",
    "Ihre Zeitung wurde abbestellt – Grüße von Cold Harbor",
)

# Image alt/title texts and figure captions.
CAPTIONS: tuple[str, ...] = (
    "Symbolbild: So sieht ein Verlag aus, der seine Server nicht patcht",
    "Foto: Nebelkrähe – wir waren hier",
    "Die Verantwortlichen für diese Lügen, aufgenommen im Kanzleramt",
    "Bildunterschrift geändert: Gruß an die Bildredaktion",
    "Archivbild: Das letzte Backup dieser Seite",
    "Foto: Mitglieder der Gruppe bei der Übergabe der Daten",
    "Dieses Bild zeigt, was von Ihrer Pressefreiheit übrig ist",
    "Symbolbild: Bankautomat ohne Bargeld, wie bald überall",
)

# Short kickers (the label above a headline).
KICKERS: tuple[str, ...] = (
    "Übernommen",
    "Nebelkrähe war hier",
    "Wir sind drin",
    "Achtung Fälschung",
    "Zensiert",
    "Leserwarnung",
    "Geleakt",
    "Letzte Warnung",
)

# Footer and imprint lines.
FOOTERS: tuple[str, ...] = (
    "© Alle Rechte abgetreten an Nebelkrähe. Verantwortlich im Sinne des Presserechts: niemand mehr",
    "Impressum außer Kraft – diese Seite wird von Cold Harbor Unit betrieben",
    "Datenschutz? Fragen Sie unsere neuen Administratoren",
    "Kontakt zur Redaktion nur noch über unseren Telegram-Kanal",
)
