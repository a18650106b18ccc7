"""Verify one claim: gather the captures, render, compare, read, judge, decide.

``Verifier`` holds the long-lived parts (evidence sources, the renderer, the detection engine,
the OCR reader) and answers ``verify(claim)`` with a ``Verification``. It is what the CLI's
``verify`` and batch mode call, and what the API will call.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.ocr import TextLine
from tamperwatch.verify.align import Alignment, Features, align, features
from tamperwatch.verify.claim import Answer, Claim, Finding, Match, Verification
from tamperwatch.verify.compare import Comparison, compare
from tamperwatch.verify.decide import DecideConfig, Evidence, decide
from tamperwatch.verify.evidence import ArchivedCapture, EvidenceSource, near
from tamperwatch.verify.images import Bgr, Gray, decode, gray
from tamperwatch.verify.judge import CaptureJudgement, judge_all
from tamperwatch.verify.manipulation import error_level_findings, metadata_findings
from tamperwatch.verify.render import VIEWPORTS, Renderer, Viewport
from tamperwatch.verify.text import CaptureText, ReadLine, lines_of, novel, support

OcrReader = Callable[[Bgr], list[TextLine]]
ReachOf = Callable[[str], dict[str, Any]]  # URL -> the site's reach (``Reach.to_json()``), {} if unknown
IDENTITY = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0))
BLANK_STD = 4.0  # grey-level standard deviation under which a screenshot shows nothing


@dataclass(frozen=True, slots=True)
class VerifyConfig:
    window: timedelta = timedelta(hours=48)  # captures this close to the claimed time are evidence
    max_candidates: int = 3  # captures rendered and compared (the defaced ones near T always are)
    min_informative_tiles: int = 12  # a comparison over fewer tiles with content proves nothing
    viewports: tuple[Viewport, ...] = VIEWPORTS  # each capture is rendered at each of these ...
    settled: float = 0.98  # ... until one matches this share of the screenshot with no differing region
    decide: DecideConfig = field(default_factory=DecideConfig)


class Verifier:
    def __init__(
        self,
        sources: Sequence[EvidenceSource],
        renderer: Renderer,
        engine: DetectionEngine,
        read_text: OcrReader,
        config: VerifyConfig = VerifyConfig(),
        reach: ReachOf | None = None,
    ) -> None:
        self.sources = list(sources)
        self.renderer = renderer
        self.engine = engine
        self.read_text = read_text
        self.config = config
        self.reach = reach

    async def captures(self, url: str, around: datetime) -> list[ArchivedCapture]:
        found: list[ArchivedCapture] = []
        for source in self.sources:
            found.extend(await source.captures(url, around))
        return found

    async def verify(self, claim: Claim, extra: Sequence[EvidenceSource] = ()) -> Verification:
        """The answer to one claim, its reasons and findings, and the site's reach."""
        result = await self._verify(claim, extra)
        return replace(result, reach=self.reach(claim.url)) if self.reach is not None else result

    async def _verify(self, claim: Claim, extra: Sequence[EvidenceSource]) -> Verification:
        shot = decode(claim.screenshot, f"screenshot of claim {claim.id or claim.url}")
        everything = await self.captures(claim.url, claim.time)
        for source in extra:
            everything.extend(await source.captures(claim.url, claim.time))
        findings = metadata_findings(claim.screenshot, claim.time)
        close = near(everything, claim.time, self.config.window)
        if not close:
            return self._no_evidence(claim, everything, findings)
        judged = judge_all(self.engine, everything)
        candidates = self._candidates(close, judged)
        shot_gray = gray(shot)
        shot_features = features(shot_gray)
        lines = lines_of(self.read_text(shot))
        texts = {c: CaptureText(c) for c in close}
        matches: list[Match] = []
        for capture in candidates:
            # the screenshot was taken at one viewport: once a capture aligns at one, the others
            # are compared there first (and only there, if they align at it)
            aligned = [m for m in matches if m.viewport and m.matched >= self.config.decide.match_partial]
            shown = max(aligned, key=lambda m: m.matched).viewport if aligned else ""
            matches.append(
                await self._match(
                    capture, shot_gray, shot_features, lines, texts[capture], judged[capture], shown
                )
            )
        matches.sort(key=lambda m: (m.matched, m.text_support), reverse=True)
        clean_texts = [CaptureText(c) for c, j in judged.items() if not j.defaced and c not in texts] + [
            t for c, t in texts.items() if not judged[c].defaced
        ]
        distinctive = {
            c.label: sum(1 for x in lines if texts[c].holds(x) and not any(t.holds(x) for t in clean_texts))
            for c in candidates
            if judged[c].defaced
        }
        evidence = Evidence(
            matches, novel(lines, list(texts.values())), sum(len(x.key) for x in lines), distinctive, lines
        )
        answer, confidence, reasons, decided = decide(evidence, self.config.decide)
        findings.extend(decided)
        if matches and matches[0].regions:
            findings.extend(error_level_findings(claim.screenshot, list(matches[0].regions)))
        findings.extend(_judgement_findings(judged, close))
        if answer is Answer.REFUTED and float(shot_gray.std()) < BLANK_STD and not lines:
            answer, confidence = Answer.UNVERIFIABLE, 0.5
            reasons.append("the screenshot is blank: nothing in it to compare with the captures")
        return Verification(
            claim,
            answer,
            confidence,
            tuple(reasons),
            tuple(findings),
            best=matches[0] if matches else None,
            captures_near=len(close),
            captures_total=len(everything),
        )

    def _candidates(
        self, close: list[ArchivedCapture], judged: dict[ArchivedCapture, CaptureJudgement]
    ) -> list[ArchivedCapture]:
        seen: set[bytes] = set()
        out: list[ArchivedCapture] = []
        ranked = [c for c in close if judged[c].defaced] + [c for c in close if not judged[c].defaced]
        for capture in ranked:
            digest = hashlib.sha256(capture.html).digest()
            if digest in seen:
                continue
            seen.add(digest)
            if len(out) < self.config.max_candidates or judged[capture].defaced:
                out.append(capture)
        return out

    async def _match(
        self,
        capture: ArchivedCapture,
        shot: Gray,
        shot_features: Features,
        lines: list[ReadLine],
        text: CaptureText,
        judgement: CaptureJudgement,
        shown: str = "",
    ) -> Match:
        """The screenshot against ``capture`` rendered at every viewport (``shown``, the viewport
        another capture aligned at, first, and alone when this capture aligns there too)."""
        best: tuple[Comparison, str, Alignment, bytes] | None = None
        order = sorted(self.config.viewports, key=lambda v: v.name != shown)
        for viewport in order:
            if best is not None and (
                best[1] == shown or (best[0].matched >= self.config.settled and not best[0].regions)
            ):
                break  # the screenshot's viewport, or a render that is the screenshot: no better one
            (render,) = await self.renderer.render(capture, [viewport])
            if not render.png:
                continue
            render_gray = gray(decode(render.png, "render"))
            found = align(shot_features, features(render_gray))
            if found is None:
                continue
            result = compare(shot, render_gray, found)
            if result.informative < self.config.min_informative_tiles:
                continue
            if best is None or result.matched > best[0].matched:
                best = (result, render.viewport.name, found, render.png)
        text_support = support(lines, text)
        if best is None:
            return Match(
                capture.label, capture.time, "", 0.0, 0, (), (), IDENTITY, text_support, judgement.defaced
            )
        result, viewport_name, found, png = best
        m = found.matrix
        matrix = (
            (float(m[0, 0]), float(m[0, 1]), float(m[0, 2])),
            (float(m[1, 0]), float(m[1, 1]), float(m[1, 2])),
        )
        return Match(
            capture.label,
            capture.time,
            viewport_name,
            result.matched,
            found.inliers,
            result.regions,
            result.ignored,
            matrix,
            text_support,
            judgement.defaced,
            png,
        )

    def _no_evidence(
        self, claim: Claim, everything: list[ArchivedCapture], findings: list[Finding]
    ) -> Verification:
        hours = self.config.window.total_seconds() / 3600
        if everything:
            nearest = min(everything, key=lambda c: abs(c.time - claim.time))
            days = abs(nearest.time - claim.time).total_seconds() / 86400
            reason = (
                f"no capture within {hours:g} h of the claimed time; "
                f"the nearest ({nearest.label}) is {days:.1f} days away"
            )
        else:
            reason = "no capture of this URL in the evidence"
        return Verification(
            claim, Answer.UNVERIFIABLE, 0.9, (reason,), tuple(findings), None, 0, len(everything)
        )


def _judgement_findings(
    judged: dict[ArchivedCapture, CaptureJudgement], close: list[ArchivedCapture]
) -> list[Finding]:
    out = []
    for capture in close:
        j = judged[capture]
        how = "against the earlier captures" if j.with_history else "on its own (no earlier capture)"
        word = "defaced" if j.defaced else j.status
        why = f": {'; '.join(j.reasons[:2])}" if j.defaced and j.reasons else ""
        out.append(
            Finding(
                "capture-judged",
                j.score,
                f"capture {capture.label} judged {word} {how}{why}",
                {"defaced": j.defaced},
            )
        )
    return out
