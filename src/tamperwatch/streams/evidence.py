"""Evidence of a stream or screen finding: the frames leading up to it and a short MP4 clip of them.

`EvidenceBuffer` keeps the last `EVIDENCE_FRAMES` samples of one stream or screen, each reduced at
once to at most `EVIDENCE_WIDTH` pixels wide (about 0.35 MB a frame, a few ms of CPU at 1080p, so a
watched channel holds about 2 MB of them). When a finding is confirmed, `Evidence.from_frames`
turns them into PNG frames and one H.264 MP4 clip (written with PyAV, in memory, timed by the
samples' own stream time). With the default 3 s persistence at 1 sample a second, the frames reach
back past the start of the condition: the last clean picture, then every sample of the condition up
to the one that confirmed it. Frames after the confirmation are not kept (the alert is not delayed
for them)."""

from __future__ import annotations

import io
from collections import deque
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

EVIDENCE_FRAMES = 6  # samples kept: the confirming one and the five before it
EVIDENCE_WIDTH = 640  # px; evidence frames are reduced to at most this width (even sizes for H.264)
CLIP_TIME_BASE = Fraction(1, 1000)  # clip timestamps in ms of stream time (samples need not be regular)
CLIP_CRF = "28"  # x264 quality of the clip: small, still legible at 640 px
CLIP_LAST_FRAME_S = 1.0  # how long the clip shows its last frame


@dataclass(frozen=True)
class Frame:
    t: float
    bgr: npt.NDArray[np.uint8]


def reduce(frame: Any) -> npt.NDArray[np.uint8]:
    """An av.VideoFrame as BGR at most `EVIDENCE_WIDTH` wide, with even sides."""
    w, h = int(frame.width), int(frame.height)
    scale = min(1.0, EVIDENCE_WIDTH / max(1, w))
    ew, eh = max(2, int(w * scale) // 2 * 2), max(2, int(h * scale) // 2 * 2)
    out: npt.NDArray[np.uint8] = frame.reformat(width=ew, height=eh, format="bgr24").to_ndarray()
    return np.ascontiguousarray(out[:, :ew])


class EvidenceBuffer:
    def __init__(self, size: int = EVIDENCE_FRAMES) -> None:
        self.frames: deque[Frame] = deque(maxlen=size)

    def add(self, t: float, frame: Any) -> Frame:
        kept = Frame(t, reduce(frame))
        self.frames.append(kept)
        return kept

    def snapshot(self) -> list[Frame]:
        return list(self.frames)


@dataclass(frozen=True)
class Evidence:
    frames: tuple[tuple[float, bytes], ...]  # (stream time, PNG)
    clip: bytes  # MP4, empty when it could not be written

    @classmethod
    def from_frames(cls, frames: list[Frame]) -> Evidence:
        return cls(frame_pngs(frames), clip_mp4(frames))


def frame_pngs(frames: list[Frame]) -> tuple[tuple[float, bytes], ...]:
    pngs = []
    for f in frames:
        ok, buf = cv2.imencode(".png", f.bgr)
        if ok:
            pngs.append((f.t, bytes(buf)))
    return tuple(pngs)


@dataclass(eq=False)
class Waiting:
    """One finding waiting for the frames that follow it; `key` names its incident."""

    key: int
    t: float
    before: list[Frame]
    after: list[Frame] = field(default_factory=list)

    def evidence(self) -> Evidence:
        """PNGs of the frames after, and the clip over before and after."""
        return Evidence(frame_pngs(self.after), clip_mp4(self.before + self.after))


class AfterFrames:
    """Collect the frames within `after_s` seconds after each finding."""

    def __init__(self, after_s: float) -> None:
        self.after_s = after_s
        self.waiting: list[Waiting] = []

    def wait_for(self, key: int, t: float, before: list[Frame]) -> None:
        if self.after_s > 0:
            self.waiting.append(Waiting(key, t, before))

    def add(self, frame: Frame) -> list[Waiting]:
        """Take `frame`; the findings whose frames after are now complete."""
        done: list[Waiting] = []
        for w in self.waiting:
            if frame.t > w.t + 1e-6:
                w.after.append(frame)
            if frame.t - w.t >= self.after_s - 1e-6:
                done.append(w)
        self.waiting = [w for w in self.waiting if w not in done]
        return done

    def drain(self) -> list[Waiting]:
        """The findings still waiting (the watch ended), with what they have."""
        done, self.waiting = [w for w in self.waiting if w.after], []
        return done


def clip_mp4(frames: list[Frame]) -> bytes:
    """The frames as an H.264 MP4 (each shown until the next one's time); b"" without frames."""
    if not frames:
        return b""
    import av

    h, w = frames[-1].bgr.shape[:2]
    out = io.BytesIO()
    try:
        with av.open(out, "w", format="mp4") as container:
            stream = container.add_stream("libx264", rate=1)
            stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
            stream.codec_context.time_base = CLIP_TIME_BASE
            stream.options = {"preset": "ultrafast", "crf": CLIP_CRF}
            t0 = frames[0].t
            last_pts = -1
            for f in [*frames, Frame(frames[-1].t + CLIP_LAST_FRAME_S, frames[-1].bgr)]:
                bgr = f.bgr if f.bgr.shape[:2] == (h, w) else np.asarray(cv2.resize(f.bgr, (w, h)), np.uint8)
                pts = max(last_pts + 1, round((f.t - t0) / CLIP_TIME_BASE))
                vf = av.VideoFrame.from_ndarray(np.ascontiguousarray(bgr), format="bgr24")
                vf.pts, vf.time_base, last_pts = pts, CLIP_TIME_BASE, pts
                for packet in stream.encode(vf.reformat(format="yuv420p")):
                    container.mux(packet)
            for packet in stream.encode():
                container.mux(packet)
    except (av.FFmpegError, ValueError) as exc:  # evidence is best effort: the PNG frames remain
        import logging

        logging.getLogger(__name__).warning("evidence clip not written: %s", exc)
        return b""
    return out.getvalue()
