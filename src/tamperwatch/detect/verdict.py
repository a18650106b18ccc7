"""Verdict: combine findings into clean / suspicious / defaced with a score and reasons.

Rules:
- structure-only evidence (a template break, a soft 404; a redesign looks like one) can at most
  make a check ``suspicious``; ``defaced`` needs a content finding;
- scores combine as a noisy-OR across detectors (each detector reports one finding per kind),
  but only when one content finding is decisive on its own (>= ``min_decisive``): two weak hints
  (a new vendor script, a news headline about hackers) never add up to 'defaced';
- when the template itself broke, newly seen ordinary third-party resources are expected
  (a redesign brings new vendors), so findings marked ``discount_on_structure`` count less;
- the score is the combined evidence, capped below the defaced threshold when no content
  evidence reaches it, so the score orders checks consistently with the status.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tamperwatch.models import Finding, Status, Verdict
from tamperwatch.settings import Settings

# Weak findings from different detectors do not add up to 'defaced' unless one is this strong.
MIN_DECISIVE = 0.5
# The shipped thresholds are Settings' own (``defaced_threshold``, ``suspicious_threshold``).
DEFACED_THRESHOLD: float = Settings.model_fields["defaced_threshold"].default
SUSPICIOUS_THRESHOLD: float = Settings.model_fields["suspicious_threshold"].default
_SCORE_DIGITS = 4  # decimals of the verdict's score


@dataclass(frozen=True, slots=True)
class VerdictConfig:
    """How findings combine (tunable as ``verdict``); the thresholds of the statuses are Settings of
    their own (``defaced_threshold``, ``suspicious_threshold``) and are not repeated here."""

    structure_discount: float = 0.6  # share kept of a redesign-prone finding when the template broke
    min_decisive: float = MIN_DECISIVE  # weak findings add up only when one content finding is this strong
    below_defaced: float = 1e-3  # a check not defaced scores at most this below the defaced threshold


_DEFAULT = VerdictConfig()


def _clamp(x: float) -> float:
    return max(0.0, min(1.0, x))


def _noisy_or(scores: Iterable[float]) -> float:
    miss = 1.0
    for s in scores:
        miss *= 1.0 - _clamp(s)
    return 1.0 - miss


def content_weight(finding: Finding, structure_broke: bool, config: VerdictConfig = _DEFAULT) -> float:
    """The score a content finding contributes, after the redesign discount."""
    if structure_broke and finding.evidence.get("discount_on_structure"):
        return _clamp(finding.score) * config.structure_discount
    return _clamp(finding.score)


def combine(
    findings: list[Finding],
    defaced_threshold: float = DEFACED_THRESHOLD,
    suspicious_threshold: float = SUSPICIOUS_THRESHOLD,
    config: VerdictConfig = _DEFAULT,
) -> Verdict:
    if not findings:
        return Verdict(Status.CLEAN, 0.0)
    structure_broke = any(not f.content for f in findings)
    content = [content_weight(f, structure_broke, config) for f in findings if f.content]
    structure = [_clamp(f.score) for f in findings if not f.content]
    content_score = (
        _noisy_or(content) if max(content, default=0.0) >= config.min_decisive else max(content, default=0.0)
    )
    score = _noisy_or(content + structure)
    reasons = tuple(f.reason for f in sorted(findings, key=lambda f: -f.score))
    if content_score >= defaced_threshold:
        return Verdict(
            Status.DEFACED, round(max(score, defaced_threshold), _SCORE_DIGITS), reasons, tuple(findings)
        )
    capped = min(score, defaced_threshold - config.below_defaced)
    status = Status.SUSPICIOUS if score >= suspicious_threshold else Status.CLEAN
    return Verdict(status, round(capped, _SCORE_DIGITS), reasons, tuple(findings))


def has_content_evidence(verdict: Verdict) -> bool:
    """Whether any finding behind ``verdict`` comes from the content itself."""
    return any(f.content for f in verdict.findings)
