"""One language's texts for edition 8's legit pages, and the charsets such sites were served in."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phrasebook:
    code: str
    charsets: tuple[str, ...]  # labels as declared; the first few are legacy, "utf-8" last
    site: str
    nav: tuple[str, str, str, str]
    paras: tuple[str, str, str]
    maintenance: str
    not_found: str
    moved: str  # "{url}" is the new address
    login: tuple[str, str, str, str]  # heading, user, password, button
    statement: str
    apology: str
    condolence: str
    silence: str
    direction: str = "ltr"
