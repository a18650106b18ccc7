# ruff: noqa: RUF001
"""German tamper headlines in two more site registers: the tech desk's and the tabloid's."""

from __future__ import annotations

from types import MappingProxyType

# A host label that names the register its front page writes in.
REGISTER_OF_HOST = MappingProxyType(
    {"heise": "tech", "golem": "tech", "t3n": "tech", "bild": "tabloid", "express": "tabloid"}
)

REGISTER_HEADLINES = MappingProxyType(
    {
        "tech": (
            "Sicherheitsupdate für Windows verteilt Hintertür – Microsoft schweigt seit Tagen",
            "Bundesnetzagentur will Messenger ohne Klarnamenpflicht ab Januar sperren",
            "Apple bestätigt: iPhones speichern Gesprächsmitschnitte für Behörden",
            "Elektronische Patientenakte: Gesundheitsdaten frei im Netz abrufbar",
            "Router-Hersteller liefert seit Jahren Geräte mit Generalschlüssel aus",
            "Bitcoin-Verbot in der EU beschlossen: Wallets werden zum Stichtag eingefroren",
        ),
        "tabloid": (
            "SKANDAL im Kanzleramt: Berater kassierte heimlich Millionen!",
            "Rentner-Schock: Ab März gibt es 300 Euro weniger",
            "Bürgergeld-Hammer: Jetzt bekommen ALLE eine Nachzahlung",
            "Minister-Beichte: „Wir haben die Zahlen geschönt“",
            "Sprit-Irrsinn: Ab Montag kostet Diesel drei Euro",
        ),
    }
)
