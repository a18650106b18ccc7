"""One invented site: its language, charset story and the text its pages are written from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Site:
    key: str
    host: str
    lang: str  # "hans", "hant", "ja" or "ko"
    kind: str  # gov, news, univ, hospital, company, tv, board
    name: str
    charset: str  # the label the site starts with
    declare: str  # "both", "header" or "meta": where the label is written
    later: str | None  # the label after a charset migration, if the history has one
    mislabel: str | None  # None; "meta": a stale meta the header overrides; "header": a wrong header
    https: bool  # moves from http to https within its history
    nav: tuple[str, ...]
    heads: tuple[str, ...]  # headline templates: {p} place, {w} person, {n} number
    teasers: tuple[str, ...]
    places: tuple[str, ...]
    people: tuple[str, ...]
    footer: str
    cadence_h: int  # hours between captures
    section: str  # the path articles are published under
