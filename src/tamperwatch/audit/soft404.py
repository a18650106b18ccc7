"""The soft-404 baseline: what the site answers for a path that cannot exist. A probe answer
that looks like it (same status class, nearly the same words) is the site's not-found page,
whatever its status code says."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from tamperwatch.audit.limits import SOFT404_SIMILARITY

_WORD = re.compile(r"\w+", re.UNICODE)


def random_path() -> str:
    return f"/tamperwatch-audit-{secrets.token_hex(8)}"


def words(text: str, path: str = "") -> frozenset[str]:
    """The page's words, without those of the requested path (pages that echo it stay alike)."""
    echoed = set(_WORD.findall(path.lower()))
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in echoed)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True, slots=True)
class Baseline:
    status: int
    words: frozenset[str]
    length: int

    @classmethod
    def of(cls, status: int, text: str, path: str) -> Baseline:
        return cls(status, words(text, path), len(text))

    def matches(self, status: int, text: str, path: str) -> bool:
        """True when an answer to ``path`` is the not-found page again."""
        if status // 100 != self.status // 100:
            return False
        return similarity(self.words, words(text, path)) >= SOFT404_SIMILARITY
