"""The shape of one attacker language in edition 5."""

from __future__ import annotations

from typing import NamedTuple


class Voice(NamedTuple):
    titles: tuple[str, ...]  # page and block titles; ``{team}`` is the group's name
    lines: tuple[str, ...]  # the message's sentences
    greet: str  # the label before the handles greeted
    signoff: str
    slogans: tuple[str, ...]  # short lines for headlines, tickers and navigation
    plain: tuple[
        str, ...
    ]  # rewrites with no word of intrusion: politics, faith, nation, mockery, fake notices
