"""A site's everyday text: headline, teaser, notice and caption patterns per language and register."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lex:
    heads: tuple[str, ...]  # {p} place, {q} person, {t} topic, {n} a number
    topics: tuple[str, ...]
    teasers: tuple[str, ...]
    notices: tuple[str, ...]
    captions: tuple[str, ...]


def lexicon(lang: str, register: str) -> Lex:
    from .lex_hans import HANS
    from .lex_hant import HANT
    from .lex_ja import JA
    from .lex_ko import KO

    table = {"zh-Hans": HANS, "zh-Hant": HANT, "ja": JA, "ko": KO}[lang]
    return table.get(register) or next(iter(table.values()))
