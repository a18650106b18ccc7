"""What a picture is reduced to for matching: local binary features (ORB) that survive scaling,
re-compression, letterboxing, panning and zooming, and a blurred grayscale picture to compare pixels
once a frame is aligned with an approved item."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

FEATURES_PER_FRAME = 1200  # ORB keypoints of one work-size frame; an item gets as many per frame-area
MAX_ITEM_FEATURES = 12000  # cap for a tall page or a large photograph
ORB_SCALE_FACTOR = 1.2
ORB_LEVELS = 8  # 1.2**8 ~ 4.3x: a 60 % pan window or a half-size letterboxed still is in range
ORB_FAST_THRESHOLD = 10  # lower than OpenCV's 20: notices over blurred photographs have soft edges
BLUR_SIGMA = 1.2  # work pixels; smooths compression blocks and resampling before pixels are compared

Gray = npt.NDArray[np.uint8]


@dataclass(frozen=True)
class Features:
    points: npt.NDArray[np.float32]  # (n, 2) x, y in the picture's pixels
    descriptors: npt.NDArray[np.uint8]  # (n, 32)

    def __len__(self) -> int:
        return int(self.points.shape[0])


def orb_features(gray: Gray, mask: npt.NDArray[np.uint8] | None, n_features: int) -> Features:
    orb = cv2.ORB.create(
        nfeatures=max(50, n_features),
        scaleFactor=ORB_SCALE_FACTOR,
        nlevels=ORB_LEVELS,
        fastThreshold=ORB_FAST_THRESHOLD,
        edgeThreshold=15,
        patchSize=15,
    )
    kps, desc = orb.detectAndCompute(gray, mask)
    if desc is None or not kps:
        return Features(np.zeros((0, 2), np.float32), np.zeros((0, 32), np.uint8))
    pts = np.array([k.pt for k in kps], np.float32)
    return Features(pts, np.asarray(desc, np.uint8))


def features_for_area(gray: Gray, frame_area: int) -> int:
    area = gray.shape[0] * gray.shape[1]
    return min(MAX_ITEM_FEATURES, int(FEATURES_PER_FRAME * area / max(1, frame_area)))


def smooth(gray: Gray) -> npt.NDArray[np.float32]:
    return np.asarray(cv2.GaussianBlur(gray.astype(np.float32), (0, 0), BLUR_SIGMA), np.float32)
