"""Traits of defacement imagery on a screenshot's thumbnails (grey and RGB, 128 x 80):

- ``dark`` / ``centred``: a near-black full screen with bright content centred on it;
- ``flag``: two to five uniform colour bands of similar thickness, horizontal or vertical, stacked
  edge to edge into one large rectangle around the middle of the screen, in two saturated colours
  (or one among three colours): a flag banner or a full-screen flag. No flag is known by its
  colours; a flag of one colour and white reads like a coloured section and is not counted;
- ``emblem``: a large bright, colourless, left-right symmetric, compact blob centred on a dark
  background (a mask or face, a skull, an emblem).

Each is judged on one screenshot; the detector compares with what the learned page looked like
(a site that is dark, or shows such a banner, every day is not defaced by it).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tamperwatch.detect.visual_image import Colour, Grey

DARK_LEVEL = 60  # grey level below which a pixel is near black
BAND_TOLERANCE = 28.0  # RGB distance within which pixels belong to the same band
BAND_CONTRAST = 60.0  # neighbouring bands differ at least this much
EDGE_SLACK = 3  # px (thumbnail) by which band edges may differ
MIN_BAND_ROWS = 3
MAX_BANDS = 5
EVEN_BANDS = 0.4  # the thinnest band of a flag is at least this share of the thickest
FLAG_SHARE = 0.3  # the banner covers this share of the screen at least
SATURATED = 0.45  # HSV saturation of a 'saturated' colour (value >= 80)
EMBLEM_SHARE = (0.04, 0.6)  # the emblem's box covers this share of the screen
EMBLEM_SYMMETRY = 0.7  # IoU of the emblem with its mirror image


@dataclass(frozen=True, slots=True)
class Imagery:
    dark: bool  # most of the screen is near black
    centred: bool  # the bright content of a dark screen sits in the middle, away from the edges
    flag: bool = False
    emblem: bool = False


@dataclass(frozen=True, slots=True)
class Band:
    start: int  # first row (or column)
    end: int  # one past the last
    left: int  # extent across the band
    right: int
    colour: tuple[float, float, float]


def imagery(grey: Grey, rgb: Colour) -> Imagery:
    dark, centred = _dark_centred(grey)
    return Imagery(dark, centred, flag=is_flag(rgb), emblem=is_emblem(grey, rgb))


def _dark_centred(grey: Grey) -> tuple[bool, bool]:
    h, w = grey.shape
    dark_share = float((grey < DARK_LEVEL).mean())
    bright = grey > float(np.median(grey)) + 40  # content standing out from the background
    if dark_share < 0.75 or not bright.any():
        return dark_share >= 0.75, False
    rows, cols = np.nonzero(bright)
    centre_x, centre_y = float(cols.mean()) / w, float(rows.mean()) / h
    left, right = float(cols.min()) / w, float(cols.max()) / w
    return True, abs(centre_x - 0.5) < 0.15 and 0.2 < centre_y < 0.8 and left > 0.05 and right < 0.95


def saturation(rgb: Colour) -> Colour:
    top, low = rgb.max(axis=-1), rgb.min(axis=-1)
    return np.where(top >= 80, (top - low) / np.maximum(top, 1.0), 0.0)


def is_flag(rgb: Colour) -> bool:
    """Horizontal bands (rows) or vertical ones (the image transposed)."""
    return _flag_in(rgb) or _flag_in(rgb.transpose(1, 0, 2))


def _runs(rgb: Colour) -> list[tuple[int, int, tuple[float, float, float]]]:
    """Per row: the run of pixels around the middle column with the middle pixel's colour."""
    width, centre = rgb.shape[1], rgb.shape[1] // 2
    refs = rgb[:, centre]
    far = np.linalg.norm(rgb - refs[:, None, :], axis=2) >= BAND_TOLERANCE
    before, after = far[:, :centre][:, ::-1], far[:, centre + 1 :]
    lefts = np.where(before.any(axis=1), centre - before.argmax(axis=1), 0)
    rights = np.where(after.any(axis=1), centre + 1 + after.argmax(axis=1), width)
    return [
        (int(left), int(right), (float(r), float(g), float(b)))
        for left, right, (r, g, b) in zip(lefts, rights, refs, strict=True)
    ]


def _distance(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    return float(np.linalg.norm(np.subtract(a, b)))


def bands(rgb: Colour) -> list[Band]:
    """Consecutive rows of one colour around the middle, at least MIN_BAND_ROWS high; a band's extent
    is the part all its rows share (a white band of a flag on a white page ends with the flag)."""
    found: list[Band] = []
    start = 0
    runs = _runs(rgb)
    for y in range(1, len(runs) + 1):
        if y < len(runs) and _distance(runs[start][2], runs[y][2]) < BAND_TOLERANCE:
            continue
        if y - start >= MIN_BAND_ROWS:
            left = max(r[0] for r in runs[start:y])
            right = min(r[1] for r in runs[start:y])
            found.append(Band(start, y, left, right, runs[start + (y - start) // 2][2]))
        start = y
    return found


def _flag_in(rgb: Colour) -> bool:
    """Whether some 2-5 neighbouring bands form a flag (every such window is tried; there are few bands)."""
    height, width = rgb.shape[:2]
    found = bands(rgb)
    for first in range(len(found)):
        for last in range(first + 1, min(first + MAX_BANDS, len(found))):
            if not _continues(found[last - 1], found[last]):
                break
            if _flag_like(found[first : last + 1], height, width):
                return True
    return False


def _continues(above: Band, below: Band) -> bool:
    """``below`` starts where ``above`` ends (a blended row between allowed), in another colour."""
    return below.start - above.end <= 2 and _distance(above.colour, below.colour) >= BAND_CONTRAST


def _flag_like(group: list[Band], height: int, width: int) -> bool:
    """2-5 bands of similar size forming a large rectangle near the middle (their common extent, edged
    by at least two of them) in two saturated colours, or one saturated among three colours (one
    colour on white or black, e.g. a brand-colour section of a plain page, does not count)."""
    top, bottom = group[0].start, group[-1].end
    left, right = max(b.left for b in group), min(b.right for b in group)
    edged = [b for b in group if abs(b.left - left) <= EDGE_SLACK and abs(b.right - right) <= EDGE_SLACK]
    if len(edged) < 2 or (bottom - top) * (right - left) < FLAG_SHARE * height * width:
        return False
    if (
        abs((left + right) / 2 - width / 2) > 0.15 * width
        or abs((top + bottom) / 2 - height / 2) > 0.25 * height
    ):
        return False
    sizes = [b.end - b.start for b in group]
    if min(sizes) < EVEN_BANDS * max(sizes):
        return False  # a header bar over a page, not the even bands of a flag
    colours = _distinct([b.colour for b in group])
    saturated = int((saturation(np.array(colours)) >= SATURATED).sum())
    return saturated >= 2 or (saturated == 1 and len(colours) >= 3)


def _distinct(colours: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    kept: list[tuple[float, float, float]] = []
    for colour in colours:
        if all(_distance(colour, k) >= BAND_CONTRAST for k in kept):
            kept.append(colour)
    return kept


def is_emblem(grey: Grey, rgb: Colour) -> bool:
    h, w = grey.shape
    frame = np.concatenate(
        [
            grey[: h // 10].ravel(),
            grey[-h // 10 :].ravel(),
            grey[:, : w // 10].ravel(),
            grey[:, -w // 10 :].ravel(),
        ]
    )
    if float((frame < DARK_LEVEL).mean()) < 0.9:
        return False  # not on a dark background
    bright = (grey > 140) & (saturation(rgb) < 0.3)
    if not bright.any():
        return False
    rows, cols = np.nonzero(bright)
    top, bottom, left, right = int(rows.min()), int(rows.max()) + 1, int(cols.min()), int(cols.max()) + 1
    box_h, box_w = bottom - top, right - left
    share = box_h * box_w / (h * w)
    if not EMBLEM_SHARE[0] <= share <= EMBLEM_SHARE[1] or not 0.5 <= box_w / box_h <= 1.6:
        return False  # too small, too big, or a line of text
    if abs((left + right) / 2 - w / 2) > 0.15 * w or abs((top + bottom) / 2 - h / 2) > 0.2 * h:
        return False
    blob = bright[top:bottom, left:right]
    if float(blob.mean()) < 0.35:
        return False  # scattered (text), not one shape
    mirrored = blob[:, ::-1]
    return float((blob & mirrored).sum()) / float((blob | mirrored).sum()) >= EMBLEM_SYMMETRY
