"""Hooks: what one detector declares it can do, resolved once when the engine builds it.

The optional members listed in ``detect/base.py`` (``compare``, ``learn_trusted``,
``operator_accept`` and the flags ``needs_history``, ``cold_start``, ``escalation_only``) are
read here, once per detector, into a frozen record; the engine calls through it and never asks
a detector what it has during a check. A detector that raises is logged and skipped: a hostile
page never stops a check.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from tamperwatch.detect.base import Detector, ProfilePart
from tamperwatch.detect.page import Page
from tamperwatch.models import Finding

log = logging.getLogger(__name__)

Fold = Callable[[ProfilePart, Page], None]
Compare = Callable[[ProfilePart, Page, Page], Iterable[Finding]]


class FoldKind(StrEnum):
    LEARN = "learn"  # a clean capture, online
    TRUSTED = "learn_trusted"  # known-good history: also what is never learned online
    ACCEPT = "operator_accept"  # the new normal (operator or auto-accept)


@dataclass(frozen=True, slots=True)
class Hooks:
    name: str
    detector: Detector
    compare: Compare | None  # judges the change from the previous clean capture instead of detect
    folds: dict[FoldKind, Fold]
    needs_history: bool  # meaningless without a learned profile: skipped cold
    cold_start: bool  # False: not trusted alone on a page with no history
    escalation_only: bool  # expensive: only cold, on a thin history or after another finding

    @classmethod
    def of(cls, det: Detector, escalation_names: frozenset[str] = frozenset()) -> Hooks:
        trusted: Fold = getattr(det, "learn_trusted", None) or det.learn
        return cls(
            name=det.name,
            detector=det,
            compare=getattr(det, "compare", None),
            folds={
                FoldKind.LEARN: det.learn,
                FoldKind.TRUSTED: trusted,
                FoldKind.ACCEPT: getattr(det, "operator_accept", None) or trusted,
            },
            needs_history=bool(getattr(det, "needs_history", False)),
            cold_start=bool(getattr(det, "cold_start", True)),
            escalation_only=det.name in escalation_names or bool(getattr(det, "escalation_only", False)),
        )

    @property
    def judges_cold(self) -> bool:
        """Whether it runs on a page with no history (``classify``, a first check)."""
        return not self.needs_history and self.cold_start

    def run(self, part: ProfilePart, page: Page, previous: Page | None = None) -> list[Finding]:
        """Its findings (a ``compare`` detector needs the previous capture, else says nothing)."""
        try:
            if self.compare is not None:
                return list(self.compare(part, page, previous)) if previous is not None else []
            return list(self.detector.detect(part, page))
        except Exception:
            log.exception("detector %s failed", self.name)
            return []

    def fold(self, part: ProfilePart, page: Page, kind: FoldKind) -> None:
        try:
            self.folds[kind](part, page)
        except Exception:
            log.exception("detector %s failed to learn", self.name)
