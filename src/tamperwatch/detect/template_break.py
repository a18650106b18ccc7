"""Template break: the page no longer matches its learned skeleton (full replacement, redesign).

Learns how often each 'tag.class' token of the body markup appears across known-good
captures (a decaying frequency, so the profile follows slow template drift). Tokens present in
nearly every capture form the stable skeleton: header, navigation, footer and grid classes.
When most of them vanish at once, the page was replaced. A redesign looks the same, so the
finding is structure-only (``content=False``): alone it makes a check ``suspicious``, never
``defaced``.
"""

from __future__ import annotations

from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.page import Page
from tamperwatch.detect.skeleton import skeleton_tokens
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

_DECAY = 0.75
_KEEP = 240
_STABLE = 0.7


class TemplateBreakDetector:
    name: ClassVar[str] = "template_break"
    needs_history: ClassVar[bool] = True

    def __init__(self, break_fraction: float = 0.6, min_stable: int = 8) -> None:
        self.break_fraction = break_fraction
        self.min_stable = min_stable

    @classmethod
    def from_settings(cls, settings: Settings) -> TemplateBreakDetector:
        return cls(break_fraction=0.8 - 0.4 * settings.sensitivity)

    def learn(self, part: ProfilePart, page: Page) -> None:
        tokens = skeleton_tokens(page)
        seen: dict[str, float] = {k: float(v) * _DECAY for k, v in dict(part.get("seen", {})).items()}
        weight = float(part.get("n", 0.0)) * _DECAY + 1.0
        for tok in tokens:
            seen[tok] = seen.get(tok, 0.0) + 1.0
        if len(seen) > _KEEP:
            seen = dict(sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))[:_KEEP])
        part["seen"] = {k: round(v, 3) for k, v in seen.items()}
        part["n"] = round(weight, 3)

    def operator_accept(self, part: ProfilePart, page: Page) -> None:
        """An accepted page is the new template: forget the old skeleton."""
        part.clear()
        self.learn(part, page)

    def stable_tokens(self, part: ProfilePart) -> list[str]:
        weight = float(part.get("n", 0.0))
        if weight <= 0:
            return []
        return [k for k, v in dict(part.get("seen", {})).items() if float(v) / weight >= _STABLE]

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        stable = self.stable_tokens(part)
        if len(stable) < self.min_stable:
            return []
        tokens = skeleton_tokens(page)
        missing = sum(1 for tok in stable if tok not in tokens) / len(stable)
        if missing < self.break_fraction:
            return []
        return [
            Finding(
                self.name,
                round(min(0.45, 0.2 + 0.3 * missing), 3),
                f"{missing:.0%} of the page's stable template ({len(stable)} classes) is gone "
                "(template break)",
                content=False,
                evidence={"missing_fraction": round(missing, 3), "stable": len(stable)},
            )
        ]
