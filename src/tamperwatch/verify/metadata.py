"""What a screenshot file says about itself: editor software, EXIF/PNG times, pixel count.

Weak evidence by nature (claimants of genuine defacements crop and annotate too, and metadata is
easy to strip or forge): findings from here never decide a verdict alone.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime

EXIF_SOFTWARE = 305
EXIF_DATETIME = 306
EXIF_IFD = 0x8769
EXIF_DATETIME_ORIGINAL = 36867
PNG_SOFTWARE_KEYS = ("Software", "software")
PNG_TIME_KEYS = ("Creation Time", "creation_time", "date:create", "date:modify")
EDITORS = (
    "photoshop",
    "gimp",
    "paint.net",
    "snapseed",
    "pixelmator",
    "affinity",
    "picsart",
    "canva",
    "lightroom",
)


@dataclass(frozen=True, slots=True)
class Metadata:
    software: str = ""
    times: tuple[datetime, ...] = ()
    format: str = ""

    @property
    def editor(self) -> str:
        """The image editor named by the Software tag ('' when none is named)."""
        lower = self.software.lower()
        return self.software if any(e in lower for e in EDITORS) else ""


def pixel_count(data: bytes) -> int | None:
    """Width x height from the file's header (nothing decoded), or None when it is no picture."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            return int(image.width) * int(image.height)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None


def read_metadata(data: bytes) -> Metadata:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            exif = image.getexif()
            info = dict(image.info)
            fmt = str(image.format or "")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return Metadata()
    software = str(exif.get(EXIF_SOFTWARE) or "")
    texts = [
        str(exif.get(EXIF_DATETIME) or ""),
        str(exif.get_ifd(EXIF_IFD).get(EXIF_DATETIME_ORIGINAL) or ""),
    ]
    for key in PNG_SOFTWARE_KEYS:
        if not software and isinstance(info.get(key), str):
            software = str(info[key])
    texts += [str(info[k]) for k in PNG_TIME_KEYS if isinstance(info.get(k), str)]
    times = tuple(t for t in (_parse_time(x) for x in texts) if t is not None)
    return Metadata(software=software.strip()[:200], times=times, format=fmt)


def _parse_time(text: str) -> datetime | None:
    text = text.strip().replace("\x00", "")
    for fmt in ("%Y:%m:%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"):
        try:
            when = datetime.strptime(text[:25], fmt)
        except ValueError:
            continue
        return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return None
