"""VisualDetector: what changed on screen and in the rendered page, judged against the learned renders.

Works on captures of the render tier (a screenshot); others give no finding and teach nothing.
The profile part keeps, per grid cell of the screenshot, the dHashes of recent good renders (a
cell whose hashes disagree among themselves, e.g. a rotating banner, is volatile and masked), a
reference thumbnail for SSIM, whether the normal page is dark, the trusted render-time origins,
third-party script hashes and the rendered text lines seen before.

Findings:
- ``visual change``: many stable cells changed (dHash far from every learned one AND low SSIM
  against the reference): structure only (``content=False``), at most 'suspicious';
- ``defacement imagery``: the page turned into a dark full screen with bright content centred on
  it while the normal page is not dark: content evidence; a large flag-like banner (a few uniform
  colour bands) or a mask/emblem-like blob centred on a dark background that the normal page does
  not show: weaker content evidence each (``visual_imagery``), that combines with the rest;
- ``rendered text``: a line only JavaScript shows that reads like a defacement signature: content;
- ``render origin``: scripts/frames from an origin never trusted and never named by the served
  HTML: weak content evidence (a tag manager's new vendor looks the same), discounted on redesign;
- ``script changed``: a third-party script whose content changed at the same URL: structure only.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.page import Page
from tamperwatch.detect.tuning import tuned
from tamperwatch.detect.visual_render import (
    line_key,
    render_origins,
    rendered_only_lines,
    third_party_scripts,
    unnamed_origins,
)
from tamperwatch.detect.vocabulary import VocabularyDetector
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

if TYPE_CHECKING:  # numpy and Pillow are imported only when a capture has a screenshot
    from tamperwatch.detect.visual_image import Grey
    from tamperwatch.detect.visual_imagery import Imagery, ImageryConfig

IMAGERY_TUNING = "visual_imagery"  # the name of the imagery traits' thresholds in detector_tuning


@dataclass(frozen=True, slots=True)
class VisualConfig:
    keep_hashes: int = 8  # learned hashes per cell
    min_renders: int = 2  # renders a cell needs before it can be stable
    stable_bits: int = 10  # a cell whose learned hashes all lie within this distance is stable ...
    stable_brightness: int = 24  # ... and whose mean brightness varies at most this much (0-255)
    changed_bits: int = 14  # a stable cell this far from every learned hash changed (unless SSIM is high) ...
    changed_ssim: float = 0.6  # ... or is this dissimilar to the reference
    similar_ssim: float = 0.85  # a cell far in dHash but this similar in SSIM did not change
    changed_share: float = 0.3  # share of stable cells that must change for a finding
    change_base: float = 0.2  # score of a visual change ...
    change_per_share: float = 0.4  # ... plus this times the share of stable cells changed ...
    change_max: float = 0.45  # ... at most this (structure alone: suspicious, never defaced)
    # Defacement imagery: a dark screen with centred content decides on its own; a flag-like banner or
    # a mask-like emblem alone is a hint (suspicious) that makes 'defaced' with other content evidence.
    dark: float = 0.6  # score of a dark full screen with content centred on it
    flag: float = 0.35  # score of a large flag-like banner of uniform colour bands
    emblem: float = 0.4  # score of a mask- or emblem-like symmetric shape centred on a dark screen
    text_score: float = 0.5  # vocabulary score a rendered-only line needs
    text_max: float = 0.95  # the most a rendered-only line scores
    new_origins: float = 0.35  # score of loads at render time from origins the page never named
    swapped_script: float = 0.3  # score of a third-party script whose content changed at the same URL
    max_lines: int = 3000  # rendered-only lines kept per site
    max_origins: int = 300  # render-time origins kept per site
    max_scripts: int = 200  # third-party script digests kept per site


# Defacement imagery: trait learned in the part (its score is the config field of the same name), reason.
IMAGERY = (
    ("dark", "the page became a dark full screen with content centred on it"),
    ("flag", "a large flag-like banner of uniform colour bands fills the screen"),
    ("emblem", "a mask- or emblem-like symmetric shape centred on a dark screen"),
)


class VisualDetector:
    name: ClassVar[str] = "visual"
    needs_history: ClassVar[bool] = True
    config_type: ClassVar[type[VisualConfig]] = VisualConfig

    def __init__(
        self,
        vocabulary: VocabularyDetector | None = None,
        config: VisualConfig | None = None,
        imagery: ImageryConfig | None = None,
    ) -> None:
        """``imagery``: the thresholds of the imagery traits (``visual_imagery``)."""
        self.vocabulary = vocabulary if vocabulary is not None else VocabularyDetector()
        self.config = config or VisualConfig()
        self.imagery_config = imagery

    @classmethod
    def from_settings(cls, settings: Settings) -> VisualDetector:
        if settings.detector_tuning.get(IMAGERY_TUNING):
            from tamperwatch.detect.visual_imagery import ImageryConfig

            imagery = tuned(settings, IMAGERY_TUNING, ImageryConfig())
            return cls(config=tuned(settings, cls.name, VisualConfig()), imagery=imagery)
        return cls(config=tuned(settings, cls.name, VisualConfig()))

    # --- learning -------------------------------------------------------------
    def learn(self, part: ProfilePart, page: Page) -> None:
        self._learn(part, page, trusted=False)

    def learn_trusted(self, part: ProfilePart, page: Page) -> None:
        self._learn(part, page, trusted=True)

    def operator_accept(self, part: ProfilePart, page: Page) -> None:
        part.clear()  # a new look: forget the old one
        self._learn(part, page, trusted=True)

    def _learn(self, part: ProfilePart, page: Page, trusted: bool) -> None:
        capture = page.capture
        if not capture.screenshot:
            return
        from tamperwatch.detect.visual_image import cells, dhash, thumbnails, to_bytes
        from tamperwatch.detect.visual_imagery import imagery

        c = self.config
        grey, rgb = thumbnails(capture.screenshot)
        learned: list[list[int]] = part.get("cells") or [[] for _ in cells(grey)]
        means: list[list[int]] = part.get("means") or [[] for _ in cells(grey)]
        for history, brightness, cell in zip(learned, means, cells(grey), strict=True):
            history.append(dhash(cell))
            brightness.append(round(float(cell.mean())))
            del history[: -c.keep_hashes], brightness[: -c.keep_hashes]
        part["cells"], part["means"] = learned, means
        part["thumb"] = base64.b64encode(to_bytes(grey)).decode()
        seen = imagery(grey, rgb, self.imagery_config)
        part["dark"] = bool(part.get("dark")) or seen.dark
        part["flag"] = bool(part.get("flag")) or seen.flag
        part["emblem"] = bool(part.get("emblem")) or seen.emblem
        part["renders"] = int(part.get("renders", 0)) + 1
        lines = set(part.get("lines", [])) | {line_key(x) for x in rendered_only_lines(capture)}
        part["lines"] = sorted(lines)[: c.max_lines]
        scripts = {**part.get("scripts", {}), **third_party_scripts(capture)}
        part["scripts"] = dict(list(scripts.items())[-c.max_scripts :])
        if trusted:
            part["origins"] = sorted(set(part.get("origins", [])) | render_origins(capture))[: c.max_origins]

    # --- detection ------------------------------------------------------------
    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        capture = page.capture
        if not capture.screenshot or not part.get("cells"):
            return []
        from tamperwatch.detect.visual_image import thumbnails
        from tamperwatch.detect.visual_imagery import imagery

        grey, rgb = thumbnails(capture.screenshot)
        change = self._change(part, grey)
        findings = [change] if change is not None else []
        findings.extend(self._imagery(part, imagery(grey, rgb, self.imagery_config)))
        findings.extend(self._rendered_text(part, page))
        findings.extend(self._origins(part, page))
        return findings

    def _change(self, part: ProfilePart, grey: Grey) -> Finding | None:
        from tamperwatch.detect.visual_image import cells, dhash, from_bytes, hamming, ssim

        c = self.config
        reference = cells(from_bytes(base64.b64decode(part["thumb"])))
        stable = changed = 0
        similarity: list[float] = []
        learned = zip(part["cells"], part["means"], cells(grey), reference, strict=True)
        for history, brightness, cell, ref in learned:
            if not _stable(history, brightness, c):
                continue  # volatile (or not seen twice): masked
            stable += 1
            cell_ssim = ssim(cell, ref)
            similarity.append(cell_ssim)
            far = min(hamming(dhash(cell), h) for h in history) > c.changed_bits
            if cell_ssim < c.changed_ssim or (far and cell_ssim < c.similar_ssim):
                changed += 1
        if not stable or changed / stable < c.changed_share:
            return None
        share = changed / stable
        mean_ssim = sum(similarity) / len(similarity)
        return Finding(
            self.name,
            round(min(c.change_max, c.change_base + c.change_per_share * share), 3),
            f"visual change: {changed} of {stable} stable screen regions changed (SSIM {mean_ssim:.2f})",
            content=False,
            evidence={"changed_regions": changed, "stable_regions": stable, "ssim": round(mean_ssim, 3)},
        )

    def _imagery(self, part: ProfilePart, seen: Imagery) -> list[Finding]:
        """The imagery traits this screenshot shows and the learned page does not."""
        shown = {"dark": seen.dark and seen.centred, "flag": seen.flag, "emblem": seen.emblem}
        return [
            Finding(
                self.name, getattr(self.config, trait), f"defacement imagery: {what}", evidence={trait: True}
            )
            for trait, what in IMAGERY
            if shown[trait] and not part.get(trait)
        ]

    def _rendered_text(self, part: ProfilePart, page: Page) -> list[Finding]:
        known = set(part.get("lines", []))
        hits = [
            (score, line)
            for line in rendered_only_lines(page.capture, page.max_chars)
            if line_key(line) not in known
            and (score := self.vocabulary.line_score(line)) >= self.config.text_score
        ]
        if not hits:
            return []
        score, line = max(hits)
        return [
            Finding(
                self.name,
                round(min(self.config.text_max, score), 3),
                f"text only the rendered page shows: {line[:120]!r}",
                evidence={"lines": [x for _, x in hits][:5]},
            )
        ]

    def _origins(self, part: ProfilePart, page: Page) -> list[Finding]:
        findings: list[Finding] = []
        trusted = set(part.get("origins", []))
        new = sorted(unnamed_origins(page.capture, render_origins(page.capture) - trusted))
        if new:
            findings.append(
                Finding(
                    self.name,
                    self.config.new_origins,
                    f"loaded at render time from origins the page never named: {', '.join(new[:5])}",
                    evidence={"origins": new[:20], "discount_on_structure": True},
                )
            )
        learned = part.get("scripts", {})
        swapped = sorted(
            url
            for url, digest in third_party_scripts(page.capture).items()
            if learned.get(url, digest) != digest
        )
        if swapped:
            findings.append(
                Finding(
                    self.name,
                    self.config.swapped_script,
                    f"third-party script content changed at the same URL: {', '.join(swapped[:3])}",
                    content=False,
                    evidence={"scripts": swapped[:20]},
                )
            )
        return findings


def _stable(hashes: list[int], brightness: list[int], config: VisualConfig) -> bool:
    """A cell is stable when its learned renders agree in shape (dHash) and in brightness."""
    if len(hashes) < config.min_renders:
        return False
    from tamperwatch.detect.visual_image import hamming

    shape = max(hamming(a, b) for a in hashes for b in hashes)
    return shape <= config.stable_bits and max(brightness) - min(brightness) <= config.stable_brightness
