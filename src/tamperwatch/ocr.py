"""On-screen text, read by OCR: the one place tamperwatch reads text from pictures (stream frames,
screen captures, and claim screenshots alike).

The engine is RapidOCR on ONNX Runtime (`rapidocr-onnxruntime` 1.4.4, PP-OCRv4 detection and
recognition, Chinese and English), whose models ship inside the package: nothing is downloaded at run
time. It is loaded once per process, on first use, single-threaded (the caller decides parallelism).

`read_text(picture)` finds and reads every line; `read_line(crop)` reads one line already located
(recognition only, about 20x cheaper); `read_tiled(picture)` reads a large picture (a tall page render)
in overlapping tiles at its own resolution."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

DET_MAX_SIDE = 960  # detection never upscales; larger pictures are scaled down to this
TILE = 960  # tile side for `read_tiled`
TILE_OVERLAP = 96  # a line cut by one tile edge is whole in the next tile
MIN_SCORE = 0.5  # RapidOCR's own floor for a recognised line

Picture = npt.NDArray[np.uint8]  # BGR or grayscale


class OcrUnavailable(RuntimeError):
    """The OCR package is not installed."""


@dataclass(frozen=True)
class TextLine:
    text: str
    score: float
    box: tuple[int, int, int, int]  # x, y, w, h in the picture's pixels


_engine: Any = None
_lock = threading.Lock()


def engine() -> Any:
    global _engine
    with _lock:
        if _engine is None:
            try:
                from rapidocr_onnxruntime import RapidOCR
            except ImportError as exc:  # pragma: no cover - a broken install
                raise OcrUnavailable("OCR needs rapidocr-onnxruntime==1.4.4 (pip install .)") from exc
            _engine = RapidOCR(
                det_limit_side_len=DET_MAX_SIDE,
                det_limit_type="max",
                intra_op_num_threads=1,
                inter_op_num_threads=1,
                text_score=MIN_SCORE,
            )
        return _engine


def _box(points: Any, dx: int = 0, dy: int = 0) -> tuple[int, int, int, int]:
    pts = np.asarray(points, np.float64)
    x0, y0 = pts.min(axis=0)
    x1, y1 = pts.max(axis=0)
    return int(x0) + dx, int(y0) + dy, int(x1 - x0), int(y1 - y0)


def read_text(picture: Picture) -> list[TextLine]:
    """Every line of text in the picture, with its box."""
    if picture.size == 0:
        return []
    result, _ = engine()(np.ascontiguousarray(picture), use_cls=False)
    return [TextLine(str(text), float(score), _box(pts)) for pts, text, score in result or []]


def read_line(crop: Picture) -> TextLine | None:
    """The text of a crop that holds one line (no detection)."""
    if crop.size == 0 or min(crop.shape[:2]) < 4:
        return None
    result, _ = engine()(np.ascontiguousarray(crop), use_det=False, use_cls=False)
    if not result:
        return None
    text, score = result[0][0], result[0][1]
    h, w = crop.shape[:2]
    return TextLine(str(text), float(score), (0, 0, w, h)) if str(text).strip() else None


def read_tiled(picture: Picture) -> list[TextLine]:
    """Every line of a large picture, read at its own resolution in overlapping tiles."""
    h, w = picture.shape[:2]
    if max(h, w) <= TILE:
        return read_text(picture)
    step = TILE - TILE_OVERLAP
    out: list[TextLine] = []
    for y in range(0, max(1, h - TILE_OVERLAP), step):
        for x in range(0, max(1, w - TILE_OVERLAP), step):
            tile = picture[y : y + TILE, x : x + TILE]
            for line in read_text(tile):
                bx, by, bw, bh = line.box
                out.append(TextLine(line.text, line.score, (bx + x, by + y, bw, bh)))
    return out
