"""One language's attacker voice: page titles, message lines in several tones, and crews."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Voice:
    titles: tuple[str, ...]  # a defacement page's <title> / big heading
    lines: tuple[str, ...]  # slogans and messages: sarcastic, notice-like, official, poetic, ...
    crews: tuple[str, ...]  # the signing group or person
    direction: str = "ltr"
