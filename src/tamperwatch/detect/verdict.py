"""Verdict: combine findings into clean / suspicious / defaced with a score and reasons.

Rules: structure-only evidence (a template break; a redesign looks like one) can at most make
a capture ``suspicious``; ``defaced`` needs a content finding. Scores combine as a noisy-OR.
"""

from __future__ import annotations

from tamperwatch.models import Finding, Status, Verdict


def combine(findings: list[Finding], defaced_threshold: float = 0.5, suspicious_threshold: float = 0.3) -> Verdict:
    if not findings:
        return Verdict(Status.CLEAN, 0.0)
    miss = 1.0
    content_miss = 1.0
    for f in findings:
        miss *= 1.0 - max(0.0, min(1.0, f.score))
        if f.content:
            content_miss *= 1.0 - max(0.0, min(1.0, f.score))
    score = 1.0 - miss
    content_score = 1.0 - content_miss
    reasons = tuple(f.reason for f in sorted(findings, key=lambda f: -f.score))
    if content_score >= defaced_threshold:
        status = Status.DEFACED
    elif score >= suspicious_threshold:
        status = Status.SUSPICIOUS
        score = min(score, defaced_threshold - 1e-3) if content_score == 0 else score
    else:
        status = Status.CLEAN
    return Verdict(status, round(score, 4), reasons, tuple(findings))
