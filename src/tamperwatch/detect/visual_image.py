"""Image features of a screenshot for the visual detector: a fixed-size grey thumbnail cut into a
grid of cells, a difference hash (dHash) per cell and per-cell SSIM (the traits of defacement
imagery are in ``visual_imagery``, on the colour thumbnail decoded with the grey one).

Everything works on a 128x80 thumbnail (8 x 5 cells of 16 x 16 px), so screenshots of any
viewport compare, and the reference kept in a profile stays small (10 KB).
"""

from __future__ import annotations

import io

import numpy as np
from numpy.typing import NDArray
from PIL import Image

THUMB_W, THUMB_H = 128, 80
CELL = 16
DRAFT_SCALE = 4  # a large screenshot is decoded at no more than this multiple of the thumbnail's size
SSIM_K1, SSIM_K2 = 0.01, 0.03  # the SSIM formula's stabilising constants (of the 0-255 range)
COLS, ROWS = THUMB_W // CELL, THUMB_H // CELL
Grey = NDArray[np.float64]  # THUMB_H x THUMB_W
Colour = NDArray[np.float64]  # THUMB_H x THUMB_W x 3 (RGB)


def thumbnails(png: bytes) -> tuple[Grey, Colour]:
    """The screenshot as THUMB_W x THUMB_H grey and RGB images (0-255), decoded once.

    Raises ValueError if unreadable.
    """
    try:
        with Image.open(io.BytesIO(png)) as image:
            image.draft("RGB", (THUMB_W * DRAFT_SCALE, THUMB_H * DRAFT_SCALE))
            small = image.convert("RGB").resize((THUMB_W, THUMB_H), Image.Resampling.BOX)
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ValueError(f"unreadable screenshot: {exc}") from exc
    return np.asarray(small.convert("L"), dtype=np.float64), np.asarray(small, dtype=np.float64)


def thumbnail(png: bytes) -> Grey:
    """The screenshot as a THUMB_W x THUMB_H grey image, values 0-255. Raises ValueError if unreadable."""
    return thumbnails(png)[0]


def to_bytes(grey: Grey) -> bytes:
    return bytes(np.clip(grey, 0, 255).astype(np.uint8).tobytes())


def from_bytes(data: bytes) -> Grey:
    return np.frombuffer(data, dtype=np.uint8).astype(np.float64).reshape(THUMB_H, THUMB_W)


def cells(grey: Grey) -> list[Grey]:
    """The grid cells, row by row."""
    return [
        grey[r * CELL : (r + 1) * CELL, c * CELL : (c + 1) * CELL] for r in range(ROWS) for c in range(COLS)
    ]


def dhash(cell: Grey) -> int:
    """64-bit difference hash: is each of 8 x 8 samples brighter than its right neighbour."""
    image = Image.fromarray(cell.astype(np.uint8)).resize((9, 8), Image.Resampling.BOX)
    pixels = np.asarray(image, dtype=np.int16)
    bits = (pixels[:, 1:] > pixels[:, :-1]).flatten()
    return int(sum(1 << i for i, bit in enumerate(bits) if bit))


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def ssim(a: Grey, b: Grey) -> float:
    """Structural similarity of two equally sized grey patches (one window), 1.0 = identical."""
    c1, c2 = (SSIM_K1 * 255) ** 2, (SSIM_K2 * 255) ** 2
    mu_a, mu_b = a.mean(), b.mean()
    var_a, var_b = a.var(), b.var()
    cov = ((a - mu_a) * (b - mu_b)).mean()
    return float(
        ((2 * mu_a * mu_b + c1) * (2 * cov + c2)) / ((mu_a**2 + mu_b**2 + c1) * (var_a + var_b + c2))
    )
