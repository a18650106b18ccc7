"""Screen: what the detectors found on one captured page, computed once per page.

A check judges its verdict from screens (the capture's, a confirming re-fetch's) plus the
findings of other views of the page; the detectors never run twice over the same page.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tamperwatch.models import Finding


class ScreenMode(StrEnum):
    LEARNING = "learning"  # the profile is still learning: nothing ran, the verdict is LEARNING
    COLD = "cold"  # no history: only the detectors that judge a page alone ran
    JUDGED = "judged"  # every detector ran against the learned profile


@dataclass(frozen=True, slots=True)
class Screen:
    mode: ScreenMode
    findings: tuple[Finding, ...] = ()
