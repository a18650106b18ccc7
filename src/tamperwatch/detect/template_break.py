"""Template break: the page no longer matches its learned skeleton (full replacement, redesign).

Learns how often each 'tag.class' token of the body markup appears across known-good
captures (a decaying frequency, so the profile follows slow template drift). Tokens present in
nearly every capture form the stable skeleton: header, navigation, footer and grid classes.
When most of them vanish at once, the page was replaced. A redesign looks the same, so the
finding is structure-only (``content=False``): alone it makes a check ``suspicious``, never
``defaced``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.page import Page
from tamperwatch.detect.skeleton import skeleton_tokens
from tamperwatch.detect.tuning import tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings


@dataclass(frozen=True, slots=True)
class TemplateBreakConfig:
    break_fraction: float = 0.6  # share of the stable template that must vanish (from_settings: below)
    break_fraction_at_zero: float = 0.8  # break_fraction at sensitivity 0 ...
    break_fraction_per_sensitivity: float = 0.4  # ... lowered by this times the sensitivity
    min_stable: int = 8  # stable classes a profile needs before a break is judged
    decay: float = 0.75  # weight of the older captures each time one is learned
    keep: int = 240  # class names kept per site (most frequent first)
    stable: float = 0.7  # a class in at least this share of the (decayed) captures is stable
    base: float = 0.2  # score of a break ...
    per_missing: float = 0.3  # ... plus this times the share of the template gone ...
    max_score: float = 0.45  # ... at most this (structure alone: suspicious, never defaced)


class TemplateBreakDetector:
    name: ClassVar[str] = "template_break"
    needs_history: ClassVar[bool] = True
    config_type: ClassVar[type[TemplateBreakConfig]] = TemplateBreakConfig

    def __init__(self, config: TemplateBreakConfig | None = None) -> None:
        self.config = config or TemplateBreakConfig()
        self.break_fraction = self.config.break_fraction
        self.min_stable = self.config.min_stable

    @classmethod
    def from_settings(cls, settings: Settings) -> TemplateBreakDetector:
        return cls(tuned(settings, cls.name, TemplateBreakConfig(), _scaled))

    def learn(self, part: ProfilePart, page: Page) -> None:
        tokens = skeleton_tokens(page)
        decay, keep = self.config.decay, self.config.keep
        seen: dict[str, float] = {k: float(v) * decay for k, v in dict(part.get("seen", {})).items()}
        weight = float(part.get("n", 0.0)) * decay + 1.0
        for tok in tokens:
            seen[tok] = seen.get(tok, 0.0) + 1.0
        if len(seen) > keep:
            seen = dict(sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])
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
        return [k for k, v in dict(part.get("seen", {})).items() if float(v) / weight >= self.config.stable]

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
                round(min(self.config.max_score, self.config.base + self.config.per_missing * missing), 3),
                f"{missing:.0%} of the page's stable template ({len(stable)} classes) is gone "
                "(template break)",
                content=False,
                evidence={"missing_fraction": round(missing, 3), "stable": len(stable)},
            )
        ]


def _scaled(config: TemplateBreakConfig, sensitivity: float) -> TemplateBreakConfig:
    fraction = config.break_fraction_at_zero - config.break_fraction_per_sensitivity * sensitivity
    return replace(config, break_fraction=fraction)
