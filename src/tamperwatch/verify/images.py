"""Pictures as arrays: decoding a PNG/JPEG safely and scaling to a working size."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from tamperwatch.errors import ConfigError

Gray = npt.NDArray[np.uint8]
Bgr = npt.NDArray[np.uint8]

MAX_PIXELS = 40_000_000  # a screenshot larger than this is refused (decompression bombs)


def decode(data: bytes, what: str = "image") -> Bgr:
    """BGR pixels of a PNG/JPEG/WebP; a file that is not a picture raises ConfigError."""
    import cv2

    from tamperwatch.verify.metadata import pixel_count

    count = pixel_count(data)
    if count is None:
        raise ConfigError(f"{what}: not a picture tamperwatch can read (PNG, JPEG or WebP)")
    if count > MAX_PIXELS:
        raise ConfigError(f"{what}: {count} pixels exceeds the limit of {MAX_PIXELS}")
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        raise ConfigError(f"{what}: the picture cannot be decoded")
    return np.asarray(image, np.uint8)


def gray(image: Bgr) -> Gray:
    import cv2

    return np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), np.uint8) if image.ndim == 3 else image


def scaled(image: npt.NDArray[np.uint8], factor: float) -> npt.NDArray[np.uint8]:
    """``image`` resized by ``factor`` (area averaging when shrinking)."""
    import cv2

    if abs(factor - 1.0) < 1e-3:
        return image
    h, w = image.shape[:2]
    size = (max(1, round(w * factor)), max(1, round(h * factor)))
    interp = cv2.INTER_AREA if factor < 1 else cv2.INTER_LINEAR
    return np.asarray(cv2.resize(image, size, interpolation=interp), np.uint8)


def encode_png(image: npt.NDArray[np.uint8]) -> bytes:
    import cv2

    ok, buf = cv2.imencode(".png", image)
    if not ok:  # pragma: no cover - OpenCV always encodes a valid array
        raise ValueError("PNG encoding failed")
    return bytes(buf)
