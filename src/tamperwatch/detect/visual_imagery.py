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


@dataclass(frozen=True, slots=True)
class ImageryConfig:
    dark_level: int = 60  # grey level below which a pixel is near black
    dark_share: float = 0.75  # share of near-black pixels that makes a dark screen
    bright_above: float = 40.0  # grey levels above the median that make content stand out
    centre_slack: float = 0.15  # centred content: its centre within this share of the width of the middle ...
    centre_top: float = 0.2  # ... its centre below this share of the height ...
    centre_bottom: float = 0.8  # ... and above this one ...
    content_left: float = 0.05  # ... its left edge right of this share of the width ...
    content_right: float = 0.95  # ... and its right edge left of this one
    band_tolerance: float = 28.0  # RGB distance within which pixels belong to the same band
    band_contrast: float = 60.0  # neighbouring bands differ at least this much
    band_gap: int = 2  # rows (blended) allowed between neighbouring bands
    edge_slack: int = 3  # px (thumbnail) by which band edges may differ
    min_band_rows: int = 3  # rows (or columns) a band needs
    max_bands: int = 5  # bands a flag has at most
    even_bands: float = 0.4  # the thinnest band of a flag is at least this share of the thickest
    flag_share: float = 0.3  # the banner covers this share of the screen at least
    flag_slack_x: float = 0.15  # the banner's centre lies within this share of the width of the middle ...
    flag_slack_y: float = 0.25  # ... and within this share of the height
    saturated: float = 0.45  # HSV saturation of a 'saturated' colour ...
    saturated_value: float = 80.0  # ... whose HSV value is at least this (0-255)
    flag_colours: int = 2  # saturated colours that make a flag (one saturated among three does too)
    frame_part: int = 10  # the emblem's dark frame: this part of the height and width at each edge ...
    frame_dark: float = 0.9  # ... is at least this share near black
    emblem_level: float = 140.0  # grey level of the emblem's pixels (above) ...
    emblem_saturation: float = 0.3  # ... and their saturation (below: colourless)
    emblem_share_min: float = 0.04  # the emblem's box covers at least this share of the screen ...
    emblem_share_max: float = 0.6  # ... and at most this one
    emblem_aspect_min: float = 0.5  # its width over height is at least this ...
    emblem_aspect_max: float = 1.6  # ... and at most this (not a line of text)
    emblem_slack_x: float = 0.15  # its centre lies within this share of the width of the middle ...
    emblem_slack_y: float = 0.2  # ... and within this share of the height
    emblem_fill: float = 0.35  # share of its box it fills (one shape, not scattered text)
    emblem_symmetry: float = 0.7  # IoU of the emblem with its mirror image


_DEFAULT = ImageryConfig()


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


def imagery(grey: Grey, rgb: Colour, config: ImageryConfig | None = None) -> Imagery:
    c = config or _DEFAULT
    dark, centred = _dark_centred(grey, c)
    return Imagery(dark, centred, flag=is_flag(rgb, c), emblem=is_emblem(grey, rgb, c))


def _dark_centred(grey: Grey, c: ImageryConfig) -> tuple[bool, bool]:
    h, w = grey.shape
    dark_share = float((grey < c.dark_level).mean())
    bright = grey > float(np.median(grey)) + c.bright_above  # content standing out from the background
    if dark_share < c.dark_share or not bright.any():
        return dark_share >= c.dark_share, False
    rows, cols = np.nonzero(bright)
    centre_x, centre_y = float(cols.mean()) / w, float(rows.mean()) / h
    left, right = float(cols.min()) / w, float(cols.max()) / w
    middle = abs(centre_x - 0.5) < c.centre_slack and c.centre_top < centre_y < c.centre_bottom
    return True, middle and left > c.content_left and right < c.content_right


def saturation(rgb: Colour, min_value: float = _DEFAULT.saturated_value) -> Colour:
    top, low = rgb.max(axis=-1), rgb.min(axis=-1)
    return np.where(top >= min_value, (top - low) / np.maximum(top, 1.0), 0.0)


def is_flag(rgb: Colour, config: ImageryConfig = _DEFAULT) -> bool:
    """Horizontal bands (rows) or vertical ones (the image transposed)."""
    return _flag_in(rgb, config) or _flag_in(rgb.transpose(1, 0, 2), config)


def _runs(rgb: Colour, c: ImageryConfig) -> list[tuple[int, int, tuple[float, float, float]]]:
    """Per row: the run of pixels around the middle column with the middle pixel's colour."""
    width, centre = rgb.shape[1], rgb.shape[1] // 2
    refs = rgb[:, centre]
    far = np.linalg.norm(rgb - refs[:, None, :], axis=2) >= c.band_tolerance
    before, after = far[:, :centre][:, ::-1], far[:, centre + 1 :]
    lefts = np.where(before.any(axis=1), centre - before.argmax(axis=1), 0)
    rights = np.where(after.any(axis=1), centre + 1 + after.argmax(axis=1), width)
    return [
        (int(left), int(right), (float(r), float(g), float(b)))
        for left, right, (r, g, b) in zip(lefts, rights, refs, strict=True)
    ]


def _distance(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    return float(np.linalg.norm(np.subtract(a, b)))


def bands(rgb: Colour, config: ImageryConfig = _DEFAULT) -> list[Band]:
    """Consecutive rows of one colour around the middle, at least ``min_band_rows`` high; a band's
    extent is the part all its rows share (a white band of a flag on a white page ends with the flag)."""
    c = config
    found: list[Band] = []
    start = 0
    runs = _runs(rgb, c)
    for y in range(1, len(runs) + 1):
        if y < len(runs) and _distance(runs[start][2], runs[y][2]) < c.band_tolerance:
            continue
        if y - start >= c.min_band_rows:
            left = max(r[0] for r in runs[start:y])
            right = min(r[1] for r in runs[start:y])
            found.append(Band(start, y, left, right, runs[start + (y - start) // 2][2]))
        start = y
    return found


def _flag_in(rgb: Colour, c: ImageryConfig) -> bool:
    """Whether some 2-5 neighbouring bands form a flag (every such window is tried; there are few bands)."""
    height, width = rgb.shape[:2]
    found = bands(rgb, c)
    for first in range(len(found)):
        for last in range(first + 1, min(first + c.max_bands, len(found))):
            if not _continues(found[last - 1], found[last], c):
                break
            if _flag_like(found[first : last + 1], height, width, c):
                return True
    return False


def _continues(above: Band, below: Band, c: ImageryConfig) -> bool:
    """``below`` starts where ``above`` ends (a blended row between allowed), in another colour."""
    return below.start - above.end <= c.band_gap and _distance(above.colour, below.colour) >= c.band_contrast


def _flag_like(group: list[Band], height: int, width: int, c: ImageryConfig) -> bool:
    """2-5 bands of similar size forming a large rectangle near the middle (their common extent, edged
    by at least two of them) in two saturated colours, or one saturated among three colours (one
    colour on white or black, e.g. a brand-colour section of a plain page, does not count)."""
    top, bottom = group[0].start, group[-1].end
    left, right = max(b.left for b in group), min(b.right for b in group)
    edged = [b for b in group if abs(b.left - left) <= c.edge_slack and abs(b.right - right) <= c.edge_slack]
    if len(edged) < 2 or (bottom - top) * (right - left) < c.flag_share * height * width:
        return False
    if (
        abs((left + right) / 2 - width / 2) > c.flag_slack_x * width
        or abs((top + bottom) / 2 - height / 2) > c.flag_slack_y * height
    ):
        return False
    sizes = [b.end - b.start for b in group]
    if min(sizes) < c.even_bands * max(sizes):
        return False  # a header bar over a page, not the even bands of a flag
    colours = _distinct([b.colour for b in group], c)
    saturated = int((saturation(np.array(colours), c.saturated_value) >= c.saturated).sum())
    return saturated >= c.flag_colours or (saturated == 1 and len(colours) >= 3)


def _distinct(
    colours: list[tuple[float, float, float]], c: ImageryConfig
) -> list[tuple[float, float, float]]:
    kept: list[tuple[float, float, float]] = []
    for colour in colours:
        if all(_distance(colour, k) >= c.band_contrast for k in kept):
            kept.append(colour)
    return kept


def is_emblem(grey: Grey, rgb: Colour, config: ImageryConfig = _DEFAULT) -> bool:
    c = config
    h, w = grey.shape
    edge_h, edge_w = h // c.frame_part, w // c.frame_part
    frame = np.concatenate(
        [
            grey[:edge_h].ravel(),
            grey[-h // c.frame_part :].ravel(),
            grey[:, :edge_w].ravel(),
            grey[:, -w // c.frame_part :].ravel(),
        ]
    )
    if float((frame < c.dark_level).mean()) < c.frame_dark:
        return False  # not on a dark background
    bright = (grey > c.emblem_level) & (saturation(rgb, c.saturated_value) < c.emblem_saturation)
    if not bright.any():
        return False
    rows, cols = np.nonzero(bright)
    top, bottom, left, right = int(rows.min()), int(rows.max()) + 1, int(cols.min()), int(cols.max()) + 1
    box_h, box_w = bottom - top, right - left
    share = box_h * box_w / (h * w)
    if not c.emblem_share_min <= share <= c.emblem_share_max:
        return False  # too small or too big
    if not c.emblem_aspect_min <= box_w / box_h <= c.emblem_aspect_max:
        return False  # a line of text
    if (
        abs((left + right) / 2 - w / 2) > c.emblem_slack_x * w
        or abs((top + bottom) / 2 - h / 2) > c.emblem_slack_y * h
    ):
        return False
    blob = bright[top:bottom, left:right]
    if float(blob.mean()) < c.emblem_fill:
        return False  # scattered (text), not one shape
    mirrored = blob[:, ::-1]
    return float((blob & mirrored).sum()) / float((blob | mirrored).sum()) >= c.emblem_symmetry
