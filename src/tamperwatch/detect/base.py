"""The Detector interface.

A detector owns one part of a target's profile (a JSON-serialisable dict it alone reads and
writes, bounded in size) and turns a parsed page into Findings. Detectors are plugins: the
built-ins are registered in the ``tamperwatch.detectors`` entry-point group exactly like
third-party ones, and ``Settings.detectors`` lists which run, in order.

Optional members a detector may define (resolved once into ``detect.hooks.Hooks`` when the
engine builds the detectors):

- ``learn_trusted(part, page)``: fold a capture known to be good, INCLUDING things never
  learned online (new script origins, iframes, hidden link blocks). The engine calls it for
  the initial learning captures; default: ``learn``.
- ``operator_accept(part, page)``: an operator (or auto-accept) says this capture is the new
  normal; may rebase the part entirely. Default: ``learn_trusted``.
- ``escalation_only = True``: expensive detector (the content classifier) run only on cold start
  or after another detector found something.
- ``needs_history = True``: meaningless without a learned profile; skipped by ``classify``.
- ``cold_start = False``: meaningful without history but not to be trusted alone there (word
  lists and hidden-menu heuristics call newsrooms that report attacks defaced); skipped by
  ``classify``, the one cold-start judgement of ``tamperwatch classify``, a first check and a
  replay with no history.
- ``compare(part, page, previous)``: judge the change from the last clean capture (parsed);
  a detector that has it is called with it instead of ``detect``, and only when the check has
  that capture (a first check or one after a non-clean verdict has none).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Protocol

from tamperwatch.detect.page import Page
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

ProfilePart = dict[str, Any]


class Detector(Protocol):
    name: ClassVar[str]

    @classmethod
    def from_settings(cls, settings: Settings) -> Detector: ...

    def learn(self, part: ProfilePart, page: Page) -> None:
        """Fold a known-good page into this detector's part of the profile (in place)."""

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        """Findings for ``page`` against the learned part; [] when nothing is wrong."""


def decayed_counts(counts: object, seen: Iterable[str], decay: float, keep: int) -> dict[str, float]:
    """A profile's counts of what each capture showed (``counts``, as stored), older captures
    weighing ``decay`` less at each new one, ``seen`` counted once more; the ``keep`` heaviest
    (ties by name). What every capture shows (a site's name, its menu) stays heaviest however
    much passes through."""
    old = {k: float(v) * decay for k, v in dict(counts or {}).items()}  # type: ignore[call-overload]
    for key in seen:
        old[key] = old.get(key, 0.0) + 1.0
    return dict(sorted(old.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])
