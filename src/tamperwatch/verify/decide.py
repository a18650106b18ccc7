"""From the comparisons to an answer: confirmed, doctored, refuted or unverifiable.

``confirmed`` needs both halves: a capture near the claimed time that the detection engine
judges defaced, and a screenshot that shows that capture (its render matches, or its text holds
the screenshot's text) with nothing in the screenshot that capture never held. A screenshot that
matches a real capture except for some regions or lines of text is ``doctored``; one that matches
no capture near the time is ``refuted``; no capture near the time is ``unverifiable``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tamperwatch.verify.claim import Answer, Finding, Match
from tamperwatch.verify.compare import Region
from tamperwatch.verify.text import ReadLine


@dataclass(frozen=True, slots=True)
class DecideConfig:
    match_strong: float = 0.9  # share of matching tiles that makes a render the screenshot's source
    match_partial: float = 0.5  # ... that makes it the source of an edited screenshot
    match_scattered: float = 0.8  # ... that suffices when the tiles that differ form no region
    region_max: float = 0.02  # largest differing region a matching screenshot may show (share)
    text_strong: float = 0.85  # share of the screenshot's text a capture must hold to explain it
    text_region_max: float = 0.05  # ... while no region of an aligned render differs more than this
    min_text_chars: int = 40  # less OCR text than this proves nothing by text
    novel_lines_max: int = 1  # lines in no capture tolerated in a confirmed shot (a watermark)
    better_margin: float = 0.02  # a defaced capture must explain the shot better than clean ones


@dataclass(frozen=True, slots=True)
class Evidence:
    matches: Sequence[Match]  # one per capture near the time (its best viewport), best first
    novel: Sequence[ReadLine]  # screenshot lines no capture near the time holds
    text_chars: int  # folded characters of comparable OCR text
    distinctive: dict[str, int]  # per capture label: screenshot lines found there and in no clean capture
    lines: Sequence[ReadLine] = ()  # every comparable OCR line of the screenshot, with its box


def decide(
    evidence: Evidence, config: DecideConfig = DecideConfig()
) -> tuple[Answer, float, list[str], list[Finding]]:
    findings: list[Finding] = []
    reasons: list[str] = []
    text_ok = evidence.text_chars >= config.min_text_chars
    clean_best = max((m.matched for m in evidence.matches if not m.defaced), default=0.0)
    clean_text = max((m.text_support for m in evidence.matches if not m.defaced), default=0.0)
    for m in evidence.matches:
        if not m.defaced:
            continue
        largest = max((r.share for r in m.regions), default=0.0)
        # the tiles that do not match form no region at all: scattered noise (an animation's frame,
        # recompression), so a lower share of matching tiles still shows this render
        scattered = not m.regions and m.matched >= config.match_scattered
        visual = (m.matched >= config.match_strong and largest <= config.region_max) or scattered
        # a large differing region vetoes confirming by text unless the captures' text explains it
        # (its OCR lines are all found: the same words drawn otherwise, e.g. an animation's frame)
        pasted = m.matched >= config.match_partial and any(
            r.share > config.text_region_max and not _explained(r, evidence) for r in m.regions
        )
        textual = text_ok and m.text_support >= config.text_strong and not pasted
        better = (
            m.matched >= clean_best + config.better_margin
            or evidence.distinctive.get(m.capture_label, 0) > 0
            or (text_ok and m.text_support >= clean_text + config.better_margin)
        )
        # where the render matches the pixels, a line no capture holds is OCR's misreading or a
        # watermark: only novel lines inside a differing region (or any, without a visual match) count
        added = [x for x in evidence.novel if not visual or any(_overlaps(x.box, r) for r in m.regions)]
        if (visual or textual) and better and len(added) <= config.novel_lines_max:
            how = (
                f"its render matches {m.matched:.0%} of the screenshot"
                if visual
                else f"it holds {m.text_support:.0%} of the screenshot's text"
            )
            reasons.append(f"the capture of {m.capture_label} is judged defaced and {how} ({m.viewport})")
            confidence = min(
                0.99, 0.5 + 0.5 * max(m.matched if visual else 0.0, m.text_support if textual else 0.0)
            )
            findings.append(Finding("confirmed-by", confidence, reasons[-1]))
            return Answer.CONFIRMED, confidence, reasons, findings
    best = max(evidence.matches, key=lambda m: (m.matched, m.text_support), default=None)
    if best is not None and best.defaced:
        reasons.append(
            f"the capture of {best.capture_label} is judged defaced, "
            "but the screenshot does not show it as it was"
        )
    if evidence.novel:
        shown = "; ".join(repr(x.text[:60]) for x in evidence.novel[:3])
        reasons.append(
            f"{len(evidence.novel)} line(s) of the screenshot's text are in no capture near the time: {shown}"
        )
        findings.append(Finding("novel-text", 0.7, reasons[-1], {"lines": [x.text for x in evidence.novel]}))
    if best is not None and best.matched >= config.match_partial:
        regions = [r for r in best.regions]
        largest = max((r.share for r in regions), default=0.0)
        if largest > config.region_max or evidence.novel:
            if regions:
                r = regions[0]
                reasons.append(
                    f"the screenshot matches the render of {best.capture_label} "
                    f"({best.matched:.0%} of it) except "
                    f"{len(regions)} region(s), the largest at x={r.x} y={r.y} {r.w}x{r.h} px"
                )
                findings.append(Finding("differing-region", min(0.95, 0.5 + largest * 5), reasons[-1]))
            confidence = min(0.95, 0.55 + 0.4 * best.matched)
            return Answer.DOCTORED, confidence, reasons, findings
        if best.defaced:  # no edit found, but too weak a match to confirm: no guess either way
            reasons.append(
                f"the screenshot matches the defaced capture of {best.capture_label} only in part "
                f"({best.matched:.0%}): too little to confirm"
            )
            return Answer.UNVERIFIABLE, 0.5, reasons, findings
        reasons.append(
            f"the screenshot matches the clean capture of {best.capture_label} ({best.matched:.0%}): "
            "the page was not defaced as claimed"
        )
        return Answer.REFUTED, min(0.95, 0.5 + 0.45 * best.matched), reasons, findings
    if evidence.novel and best is not None and text_ok and best.text_support >= 0.5:
        reasons.append(f"most of the screenshot's text is that of {best.capture_label}, the rest was added")
        return Answer.DOCTORED, 0.6, reasons, findings
    near = len(evidence.matches)
    reasons.append(f"the screenshot matches none of the {near} capture(s) near the claimed time")
    return Answer.REFUTED, 0.8 if near > 1 else 0.7, reasons, findings


def _overlaps(box: tuple[int, int, int, int], region: Region) -> bool:
    x, y, w, h = box
    return x < region.x + region.w and region.x < x + w and y < region.y + region.h and region.y < y + h


def _explained(region: Region, evidence: Evidence) -> bool:
    """The region holds OCR text, and every line of it is found in a capture near the time."""
    inside = [x for x in evidence.lines if _overlaps(x.box, region)]
    novel = {id(x) for x in evidence.novel}
    return bool(inside) and not any(id(x) in novel for x in inside)
