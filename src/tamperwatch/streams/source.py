"""Open a stream (file, HLS folder or playlist, URL) with PyAV and sample frames from it.

Sampling: one frame per `1 / sample_fps` seconds of stream time. When the stream's keyframes are at
least that dense, only keyframes are decoded (the decoder skips everything else); otherwise every
frame is decoded and the samples picked from them. Time is counted from the first frame (HLS
timestamps start at an offset).

Audio, where the container has it, is demuxed alongside and decoded (cheap next to video): its level
is measured as the RMS of each `AUDIO_WINDOW_S` window, in dB below full scale, and each sample
carries the windows measured since the previous one (`Sample.audio`), on the same stream time.

Damaged input does not end the stream: a packet the demuxer flags corrupt (an MPEG-TS continuity
break: bytes missing or garbled), a packet the decoder refuses, an HLS segment that ends inside an
MPEG-TS packet (`hls.py`) is told to `on_damage` with its stream time and a one-line reason, and the
intact pictures around it are sampled as usual (`damage.py` turns the notes into records). Only
`MAX_UNDECODABLE_IN_A_ROW` refused packets in a row, or a stream that ends without one picture after
refused packets, end it (`cannot decode`): that is garbage, not damage.

Where the bytes come from: a local file through ffmpeg's `file` protocol only; an HLS playlist
through `hls.py`; any other network stream only through a `StreamAccess` (`access.py`: the policy-
checked reader for http(s), a pinned address and protocol whitelist for UDP/RTP, and RTSP through
a loopback relay that refuses redirects). Without one, a
remote stream is refused: ffmpeg never opens a network address that the policy has not checked."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

GOP_PROBE_KEYFRAMES = 3  # keyframes seen before deciding whether keyframes alone are dense enough
GOP_SLACK = 1.05  # a keyframe interval up to this much above the sample interval still counts as dense
MAX_PIXELS = 4096 * 2304  # larger pictures are refused (absurd resolutions are an attack, not a channel)
PLAYLIST_NAMES = ("index.m3u8", "playlist.m3u8", "master.m3u8")
AUDIO_WINDOW_S = 0.1  # audio level is measured as the RMS of windows this long
SILENCE_FLOOR_DB = -120.0  # the level reported for digital silence (log of zero)
MPEGTS_SYNC = b"\x47"  # the first byte of every MPEG-TS packet
MAX_UNDECODABLE_IN_A_ROW = 50  # video packets refused by the decoder in a row that end the stream
INT_FULL_SCALE = {"u8": 128.0, "s16": 32768.0, "s32": 2147483648.0, "s64": 9.223372036854776e18}

Gray = npt.NDArray[np.uint8]

if TYPE_CHECKING:
    from tamperwatch.streams.access import StreamAccess
    from tamperwatch.streams.rtsp_relay import RtspRelay
    from tamperwatch.streams.segments import SegmentSource


class StreamError(Exception):
    """A stream that cannot be opened or decoded; recorded as an error, never a crash."""


@dataclass(frozen=True)
class Sample:
    """One sampled frame: stream time, the picture reduced to `work` size (grayscale), and the
    decoded frame itself for what needs full resolution (OCR, evidence)."""

    t: float
    gray: Gray
    frame: Any  # av.VideoFrame
    audio: tuple[tuple[float, float], ...] = ()  # (window start in stream time, level in dBFS)

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


class AudioLevels:
    """RMS level per `AUDIO_WINDOW_S` window of decoded audio frames, on absolute stream time."""

    def __init__(self) -> None:
        self.start: float | None = None
        self.sum_sq = 0.0
        self.count = 0
        self.windows: list[tuple[float, float]] = []

    def add(self, frame: Any, t: float) -> None:
        data = frame.to_ndarray()
        name = str(frame.format.name).rstrip("p")
        if name in INT_FULL_SCALE:
            x = data.astype(np.float64)
            if name == "u8":
                x -= INT_FULL_SCALE["u8"]
            x /= INT_FULL_SCALE[name]
        else:
            x = data.astype(np.float64)
        if x.size == 0:
            return
        if self.start is None:
            self.start = t
        self.sum_sq += float(np.square(x).sum())
        self.count += int(x.size)
        end = t + frame.samples / max(1, frame.sample_rate or 1)
        if end - self.start >= AUDIO_WINDOW_S - 1e-9:
            ms = self.sum_sq / self.count
            level = 10.0 * float(np.log10(ms)) if ms > 0 else SILENCE_FLOOR_DB
            self.windows.append((self.start, max(SILENCE_FLOOR_DB, level)))
            self.start, self.sum_sq, self.count = None, 0.0, 0

    def take(self, t0: float) -> tuple[tuple[float, float], ...]:
        out = tuple((round(t - t0, 3), round(db, 2)) for t, db in self.windows)
        self.windows = []
        return out


def drain(vs: Any) -> list[Any]:
    """Everything the decoder holds, now, and the decoder ready for the next keyframe. Decoding
    keyframes only, a picture would otherwise come out only after several more keyframes (frame
    threads and reordering hold it): seconds of stream late, live, and the last ones never."""
    out: list[Any] = vs.codec_context.decode(None)
    vs.codec_context.flush_buffers()
    return out


def packet_time(packet: Any, t0: float | None) -> float:
    """A packet's stream time (0 before the first picture has set stream time's origin)."""
    ts = packet.pts if packet.pts is not None else packet.dts
    tb = float(packet.time_base) if packet.time_base else 0.0
    if ts is None or not tb or t0 is None:
        return 0.0
    return max(0.0, float(ts) * tb - t0)


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
        segments: SegmentSource | None = None,
        access: StreamAccess | None = None,
        on_damage: Callable[[float, str], None] | None = None,
    ) -> None:
        if sample_fps <= 0:
            raise ValueError("sample_fps must be positive")
        self.url = resolve(source)
        self.interval = 1.0 / sample_fps
        self.work_width = work_width
        self.open_timeout_s = open_timeout_s
        self.allow_keyframes_only = keyframes_only  # False: decode every frame (for comparison)
        self.segments = segments  # where an HLS playlist's segments come from (hls.py)
        self.access = access  # how other network streams are reached (access.py); None: refused
        self.on_damage = on_damage  # told (stream time, reason) of each damaged packet or segment
        self.info = SourceInfo()
        self._segment_notes: list[str] = []  # damage the HLS reader saw in a segment's bytes
        self._relay: RtspRelay | None = None  # the RTSP relay of the open connection (rtsp_relay.py)

    def __iter__(self) -> Iterator[Sample]:
        import av

        from tamperwatch.streams.hls import SegmentReader

        reader: SegmentReader | None = None
        self._relay = None
        try:
            container, reader = self._open()
        except (av.FFmpegError, OSError) as exc:
            if reader is not None and isinstance(reader.error, StreamError):
                raise reader.error from None
            raise StreamError(f"cannot open {self.url}: {exc}") from exc
        try:
            yield from self._samples(container)
            if self._relay is not None and self._relay.error is not None:
                raise self._relay.error  # the RTSP relay ended it (a refused redirect, a stall)
        except av.FFmpegError as exc:
            if reader is not None and isinstance(reader.error, StreamError):
                raise reader.error from None  # a segment refused or not fetched: its own reason
            if self._relay is not None and self._relay.error is not None:
                raise self._relay.error from None
            raise StreamError(f"cannot decode {self.url}: {exc}") from exc
        finally:
            container.close()
            if reader is not None:
                reader.close()
            if self._relay is not None:
                self._relay.close()

    def _open(self) -> tuple[Any, Any]:
        """The container, and the `SegmentReader` its bytes come through (None: ffmpeg reads)."""
        import av

        from tamperwatch.streams.hls import HlsSegments, is_playlist
        from tamperwatch.streams.pinning import LOCAL_FILE_OPTIONS, scheme_of
        from tamperwatch.streams.segments import REMOTE_SCHEMES, HlsLimits, HlsSource

        if is_playlist(self.url):
            segments = self.segments if self.segments is not None else HlsSource(None, HlsLimits())
            hls = HlsSegments(self.url, segments)
            self._segment_notes = hls.damage
            return self._over(hls)
        scheme = scheme_of(self.url)
        if not scheme:
            return av.open(self.url, timeout=self.open_timeout_s, options=LOCAL_FILE_OPTIONS), None
        if self.access is None:
            raise StreamError(f"{self.url}: refused: remote streams are not read here (only by a live watch)")
        if scheme in REMOTE_SCHEMES:
            return self._over(self.access.http(self.url))
        opened = self.access.ffmpeg(self.url)
        try:
            container = av.open(opened.url, timeout=self.open_timeout_s, options=opened.options)
        except (av.FFmpegError, OSError):
            if opened.relay is not None:
                opened.relay.close()
                if opened.relay.error is not None:
                    raise opened.relay.error from None  # a refused redirect: its own reason
            raise
        self._relay = opened.relay
        return container, None

    def _over(self, chunks: Iterable[bytes]) -> tuple[Any, Any]:
        """A container over bytes tamperwatch fetched (HLS segments, an http(s) stream)."""
        import av

        from tamperwatch.streams.hls import SegmentReader
        from tamperwatch.streams.pinning import FILE_OBJECT_OPTIONS

        reader = SegmentReader(iter(chunks))
        first = reader.peek_first()  # a refused or unreadable address raises its own StreamError here
        fmt = "mpegts" if first[:1] == MPEGTS_SYNC else None
        try:
            return av.open(reader, format=fmt, options=FILE_OBJECT_OPTIONS), reader
        except (av.FFmpegError, OSError):
            reader.close()
            if isinstance(reader.error, StreamError):
                raise reader.error from None  # refused or failed while probing: its own reason
            raise

    def _samples(self, container: Any) -> Iterator[Sample]:
        import av

        if not container.streams.video:
            raise StreamError(f"{self.url}: no video track")
        vs = container.streams.video[0]
        declared = vs.codec_context.width * vs.codec_context.height
        if declared > MAX_PIXELS:  # refused from the stream's parameters, before a picture is decoded
            size = f"{vs.codec_context.width}x{vs.codec_context.height}"
            raise StreamError(f"{self.url}: refused picture size {size}")
        vs.thread_type = "AUTO"
        self.info.has_audio = bool(container.streams.audio)
        aus = container.streams.audio[0] if container.streams.audio else None
        levels = AudioLevels()
        if container.duration:
            self.info.duration_s = container.duration / 1_000_000
        tb = float(vs.time_base) if vs.time_base else 1 / 90000
        t0: float | None = None
        next_t = 0.0
        key_times: list[float] = []
        keyframes_only = False
        refused = refused_total = 0  # video packets the decoder refused (in a row, in all)
        for packet in container.demux(*([vs, aus] if aus is not None else [vs])):
            flush = packet.pts is None and packet.dts is None  # the end of the stream
            self._damaged_packet(packet, t0, flush)
            if aus is not None and packet.stream is aus:
                if not flush:
                    self._audio(packet, levels)
                continue
            if flush:
                frames = packet.decode()  # the frames the decoder still holds
            else:
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
                try:
                    frames = packet.decode()
                    if keyframes_only:
                        frames = [*frames, *drain(vs)]
                    refused = 0
                except av.FFmpegError as exc:
                    refused, refused_total = refused + 1, refused_total + 1
                    what = exc.strerror or str(exc)
                    if refused >= MAX_UNDECODABLE_IN_A_ROW:
                        why = f"{refused} video packets in a row could not be decoded ({what})"
                        raise StreamError(f"cannot decode {self.url}: {why}") from exc
                    self._note(packet_time(packet, t0), f"a video packet could not be decoded ({what})")
                    frames = []
            for frame in frames:
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
                yield Sample(t=round(t, 3), gray=gray, frame=frame, audio=levels.take(t0))
        if refused_total and not self.info.decoded_frames:
            why = f"none of its {refused_total} video packets could be decoded"
            raise StreamError(f"cannot decode {self.url}: {why}")

    def _damaged_packet(self, packet: Any, t0: float | None, flush: bool) -> None:
        """Tell `on_damage` what this packet (or the HLS reader, since the last one) shows damaged."""
        if self._segment_notes:
            for why in self._segment_notes:
                self._note(packet_time(packet, t0), why)
            self._segment_notes.clear()
        if packet.is_corrupt and not flush:
            what = "audio" if packet.stream.type == "audio" else "video"
            why = f"a {what} packet flagged corrupt by the demuxer (bytes missing or garbled)"
            self._note(packet_time(packet, t0), why)

    def _note(self, t: float, why: str) -> None:
        if self.on_damage is not None:
            self.on_damage(round(t, 3), " ".join(why.split()))

    def _audio(self, packet: Any, levels: AudioLevels) -> None:
        """Decode one audio packet into `levels`; a broken audio packet costs its own level only
        (the picture is what is watched first)."""
        import av

        atb = float(packet.time_base) if packet.time_base else 0.0
        try:
            frames = packet.decode()
        except av.FFmpegError:
            return
        for frame in frames:
            if frame.pts is None or not atb:
                continue
            levels.add(frame, frame.pts * atb)

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
