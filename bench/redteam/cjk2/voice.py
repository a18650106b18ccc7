"""A publisher's voice: headline and notice patterns with slots, and which columns list notices."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Voice:
    news: tuple[str, ...]
    notices: tuple[str, ...]
    slots: dict[str, tuple[str, ...]]
    notice_words: tuple[str, ...]  # a column whose name holds one of these lists notices
