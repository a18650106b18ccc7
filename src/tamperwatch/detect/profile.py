"""Profile: what is normal for one target, as one versioned, compressed JSON document.

Each detector owns one part (``parts[detector.name]``); the profile only counts and stores.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from typing import Any

PROFILE_VERSION = 2  # 2: history-based detectors replaced baseline_change; older profiles are relearned


class ProfileError(ValueError):
    pass


@dataclass
class Profile:
    learned: int = 0
    parts: dict[str, dict[str, Any]] = field(default_factory=dict)
    version: int = PROFILE_VERSION
    # The learning phase was closed early (a replay's known-good history ended with fewer than
    # ``learn_captures`` captures): every later check gets a verdict from what was learned.
    closed: bool = False

    def part(self, name: str) -> dict[str, Any]:
        return self.parts.setdefault(name, {})

    def dumps(self) -> bytes:
        doc: dict[str, Any] = {"v": self.version, "learned": self.learned, "parts": self.parts}
        if self.closed:
            doc["closed"] = True
        return zlib.compress(json.dumps(doc, separators=(",", ":")).encode(), 6)

    @classmethod
    def loads(cls, data: bytes | None) -> Profile:
        """Decode a stored profile: an older layout gives a fresh one; corrupt bytes raise ProfileError."""
        if not data:
            return cls()
        try:
            doc = json.loads(zlib.decompress(data))
        except (zlib.error, ValueError) as exc:
            raise ProfileError(f"stored profile is corrupt: {exc}") from exc
        if doc.get("v") != PROFILE_VERSION:
            return cls()  # older layouts are relearned rather than misread
        return cls(
            learned=int(doc.get("learned", 0)),
            parts=dict(doc.get("parts", {})),
            closed=bool(doc.get("closed", False)),
        )
