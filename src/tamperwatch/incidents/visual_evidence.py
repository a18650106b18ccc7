"""Visual evidence of an incident: the before and after screenshots and a diff image marking the
regions that changed (red boxes over a dimmed copy of the after screenshot), all PNG.

The after screenshot sets the size; the before one is scaled to it. Regions are cells of
``cell_px`` pixels whose mean grey difference exceeds ``threshold`` (0-255), merged per cell.
"""

from __future__ import annotations

import io
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

Box = tuple[int, int, int, int]  # left, top, right, bottom (pixels of the after screenshot)


@dataclass(frozen=True, slots=True)
class VisualEvidence:
    before: bytes
    after: bytes
    diff: bytes
    regions: tuple[Box, ...]

    @property
    def changed_share(self) -> float:
        """Share of the after screenshot's area inside changed regions."""
        with Image.open(io.BytesIO(self.after)) as image:
            width, height = image.size
        area = sum((r - left) * (b - top) for left, top, r, b in self.regions)
        return area / float(width * height) if width and height else 0.0


def _open(png: bytes) -> Image.Image:
    try:
        with Image.open(io.BytesIO(png)) as image:
            return image.convert("RGB")
    except (OSError, Image.DecompressionBombError) as exc:
        raise ValueError(f"unreadable screenshot: {exc}") from exc


def changed_regions(
    before: Image.Image, after: Image.Image, cell_px: int = 32, threshold: float = 12.0
) -> list[Box]:
    grey_after = np.asarray(after.convert("L"), dtype=np.float64)
    grey_before = np.asarray(before.convert("L").resize(after.size), dtype=np.float64)
    difference = np.abs(grey_after - grey_before)
    height, width = difference.shape
    boxes: list[Box] = []
    for top in range(0, height, cell_px):
        for left in range(0, width, cell_px):
            block = difference[top : top + cell_px, left : left + cell_px]
            if float(block.mean()) > threshold:
                boxes.append((left, top, min(left + cell_px, width), min(top + cell_px, height)))
    return boxes


def visual_evidence(
    before_png: bytes, after_png: bytes, cell_px: int = 32, threshold: float = 12.0
) -> VisualEvidence:
    """Before, after and a diff image marking changed regions. Raises ValueError on unreadable PNGs."""
    before, after = _open(before_png), _open(after_png)
    regions = changed_regions(before, after, cell_px, threshold)
    marked = Image.blend(after, Image.new("RGB", after.size, (255, 255, 255)), 0.5)
    draw = ImageDraw.Draw(marked, "RGBA")
    for box in regions:
        draw.rectangle(box, fill=(255, 0, 0, 70))
    for left, top, right, bottom in _outline(regions, cell_px):
        draw.rectangle((left, top, right - 1, bottom - 1), outline=(220, 0, 0, 255), width=2)
    out = io.BytesIO()
    marked.save(out, format="PNG", optimize=True)
    return VisualEvidence(before_png, after_png, out.getvalue(), tuple(regions))


def _outline(regions: list[Box], cell_px: int) -> list[Box]:
    """Bounding boxes of horizontally adjacent changed cells (fewer, larger outlines)."""
    merged: list[Box] = []
    for box in sorted(regions, key=lambda b: (b[1], b[0])):
        if merged and merged[-1][1] == box[1] and merged[-1][2] == box[0]:
            left, top, _, bottom = merged[-1]
            merged[-1] = (left, top, box[2], bottom)
        else:
            merged.append(box)
    return merged


async def store_visual_evidence(
    put: Callable[[bytes], Awaitable[str]], before_png: bytes, after_png: bytes
) -> dict[str, Any]:
    """Put before, after and diff PNGs in the blob store; the incident evidence entries to keep.

    ``put`` stores one blob (``archive.put_blob``, ``BlobStore.put``). ``blobs`` lists the hashes
    so retention never prunes them (as for capture bodies).
    Unreadable screenshots give ``{"visual_error": why}`` instead: evidence never breaks a check.
    """
    try:
        evidence = visual_evidence(before_png, after_png)
    except ValueError as exc:
        return {"visual_error": str(exc)}
    hashes = [await put(png) for png in (evidence.before, evidence.after, evidence.diff)]
    return {
        "screenshot_before": hashes[0],
        "screenshot_after": hashes[1],
        "screenshot_diff": hashes[2],
        "changed_regions": [list(box) for box in evidence.regions],
        "blobs": hashes,
    }
