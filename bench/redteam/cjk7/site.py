"""What an invented site is: its place, register, text fillers, URL pattern and charset labels."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Site:
    key: str
    host: str
    lang: str  # zh-Hans, zh-Hant, ja or ko
    register: str  # gov, news, univ, hospital, company, tv
    name: str
    places: tuple[str, ...]  # districts, wards, departments: fillers for headlines
    people: tuple[str, ...]  # names (some with charset-extension characters)
    nav: tuple[str, ...]
    url: str  # article URL pattern: {y} {m} {d} {id}
    labels: tuple[str, ...]  # charset label per era; "utf-8" after a migration
    where: str = "meta"  # meta, header, both, or mislabel (header ISO-8859-1, meta the real one)
    https_era: int = 1  # the design era from which the site serves https
    footer: str = ""
    captures: int = 40
