"""How a screenshot differs from an aligned archived render: which parts match, which regions do not.

Both pictures are compared in the screenshot's frame at a working width, grey, slightly blurred
(JPEG blocks, resampling and sub-pixel text placement then cancel out), tile by tile. A tile
*differs* when enough of its pixels differ strongly; only tiles with something on them (text,
edges) count towards the matched share, so blank margins prove nothing either way. Differing
tiles that touch form regions; differences confined to a thin strip at the very top are a phone's
status bar (its clock and battery drawn over the page).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from tamperwatch.verify.align import Alignment
from tamperwatch.verify.images import Gray, scaled


@dataclass(frozen=True, slots=True)
class CompareConfig:
    work_width: int = 800  # the screenshot is compared at this width (or its own, if smaller)
    blur_px: int = 5  # Gaussian kernel before differencing
    tile_px: int = 16
    pixel_diff: int = 48  # grey levels: a pixel differs beyond this
    tile_diff_share: float = 0.12  # a tile differs when this share of its pixels differ
    tile_texture: float = 6.0  # grey-level standard deviation that makes a tile informative
    min_region_share: float = 0.004  # smallest region reported, as a share of the screenshot
    status_bar_share: float = (
        0.08  # differences only in a top strip this tall (share of height): a status bar
    )


@dataclass(frozen=True, slots=True)
class Region:
    """A box in the screenshot's pixels, and what share of the screenshot it covers."""

    x: int
    y: int
    w: int
    h: int
    share: float
    kind: str = "differs"  # "differs", "status-bar"


@dataclass(frozen=True, slots=True)
class Comparison:
    matched: float  # share of informative overlapping tiles that match
    overlap: float  # share of the screenshot the render covers
    informative: int  # informative tiles compared
    regions: tuple[Region, ...] = field(default=())
    ignored: tuple[Region, ...] = field(default=())  # status bars

    @property
    def differing_share(self) -> float:
        return sum(r.share for r in self.regions)


def compare(
    shot: Gray, render: Gray, alignment: Alignment, config: CompareConfig = CompareConfig()
) -> Comparison:
    import cv2

    factor = min(1.0, config.work_width / max(1, shot.shape[1]))
    small = scaled(shot, factor)
    h, w = small.shape[:2]
    matrix = alignment.matrix * factor
    warped = cv2.warpAffine(render, matrix, (w, h), flags=cv2.INTER_AREA, borderValue=0)
    inside = cv2.warpAffine(np.full(render.shape[:2], 255, np.uint8), matrix, (w, h), flags=cv2.INTER_NEAREST)
    k = config.blur_px | 1
    a = cv2.GaussianBlur(small, (k, k), 0).astype(np.int16)
    b = cv2.GaussianBlur(warped, (k, k), 0).astype(np.int16)
    differs = (np.abs(a - b) > config.pixel_diff) & (inside > 0)
    t = config.tile_px
    rows, cols = h // t, w // t
    if rows == 0 or cols == 0:
        return Comparison(0.0, 0.0, 0)
    crop = (slice(0, rows * t), slice(0, cols * t))
    tile_diff = _tiles(differs[crop].astype(np.float32), rows, cols, t).mean(axis=(1, 3))
    tile_in = _tiles((inside[crop] > 0).astype(np.float32), rows, cols, t).mean(axis=(1, 3)) > 0.99
    texture = np.maximum(
        _tiles(small[crop].astype(np.float32), rows, cols, t).std(axis=(1, 3)),
        _tiles(warped[crop].astype(np.float32), rows, cols, t).std(axis=(1, 3)),
    )
    informative = tile_in & (texture > config.tile_texture)
    bad = informative & (tile_diff > config.tile_diff_share)
    n_info = int(informative.sum())
    matched = float(1.0 - bad.sum() / n_info) if n_info else 0.0
    regions, ignored = _regions(bad, t, factor, (rows, cols), config)
    return Comparison(matched, float(tile_in.mean()), n_info, tuple(regions), tuple(ignored))


def _tiles(array: npt.NDArray[np.float32], rows: int, cols: int, t: int) -> npt.NDArray[np.float32]:
    return array.reshape(rows, t, cols, t)


def _regions(
    bad: npt.NDArray[np.bool_], t: int, factor: float, grid: tuple[int, int], config: CompareConfig
) -> tuple[list[Region], list[Region]]:
    import cv2

    rows, cols = grid
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(bad.astype(np.uint8), connectivity=8)
    regions: list[Region] = []
    ignored: list[Region] = []
    for i in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[i])
        share = area / (rows * cols)
        box = Region(
            round(x * t / factor), round(y * t / factor), round(w * t / factor), round(h * t / factor), share
        )
        if y == 0 and y + h <= max(1, config.status_bar_share * rows):
            ignored.append(Region(box.x, box.y, box.w, box.h, share, "status-bar"))
        elif share >= config.min_region_share:
            regions.append(box)
    regions.sort(key=lambda r: -r.share)
    return regions, ignored
