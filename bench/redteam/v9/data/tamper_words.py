# ruff: noqa: RUF001 (typographic dashes in the German texts)
"""German word-level vandalism (edition 9): propaganda swaps of single words in real headlines,
relabelled section names, and tails appended to a real headline."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

WORD_SWAPS: Mapping[str, str] = MappingProxyType(
    {
        "Bundesregierung": "Marionettenregierung",
        "Regierung": "Regime",
        "Kanzler": "Kriegskanzler",
        "Deutschland": "BRD GmbH",
        "Nato": "Kriegsbündnis",
        "Ukraine": "Kiewer Junta",
        "Russland": "Mütterchen Russland",
        "Israel": "Besatzerstaat",
        "Minister": "Lügenminister",
        "Ministerin": "Lügenministerin",
        "Wahl": "Scheinwahl",
        "Polizei": "Prügeltruppe",
        "Experten": "gekaufte Experten",
        "Studie": "bestellte Studie",
        "Bundestag": "Quasselbude",
        "Verfassungsschutz": "Gesinnungspolizei",
        "Klimaschutz": "Klimadiktat",
        "Medien": "Systemmedien",
        "Demokratie": "Scheindemokratie",
        "Gericht": "Gesinnungsgericht",
    }
)
SECTION_SWAPS: Mapping[str, str] = MappingProxyType(
    {
        "Politik": "Staatsfunk-Echo",
        "Wirtschaft": "Abzocke",
        "Meinung": "Zensur",
        "Panorama": "Ablenkung",
        "Sport": "Brot und Spiele",
        "Kultur": "Umerziehung",
        "Wissen": "Halbwissen",
        "Gesundheit": "Pharma-Werbung",
        "Ausland": "Kriegstreiberei",
        "Regional": "Provinzlügen",
        "Lokales": "Provinzlügen",
        "Video": "Gehirnwäsche",
        "Startseite": "Feindseite",
        "Newsticker": "Lügenticker",
        "Technik": "Überwachung",
        "Reise": "Flucht",
        "Auto": "Blechkiste",
    }
)
TAILS: tuple[str, ...] = (
    "– sagen die, die Sie seit Jahren belügen",
    "(Gehackt von Nebelkrähe)",
    "| Wir lesen übrigens mit",
    "– das Kanzleramt hat diesen Text freigegeben",
    "– aber die ganze Wahrheit dürfen wir nicht schreiben",
    "(Diese Meldung ist bezahlt)",
)
