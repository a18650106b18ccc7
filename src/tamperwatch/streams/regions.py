"""Regions of a stream to ignore (clock, ticker, logo, weather), in the stream's own pixels.

`ignore.json` is a list of `{"x": .., "y": .., "w": .., "h": ..}` boxes. Nothing inside them is matched
or read; the frozen check still looks at them (a running clock is what shows a picture is live)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

MAX_REGIONS = 64  # more boxes than this in one ignore file is a mistake, not a layout


@dataclass(frozen=True)
class Region:
    x: int
    y: int
    w: int
    h: int


class RegionError(ValueError):
    """An ignore file that cannot be read as a list of boxes."""


def parse_regions(data: object) -> tuple[Region, ...]:
    if not isinstance(data, list):
        raise RegionError("ignore regions: expected a list of {x, y, w, h} boxes")
    if len(data) > MAX_REGIONS:
        raise RegionError(f"ignore regions: {len(data)} boxes, at most {MAX_REGIONS}")
    out = []
    for i, box in enumerate(data):
        if not isinstance(box, dict):
            raise RegionError(f"ignore regions: entry {i} is not an object")
        try:
            vals = [box[k] for k in ("x", "y", "w", "h")]
        except KeyError as exc:
            raise RegionError(f"ignore regions: entry {i} has no {exc.args[0]}") from None
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in vals):
            raise RegionError(f"ignore regions: entry {i} has a value that is not a number")
        x, y, w, h = (round(float(v)) for v in vals)
        if w <= 0 or h <= 0:
            raise RegionError(f"ignore regions: entry {i} is empty")
        out.append(Region(x, y, w, h))
    return tuple(out)


def load_regions(path: Path) -> tuple[Region, ...]:
    if not path.is_file():
        return ()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RegionError(f"{path}: {exc}") from exc
    return parse_regions(data)


def keep_mask(
    regions: tuple[Region, ...], width: int, height: int, work_w: int, work_h: int
) -> npt.NDArray[np.uint8]:
    """255 where a pixel of the work-size picture is looked at, 0 inside an ignored region."""
    mask = np.full((work_h, work_w), 255, np.uint8)
    sx, sy = work_w / width, work_h / height
    for r in regions:
        x0, y0 = max(0, int(r.x * sx)), max(0, int(r.y * sy))
        x1, y1 = min(work_w, int(np.ceil((r.x + r.w) * sx))), min(work_h, int(np.ceil((r.y + r.h) * sy)))
        if x1 > x0 and y1 > y0:
            mask[y0:y1, x0:x1] = 0
    return mask
