"""Match one sampled frame against the approved library, tolerant of overlays.

1. Local features of the frame (ignored regions left out) vote for approved pictures; the best few are
   aligned with a RANSAC similarity transform (scale and shift: stills, letterboxing, pan/zoom and
   scrolling windows are all one such transform of the uploaded picture).
2. The aligned picture is compared pixel by pixel with the frame (both smoothed, gain and offset
   fitted, one pixel of misalignment forgiven). What differs, and everything outside the approved
   picture that is not plain background, is the frame's *changed* area, returned as boxes.

A frame that no picture aligns with is unknown content; one whose changed area is large is too; small
changed boxes are where new text may sit (see `textpolicy`)."""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np
import numpy.typing as npt

from tamperwatch.streams.fingerprint import Features, Gray, orb_features, smooth
from tamperwatch.streams.library import Approved, Library

VOTE_MAX_HAMMING = 64  # a frame descriptor this close to an approved one votes for its picture
CANDIDATES = 3  # approved pictures (besides the previous match) aligned per frame
RATIO = 0.8  # Lowe's ratio test inside one picture
RANSAC_PX = 3.0  # work pixels
MIN_INLIERS = 15  # fewer agreeing features is no alignment
MIN_SCALE, MAX_SCALE = 0.15, 6.0  # plausible zoom between an uploaded picture and the frame
MAX_ROTATION = 0.05  # radians; content is shown upright
DIFF_LEVEL = 40.0  # grey levels (0-255) of difference that count as changed, after smoothing
BORDER_ERODE_PX = 3  # the edge of the aligned picture is not compared (resampling)
MIN_BOX_PX = 30  # changed components smaller than this (work pixels) are noise
CLOSE_KERNEL = (9, 5)  # joins the strokes of one line of text into one box


@dataclass
class Match:
    item: Approved | None
    inliers: int = 0
    transform: npt.NDArray[np.float64] | None = None  # 2x3, approved gray -> frame work pixels
    changed_frac: float = 1.0  # changed share of the looked-at area
    covered_frac: float = 0.0  # share of the looked-at area the approved picture covers
    boxes: list[tuple[int, int, int, int]] = field(default_factory=list)  # changed areas, work pixels

    @property
    def matched(self) -> bool:
        return self.item is not None


class Matcher:
    def __init__(self, library: Library, keep: npt.NDArray[np.uint8], n_features: int) -> None:
        self.library = library
        self.keep = keep
        self.n_features = n_features
        self.items = [a for a in library.items if a.features is not None and len(a.features)]
        descs = [a.features.descriptors for a in self.items if a.features is not None]
        self.index = cv2.BFMatcher(cv2.NORM_HAMMING)
        if descs:
            self.index.add(descs)
        self.bf = cv2.BFMatcher(cv2.NORM_HAMMING)
        self.previous: int | None = None
        self.keep_px = max(1, int(np.count_nonzero(keep)))

    def match(self, gray: Gray) -> Match:
        feats = orb_features(gray, self.keep, self.n_features)
        best: tuple[int, int, npt.NDArray[np.float64]] | None = None
        if len(feats) >= MIN_INLIERS and self.items:
            order = self._candidates(feats)
            for idx in order:
                got = self._align(feats, self.items[idx])
                if got is not None and (best is None or got[0] > best[1]):
                    best = (idx, got[0], got[1])
        if best is None:
            self.previous = None
            return Match(None, boxes=[(0, 0, gray.shape[1], gray.shape[0])])
        idx, inliers, m = best
        self.previous = idx
        return self._residual(gray, self.items[idx], inliers, m)

    def _candidates(self, feats: Features) -> list[int]:
        order: list[int] = []
        if self.previous is not None:
            order.append(self.previous)
        nn = self.index.match(feats.descriptors)
        votes = np.zeros(len(self.items), np.int32)
        for m in nn:
            if m.distance <= VOTE_MAX_HAMMING:
                votes[m.imgIdx] += 1
        for idx in np.argsort(-votes)[:CANDIDATES]:
            if votes[idx] >= MIN_INLIERS and int(idx) not in order:
                order.append(int(idx))
        return order

    def _align(self, feats: Features, item: Approved) -> tuple[int, npt.NDArray[np.float64]] | None:
        assert item.features is not None
        if len(item.features) < 2:
            return None
        pairs = self.bf.knnMatch(feats.descriptors, item.features.descriptors, k=2)
        good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < RATIO * p[1].distance]
        if len(good) < MIN_INLIERS:
            return None
        src = item.features.points[[g.trainIdx for g in good]]
        dst = feats.points[[g.queryIdx for g in good]]
        m, inl = cv2.estimateAffinePartial2D(
            src, dst, method=cv2.RANSAC, ransacReprojThreshold=RANSAC_PX, maxIters=2000, confidence=0.995
        )
        if m is None or inl is None:
            return None
        n = int(inl.sum())
        scale = float(np.hypot(m[0, 0], m[1, 0]))
        angle = abs(float(np.arctan2(m[1, 0], m[0, 0])))
        if n < MIN_INLIERS or not (MIN_SCALE <= scale <= MAX_SCALE) or angle > MAX_ROTATION:
            return None
        return n, np.asarray(m, np.float64)

    def _residual(self, gray: Gray, item: Approved, inliers: int, m: npt.NDArray[np.float64]) -> Match:
        h, w = gray.shape
        warped = np.asarray(cv2.warpAffine(item.gray, m, (w, h), flags=cv2.INTER_LINEAR), np.uint8)
        inside = cv2.warpAffine(np.full(item.gray.shape, 255, np.uint8), m, (w, h), flags=cv2.INTER_NEAREST)
        kernel = np.ones((2 * BORDER_ERODE_PX + 1, 2 * BORDER_ERODE_PX + 1), np.uint8)
        inside = cv2.erode(inside, kernel)
        look = self.keep > 0
        valid = (inside > 0) & look
        f = smooth(gray)
        a = smooth(warped)
        changed = np.zeros((h, w), bool)
        if valid.any():
            fv, av = f[valid], a[valid]
            var = float(av.var())
            gain = float(((av - av.mean()) * (fv - fv.mean())).mean() / var) if var > 1e-3 else 1.0
            gain = float(np.clip(gain, 0.25, 4.0))
            a = (a - av.mean()) * gain + fv.mean()
            k3 = np.ones((3, 3), np.uint8)
            hi = cv2.dilate(a, k3)
            lo = cv2.erode(a, k3)
            diff = np.maximum(np.maximum(f - hi, lo - f), 0)
            changed |= (diff > DIFF_LEVEL) & valid
        outside = look & (inside == 0)
        border = cv2.dilate(inside, kernel) > 0  # the resampled edge of the picture is not judged
        outside &= ~border
        if outside.any():
            bg = float(np.median(f[outside]))
            changed |= (np.abs(f - bg) > DIFF_LEVEL) & outside
        changed_u8 = changed.astype(np.uint8) * 255
        opened = cv2.morphologyEx(changed_u8, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
        changed_u8 = np.asarray(opened, np.uint8)
        closed = cv2.morphologyEx(changed_u8, cv2.MORPH_CLOSE, np.ones(CLOSE_KERNEL[::-1], np.uint8))
        _n, _, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
        boxes = [
            (int(x), int(y), int(bw), int(bh))
            for x, y, bw, bh, area in stats[1:]
            if area >= MIN_BOX_PX
        ]
        return Match(
            item,
            inliers,
            m,
            changed_frac=float(np.count_nonzero(changed_u8)) / self.keep_px,
            covered_frac=float(np.count_nonzero(valid)) / self.keep_px,
            boxes=boxes,
        )
