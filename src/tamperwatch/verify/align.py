"""Where in an archived render a screenshot was taken from: a similarity transform (scale and
shift, no rotation to speak of) found by SIFT feature matching and RANSAC.

Tolerates what posting does to a screenshot: another scale (a phone's 3x, rescaling), a crop at
the edges, JPEG recompression, a watermark and a status bar (features there simply do not match).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tamperwatch.verify.images import Gray, scaled


@dataclass(frozen=True, slots=True)
class AlignConfig:
    work_width: int = 800  # both pictures are scaled to at most this width for features
    strip_features: int = 1500  # features per strip: a tall page gets features all the way down
    strip_height: float = 1.5  # strip height, in widths
    ratio: float = 0.75  # Lowe's ratio test
    ransac_px: float = 4.0  # reprojection tolerance at the working scale
    min_inliers: int = 12  # fewer matching features than this: no alignment
    max_rotation_deg: float = 2.0  # screenshots are not rotated
    scale_range: tuple[float, float] = (0.2, 5.0)  # screenshot px per render px, plausible


@dataclass(frozen=True, slots=True)
class Alignment:
    """``matrix`` maps render pixels to screenshot pixels (2x3, full resolution of both)."""

    matrix: npt.NDArray[np.float64]
    inliers: int
    matches: int

    @property
    def scale(self) -> float:
        return float(np.hypot(self.matrix[0, 0], self.matrix[1, 0]))


@dataclass(slots=True)
class Features:
    keypoints: npt.NDArray[np.float32]  # N x 2, full-resolution pixel coordinates
    descriptors: npt.NDArray[np.float32] | None
    factor: float  # working pixels per full-resolution pixel


def features(image: Gray, config: AlignConfig = AlignConfig()) -> Features:
    import cv2

    factor = min(1.0, config.work_width / max(1, image.shape[1]))
    small = scaled(image, factor)
    sift = cv2.SIFT_create(nfeatures=config.strip_features)  # type: ignore[attr-defined]
    step = max(32, round(small.shape[1] * config.strip_height))
    margin = 16  # a strip sees a little of its neighbours, so features at its edges are whole
    points: list[npt.NDArray[np.float32]] = []
    descs: list[npt.NDArray[np.float32]] = []
    for top in range(0, small.shape[0], step):
        y0 = max(0, top - margin)
        kps, desc = sift.detectAndCompute(small[y0 : top + step + margin], None)
        if desc is None:
            continue
        pts = np.array([k.pt for k in kps], np.float32).reshape(-1, 2) + np.array([0, y0], np.float32)
        keep = (pts[:, 1] >= top) & (pts[:, 1] < top + step)
        points.append(pts[keep])
        descs.append(np.asarray(desc, np.float32)[keep])
    if not points:
        return Features(np.zeros((0, 2), np.float32), None, factor)
    return Features(np.vstack(points) / factor, np.vstack(descs), factor)


def align(shot: Features, render: Features, config: AlignConfig = AlignConfig()) -> Alignment | None:
    """The transform taking ``render`` onto ``shot``, or None when they do not show one page."""
    import cv2

    if shot.descriptors is None or render.descriptors is None:
        return None
    if len(shot.descriptors) < 2 or len(render.descriptors) < 2:
        return None
    matcher = cv2.BFMatcher(cv2.NORM_L2)
    pairs = matcher.knnMatch(shot.descriptors, render.descriptors, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < config.ratio * p[1].distance]
    uses = Counter(m.trainIdx for m in good)
    good = [m for m in good if uses[m.trainIdx] == 1]  # one render feature answers one screenshot feature
    if len(good) < config.min_inliers:
        return None
    src = np.array([render.keypoints[m.trainIdx] for m in good], np.float32)
    dst = np.array([shot.keypoints[m.queryIdx] for m in good], np.float32)
    tolerance = config.ransac_px / shot.factor
    matrix, mask = cv2.estimateAffinePartial2D(
        src, dst, method=cv2.RANSAC, ransacReprojThreshold=tolerance, maxIters=4000, confidence=0.995
    )
    if matrix is None or mask is None:
        return None
    inliers = int(mask.sum())
    found = Alignment(np.asarray(matrix, np.float64), inliers, len(good))
    angle = abs(np.degrees(np.arctan2(matrix[1, 0], matrix[0, 0])))
    low, high = config.scale_range
    if inliers < config.min_inliers or angle > config.max_rotation_deg or not low <= found.scale <= high:
        return None
    return found
