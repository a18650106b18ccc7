"""Open a stream (file, HLS folder or playlist, URL) with PyAV and sample frames from it.

Sampling: one frame per `1 / sample_fps` seconds of stream time. When the stream's keyframes are at
least that dense, only keyframes are decoded (the decoder skips everything else); otherwise every
frame is decoded and the samples picked from them. Time is counted from the first frame (HLS
timestamps start at an offset)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

GOP_PROBE_KEYFRAMES = 3  # keyframes seen before deciding whether keyframes alone are dense enough
GOP_SLACK = 1.05  # a keyframe interval up to this much above the sample interval still counts as dense
MAX_PIXELS = 4096 * 2304  # larger pictures are refused (absurd resolutions are an attack, not a channel)
PLAYLIST_NAMES = ("index.m3u8", "playlist.m3u8", "master.m3u8")

Gray = npt.NDArray[np.uint8]


class StreamError(Exception):
    """A stream that cannot be opened or decoded; recorded as an error, never a crash."""


@dataclass(frozen=True)
class Sample:
    """One sampled frame: stream time, the picture reduced to `work` size (grayscale), and the
    decoded frame itself for what needs full resolution (OCR, evidence)."""

    t: float
    gray: Gray
    frame: Any  # av.VideoFrame

    def bgr(self) -> npt.NDArray[np.uint8]:
        out: npt.NDArray[np.uint8] = self.frame.to_ndarray(format="bgr24")
        return out


@dataclass
class SourceInfo:
    width: int = 0
    height: int = 0
    work_width: int = 0
    work_height: int = 0
    keyframes_only: bool = False
    decoded_frames: int = 0
    has_audio: bool = False
    duration_s: float | None = None


def resolve(source: str | Path) -> str:
    """A folder is an HLS recording: its playlist is opened."""
    p = Path(source)
    if p.is_dir():
        for name in PLAYLIST_NAMES:
            if (p / name).is_file():
                return str(p / name)
        found = sorted(p.glob("*.m3u8"))
        if found:
            return str(found[0])
        raise StreamError(f"{p}: a folder without an HLS playlist (.m3u8)")
    return str(source)


def work_size(width: int, height: int, work_width: int) -> tuple[int, int]:
    w = min(work_width, width)
    h = max(2, round(height * w / width))
    return w, h


class FrameSource:
    """Iterate `Sample`s of one stream. `info` is filled once the stream is open."""

    def __init__(
        self,
        source: str | Path,
        *,
        sample_fps: float,
        work_width: int,
        open_timeout_s: float = 10.0,
        keyframes_only: bool = True,
    ) -> None:
        if sample_fps <= 0:
            raise ValueError("sample_fps must be positive")
        self.url = resolve(source)
        self.interval = 1.0 / sample_fps
        self.work_width = work_width
        self.open_timeout_s = open_timeout_s
        self.allow_keyframes_only = keyframes_only  # False: decode every frame (for comparison)
        self.info = SourceInfo()

    def __iter__(self) -> Iterator[Sample]:
        import av

        try:
            container = av.open(self.url, timeout=self.open_timeout_s)
        except (av.FFmpegError, OSError) as exc:
            raise StreamError(f"cannot open {self.url}: {exc}") from exc
        try:
            yield from self._samples(container)
        except av.FFmpegError as exc:
            raise StreamError(f"cannot decode {self.url}: {exc}") from exc
        finally:
            container.close()

    def _samples(self, container: Any) -> Iterator[Sample]:
        if not container.streams.video:
            raise StreamError(f"{self.url}: no video track")
        vs = container.streams.video[0]
        vs.thread_type = "AUTO"
        self.info.has_audio = bool(container.streams.audio)
        if container.duration:
            self.info.duration_s = container.duration / 1_000_000
        tb = float(vs.time_base) if vs.time_base else 1 / 90000
        t0: float | None = None
        next_t = 0.0
        key_times: list[float] = []
        keyframes_only = False
        for packet in container.demux(vs):
            if packet.pts is None and packet.dts is None:
                continue  # a flush packet
            ts = packet.pts if packet.pts is not None else packet.dts
            if packet.is_keyframe:
                key_times.append(ts * tb)
                if len(key_times) == GOP_PROBE_KEYFRAMES and self.allow_keyframes_only:
                    gaps = np.diff(key_times)
                    if float(gaps.max()) <= self.interval * GOP_SLACK:
                        keyframes_only = True
                        self.info.keyframes_only = True
            elif keyframes_only:
                continue
            for frame in packet.decode():
                if frame.pts is None:
                    continue
                self.info.decoded_frames += 1
                t_abs = frame.pts * tb
                if t0 is None:
                    t0 = t_abs
                    self._check_size(frame.width, frame.height)
                t = t_abs - t0
                if t + 1e-6 < next_t - (self.interval / 2 if keyframes_only and frame.key_frame else 0.0):
                    continue
                self._check_size(frame.width, frame.height)
                gray = frame.reformat(
                    width=self.info.work_width, height=self.info.work_height, format="gray"
                ).to_ndarray()
                next_t = (round(t / self.interval) + 1) * self.interval
                gray = np.ascontiguousarray(gray[:, : self.info.work_width])
                yield Sample(t=round(t, 3), gray=gray, frame=frame)

    def _check_size(self, width: int, height: int) -> None:
        if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
            raise StreamError(f"{self.url}: refused picture size {width}x{height}")
        if (width, height) != (self.info.width, self.info.height):
            if self.info.width:
                raise StreamError(
                    f"{self.url}: picture size changed from {self.info.width}x{self.info.height} "
                    f"to {width}x{height}"
                )
            self.info.width, self.info.height = width, height
            self.info.work_width, self.info.work_height = work_size(width, height, self.work_width)
