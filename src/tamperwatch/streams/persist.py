"""Persistence: a condition becomes a finding only when it has lasted.

`Run` tracks one condition over samples: it starts at the first sample showing it, is confirmed once
the samples showing it span `min_s` seconds of stream time, and fires once per run. Samples that are
`neutral` (a black frame inside a blinking slogan) neither break nor extend a run; a `clear` sample
ends it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Run:
    min_s: float
    start: float | None = None
    last: float | None = None
    fired: bool = False

    def clear(self) -> None:
        self.start = self.last = None
        self.fired = False

    def see(self, t: float) -> bool:
        """The condition holds at `t`; True exactly when this sample confirms the run."""
        if self.start is None:
            self.start = t
        self.last = t
        if not self.fired and t - self.start >= self.min_s - 1e-6:
            self.fired = True
            return True
        return False

    @property
    def active(self) -> bool:
        return self.start is not None
