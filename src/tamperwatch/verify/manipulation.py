"""Signs of editing in the screenshot file itself: weak evidence, reported, never decisive.

- An image editor named in the ``Software`` tag (Photoshop, GIMP, paint.net, Snapseed, ...).
  Claimants of real defacements crop and annotate too: worth saying, not worth a verdict.
- A creation or modification time in the file: after the claimed time is normal (the shot was
  posted later), long before it means the picture existed before the claimed defacement.
- JPEG error level: a region re-saved fewer times than the rest (pasted in after the last save
  of the rest) recompresses differently. ``error_levels`` measures it per region.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import numpy as np

from tamperwatch.verify.claim import Finding
from tamperwatch.verify.compare import Region
from tamperwatch.verify.metadata import read_metadata

EDITOR_CONFIDENCE = 0.2
EARLY_TIME = timedelta(hours=1)  # a file time this much before the claimed time is suspicious
EARLY_CONFIDENCE = 0.6
ELA_QUALITY = 90  # JPEG quality of the re-save for error-level analysis
ELA_RATIO = 1.5  # a region this many times above (or below) the picture's error level stands out
ELA_CONFIDENCE = 0.3


def metadata_findings(screenshot: bytes, claimed: datetime) -> list[Finding]:
    meta = read_metadata(screenshot)
    out: list[Finding] = []
    if meta.editor:
        out.append(
            Finding(
                "metadata-editor",
                EDITOR_CONFIDENCE,
                f"the file names an image editor ({meta.editor}); cropping and annotating are common, "
                "so this alone "
                "shows nothing",
                {"software": meta.software},
            )
        )
    for when in meta.times:
        if when < claimed - EARLY_TIME:
            out.append(
                Finding(
                    "metadata-time",
                    EARLY_CONFIDENCE,
                    f"the file says it was made at {when:%Y-%m-%d %H:%M} UTC, before the claimed time",
                    {"time": when.isoformat()},
                )
            )
    return out


def error_levels(screenshot: bytes, regions: list[Region]) -> list[float]:
    """For each region, its mean JPEG error level over the picture's mean (1.0: like the rest;
    well above: the region recompresses unlike the rest). Empty for a non-JPEG."""
    from PIL import Image

    with Image.open(io.BytesIO(screenshot)) as image:
        if image.format != "JPEG":
            return []
        rgb = image.convert("RGB")
    buf = io.BytesIO()
    rgb.save(buf, "JPEG", quality=ELA_QUALITY)
    resaved = np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("L"), np.float32)
    original = np.asarray(rgb.convert("L"), np.float32)
    levels = np.abs(original - resaved)
    overall = float(levels.mean()) or 1e-6
    out = []
    for r in regions:
        part = levels[r.y : r.y + r.h, r.x : r.x + r.w]
        out.append(float(part.mean()) / overall if part.size else 1.0)
    return out


def error_level_findings(screenshot: bytes, regions: list[Region]) -> list[Finding]:
    """A weak finding for each differing region whose JPEG error level stands out from the rest."""
    out = []
    for region, level in zip(regions, error_levels(screenshot, regions), strict=False):
        if level >= ELA_RATIO or level <= 1 / ELA_RATIO:
            out.append(
                Finding(
                    "error-level",
                    ELA_CONFIDENCE,
                    f"the region at x={region.x} y={region.y} recompresses {level:.1f}x unlike the rest "
                    "of the picture (it was saved a different number of times): weak evidence of pasting",
                    {"ratio": round(level, 2)},
                )
            )
    return out
