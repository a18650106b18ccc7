"""Which paths under a root the agent protects: include and exclude glob patterns.

Patterns are matched against the path relative to the root, with ``/`` separators. ``*`` matches
within one path segment, ``**`` across segments; a pattern without ``/`` (``*.log``) matches the
last segment at any depth; ``dir/**`` matches everything under ``dir`` (and ``dir`` itself).
An excluded path wins over an included one. Directories are always kept in the baseline (a
deleted folder is restored) unless excluded themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

CACHE_SIZE = 256


@lru_cache(maxsize=CACHE_SIZE)
def _compile(pattern: str) -> re.Pattern[str]:
    text = pattern.strip("/")
    out = []
    i = 0
    while i < len(text):
        if text.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif text.startswith("**", i):
            out.append(".*")
            i += 2
        elif text[i] == "*":
            out.append("[^/]*")
            i += 1
        elif text[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(text[i]))
            i += 1
    body = "".join(out)
    if text.endswith("/**"):  # dir/** also matches dir itself
        body = body[: -len("/.*")] + "(?:/.*)?"
    if "/" not in text:
        body = "(?:.*/)?" + body
    return re.compile(body + r"\Z")


@dataclass(frozen=True, slots=True)
class PathRules:
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    _inc: tuple[re.Pattern[str], ...] = field(default=(), init=False, repr=False, compare=False)
    _exc: tuple[re.Pattern[str], ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_inc", tuple(_compile(p) for p in self.include))
        object.__setattr__(self, "_exc", tuple(_compile(p) for p in self.exclude))

    def excluded(self, rel: str) -> bool:
        """The path (file or folder) is out of protection entirely."""
        return any(p.match(rel) for p in self._exc)

    def protects_file(self, rel: str) -> bool:
        """A file at ``rel`` is protected (directories: see ``excluded``)."""
        if self.excluded(rel):
            return False
        return not self._inc or any(p.match(rel) for p in self._inc)
