"""The shape of one language's attacker voice in edition 7."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Voice:
    titles: tuple[str, ...]  # page titles and headlines of a full defacement; ``{team}`` is the crew
    slogans: tuple[str, ...]  # short lines written into headlines
    lines: tuple[str, ...]  # sentences of a message to the reader or the owner
    notices: tuple[str, ...]  # fake official notices (closures, emergencies, changed dates)
    greet: str  # "greetings to"
    signoff: str
