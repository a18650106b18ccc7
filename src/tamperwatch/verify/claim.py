"""A claim and what verification answers: the records the CLI, the API and the reports share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from tamperwatch.verify.compare import Region


class Answer(StrEnum):
    CONFIRMED = "confirmed"  # the page really showed that defacement near the claimed time
    DOCTORED = "doctored"  # the screenshot was made from a real capture of the page, then edited
    REFUTED = "refuted"  # the evidence shows the page was not like that near the claimed time
    UNVERIFIABLE = "unverifiable"  # no evidence near the claimed time, or too little to tell


@dataclass(frozen=True, slots=True)
class Claim:
    url: str
    time: datetime  # timezone-aware
    screenshot: bytes
    id: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the analysis found, with how much it weighs and a plain explanation."""

    kind: str  # e.g. "visual-match", "differing-region", "novel-text", "capture-defaced", "metadata"
    confidence: float
    explanation: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Match:
    """The screenshot against one capture's best render."""

    capture_label: str
    capture_time: datetime
    viewport: str
    matched: float  # share of informative screenshot tiles that match the render
    inliers: int
    regions: tuple[Region, ...]
    ignored: tuple[Region, ...]
    matrix: tuple[tuple[float, float, float], tuple[float, float, float]]
    text_support: float  # share of the screenshot's text found in this capture
    defaced: bool
    render_png: bytes = b""


@dataclass(frozen=True, slots=True)
class Verification:
    claim: Claim
    answer: Answer
    confidence: float
    reasons: tuple[str, ...]
    findings: tuple[Finding, ...] = ()
    best: Match | None = None
    captures_near: int = 0
    captures_total: int = 0
    reach: dict[str, Any] = field(default_factory=dict)  # the site's rank and page depth (verify/reach.py)

    def line(self) -> dict[str, Any]:
        """The output line of the claims format (``../shared/claims/README.md``)."""
        return {
            "id": self.claim.id,
            "verdict": self.answer.value,
            "confidence": round(self.confidence, 3),
            "reasons": list(self.reasons),
            **({"reach": self.reach["description"]} if self.reach.get("description") else {}),
        }
