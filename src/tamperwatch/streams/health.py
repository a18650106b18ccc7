"""Picture health: black and frozen frames (never `defaced`: an outage looks like this too).

Black follows ffmpeg's blackdetect: a picture is black when at least `BLACK_PICTURE` of its looked-at
pixels are darker than `BLACK_PIXEL` (ignored regions such as a clock left running on black do not
count). Frozen follows freezedetect: no 16x16 block of the whole picture, clock and ticker included,
changed by more than `FROZEN_LEVEL` grey levels on average since the previous sample."""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from tamperwatch.streams.fingerprint import Gray

BLACK_PIXEL = 0.10 * 255  # blackdetect pix_th
BLACK_PICTURE = 0.98  # blackdetect pic_th
FROZEN_BLOCK = 16  # work pixels
FROZEN_LEVEL = 3.0  # grey levels; re-encoding a still picture moves a block by about 1


def dark_share(gray: Gray, keep: npt.NDArray[np.uint8]) -> float:
    look = keep > 0
    n = int(np.count_nonzero(look))
    if n == 0:
        return 0.0
    return float(np.count_nonzero((gray <= BLACK_PIXEL) & look)) / n


def is_black(gray: Gray, keep: npt.NDArray[np.uint8]) -> bool:
    return dark_share(gray, keep) >= BLACK_PICTURE


def block_change(gray: Gray, previous: Gray | None) -> float:
    """Largest mean absolute change of one block since `previous` (inf without one)."""
    if previous is None or previous.shape != gray.shape:
        return float("inf")
    diff = cv2.absdiff(gray, previous)
    h, w = diff.shape
    bh, bw = max(1, h // FROZEN_BLOCK), max(1, w // FROZEN_BLOCK)
    blocks = cv2.resize(diff, (bw, bh), interpolation=cv2.INTER_AREA)
    return float(blocks.max())


def is_frozen(gray: Gray, previous: Gray | None) -> bool:
    return block_change(gray, previous) <= FROZEN_LEVEL
