"""The approved-content library: what an operator uploaded (stills, short videos) and the regions to
ignore. Each picture, and each sampled frame of a video, becomes one `Approved` picture with its
features at the stream's working scale."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import cv2
import numpy as np
import numpy.typing as npt

from tamperwatch.streams.fingerprint import Features, Gray, features_for_area, orb_features
from tamperwatch.streams.regions import Region, load_regions
from tamperwatch.streams.schedule import Schedule, ScheduleError, load_schedule
from tamperwatch.streams.source import FrameSource, StreamError

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".bmp")
VIDEO_SUFFIXES = (".mp4", ".mov", ".mkv", ".webm", ".ts", ".m4v")
IGNORE_FILE = "ignore.json"
VIDEO_SAMPLE_FPS = 4.0  # frames kept per second of an approved video
MAX_STORED_SIDE = 2048  # approved pictures are kept at most this large (OCR reads them there)
MAX_IMAGE_PIXELS = 40_000_000  # a larger image file is refused (decompression bombs)
MAX_ITEMS = 2000  # approved pictures, video frames included


class LibraryError(ValueError):
    """A library folder that cannot be used."""


@dataclass
class Approved:
    """One approved picture: `bgr` as uploaded (capped), `gray` at working scale, `scale` = gray/bgr."""

    name: str
    group: str
    bgr: npt.NDArray[np.uint8]
    gray: Gray = field(default_factory=lambda: np.zeros((0, 0), np.uint8))
    scale: float = 1.0
    features: Features | None = None


@dataclass
class Library:
    items: list[Approved]
    regions: tuple[Region, ...]
    folder: Path | None = None
    prepared_for: tuple[int, int] = (0, 0)
    playlists: dict[str, list[str]] = field(default_factory=dict)  # name -> files (schedule.py)
    schedule: Schedule | None = None  # what should be on air when; None: anything approved

    @property
    def groups(self) -> list[str]:
        return sorted({a.group for a in self.items})

    def prepare(self, work_w: int, work_h: int) -> None:
        """Scale every picture so that its largest window of the stream's shape is `work_w` wide, and
        compute its features."""
        if self.prepared_for == (work_w, work_h):
            return
        aspect = work_w / work_h
        for a in self.items:
            h, w = a.bgr.shape[:2]
            window_w = min(w, h * aspect)
            scale = work_w / window_w
            gw, gh = max(8, round(w * scale)), max(8, round(h * scale))
            gray = cv2.cvtColor(a.bgr, cv2.COLOR_BGR2GRAY)
            how = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
            a.gray = np.asarray(cv2.resize(gray, (gw, gh), interpolation=how), np.uint8)
            a.scale = gw / w
            a.features = orb_features(a.gray, None, features_for_area(a.gray, work_w * work_h))
        self.prepared_for = (work_w, work_h)


def _cap(bgr: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    h, w = bgr.shape[:2]
    if max(h, w) <= MAX_STORED_SIDE:
        return bgr
    s = MAX_STORED_SIDE / max(h, w)
    return np.asarray(cv2.resize(bgr, (round(w * s), round(h * s)), interpolation=cv2.INTER_AREA), np.uint8)


def read_image(path: Path) -> npt.NDArray[np.uint8]:
    return decode_image(path, path.name)


def decode_image(
    source: Path | BinaryIO,
    name: str,
    max_pixels: int = MAX_IMAGE_PIXELS,
    formats: tuple[str, ...] | None = None,
) -> npt.NDArray[np.uint8]:
    """An image file or stream as BGR; one that is larger than `max_pixels`, a decompression bomb,
    not an image or (given `formats`) of another format is a `LibraryError`."""
    import warnings

    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(source, formats=formats) as im:
                if im.width * im.height > max_pixels:
                    raise LibraryError(f"{name}: {im.width}x{im.height} is too large an image")
                rgb = np.asarray(im.convert("RGB"))
    except Image.DecompressionBombWarning as exc:
        raise LibraryError(f"{name}: too large an image ({exc})") from exc
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise LibraryError(f"{name}: not a readable image ({exc})") from exc
    bgr: npt.NDArray[np.uint8] = np.ascontiguousarray(rgb[:, :, ::-1])
    return bgr


def read_video(path: Path) -> list[tuple[float, npt.NDArray[np.uint8]]]:
    try:
        src = FrameSource(path, sample_fps=VIDEO_SAMPLE_FPS, work_width=64)
        return [(s.t, _cap(s.bgr())) for s in src]
    except StreamError as exc:
        raise LibraryError(f"{path.name}: {exc}") from exc


def load_library(folder: Path) -> Library:
    if not folder.is_dir():
        raise LibraryError(f"{folder}: not a folder")
    items: list[Approved] = []
    for path in sorted(folder.iterdir()):
        suffix = path.suffix.lower()
        if suffix in IMAGE_SUFFIXES:
            items.append(Approved(path.name, path.name, _cap(read_image(path))))
        elif suffix in VIDEO_SUFFIXES:
            for t, bgr in read_video(path):
                items.append(Approved(f"{path.name}@{t:g}", path.name, bgr))
        if len(items) > MAX_ITEMS:
            raise LibraryError(f"{folder}: more than {MAX_ITEMS} approved pictures")
    if not items:
        raise LibraryError(f"{folder}: no approved images or videos")
    try:
        playlists, schedule = load_schedule(folder, {a.group for a in items})
    except ScheduleError as exc:
        raise LibraryError(str(exc)) from None
    return Library(items, load_regions(folder / IGNORE_FILE), folder, playlists=playlists, schedule=schedule)
