"""HLS read by tamperwatch itself, not by ffmpeg's own HTTP client: the playlist and every segment
come through a `SegmentSource` (`segments.py`: the policy-checked HTTP fetcher with size, time and
redirect limits, or the playlist's own folder on disk), and PyAV decodes the downloaded bytes from
memory (`SegmentReader`, a file-like object over the segments in order).

Supported: media playlists (VOD or live; a live playlist is reloaded every half target duration and
read on from the last segment taken), master playlists (the variant with the highest bandwidth whose
resolution is within the picture limit), MPEG-TS segments and fMP4 segments with an `#EXT-X-MAP`
initialisation section. Refused with one line: encrypted segments (`#EXT-X-KEY` other than NONE) and
byte ranges (`#EXT-X-BYTERANGE`), playlists that are not HLS, and a live playlist that stops growing.
An MPEG-TS segment that ends inside a 188-byte packet is passed on and noted in `HlsSegments.damage`
(`FrameSource` records it as damaged input): its intact pictures are still watched.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tamperwatch.streams.source import MAX_PIXELS, MPEGTS_SYNC, StreamError

if TYPE_CHECKING:
    from tamperwatch.streams.segments import SegmentSource

PLAYLIST_SUFFIXES = (".m3u8", ".m3u")
MAX_PLAYLIST_ENTRIES = 20_000  # segments (or variants) one playlist may list
STALE_RELOADS = 6  # a live playlist reloaded this many times without a new segment has ended
RELOAD_FRACTION = 0.5  # a live playlist is reloaded every this much of its target duration
MIN_RELOAD_S = 0.5
DEFAULT_TARGET_S = 6.0  # target duration assumed when a playlist gives none
MPEGTS_PACKET_BYTES = 188


@dataclass(frozen=True)
class Segment:
    sequence: int
    uri: str
    duration: float


@dataclass
class Playlist:
    segments: list[Segment] = field(default_factory=list)
    variants: list[tuple[int, int, str]] = field(default_factory=list)  # (bandwidth, pixels, uri)
    init_uri: str = ""
    target_s: float = DEFAULT_TARGET_S
    ended: bool = False


def is_playlist(source: str) -> bool:
    path = source.split("?", 1)[0].split("#", 1)[0].lower()
    return path.endswith(PLAYLIST_SUFFIXES)


def _attributes(text: str) -> dict[str, str]:
    """`KEY=VALUE,KEY="VALUE, with commas"` as a dict (keys upper-case)."""
    out: dict[str, str] = {}
    key, value, quoted, reading_key = "", "", False, True
    for ch in text + ",":
        if reading_key:
            if ch == "=":
                reading_key = False
            elif ch != ",":
                key += ch
        elif ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            out[key.strip().upper()] = value.strip()
            key, value, reading_key = "", "", True
        else:
            value += ch
    return out


def _pixels(resolution: str) -> int:
    w, _, h = resolution.lower().partition("x")
    return int(w) * int(h) if w.isdigit() and h.isdigit() else 0


def parse_playlist(text: str, where: str) -> Playlist:
    """An M3U8 playlist; anything that is not one, or that asks for what is not supported, is a
    `StreamError` naming `where`."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines or not lines[0].startswith("#EXTM3U"):
        raise StreamError(f"{where}: not an HLS playlist (no #EXTM3U)")
    pl = Playlist()
    sequence = 0
    duration = 0.0
    variant: tuple[int, int] | None = None
    for ln in lines[1:]:
        tag, _, value = ln.partition(":")
        if tag == "#EXT-X-MEDIA-SEQUENCE" and value.strip().isdigit():
            sequence = int(value)
        elif tag == "#EXT-X-TARGETDURATION":
            pl.target_s = _number(value, where, DEFAULT_TARGET_S)
        elif tag == "#EXTINF":
            duration = _number(value.split(",", 1)[0], where, 0.0)
        elif tag == "#EXT-X-ENDLIST":
            pl.ended = True
        elif tag == "#EXT-X-KEY" and _attributes(value).get("METHOD", "NONE").upper() != "NONE":
            raise StreamError(f"{where}: encrypted HLS segments are not supported")
        elif tag == "#EXT-X-BYTERANGE":
            raise StreamError(f"{where}: HLS byte-range segments are not supported")
        elif tag == "#EXT-X-MAP":
            attrs = _attributes(value)
            if "BYTERANGE" in attrs:
                raise StreamError(f"{where}: HLS byte-range segments are not supported")
            pl.init_uri = attrs.get("URI", "").strip('"')
        elif tag == "#EXT-X-STREAM-INF":
            attrs = _attributes(value)
            bandwidth = attrs.get("BANDWIDTH", "0")
            variant = (int(bandwidth) if bandwidth.isdigit() else 0, _pixels(attrs.get("RESOLUTION", "")))
        elif not ln.startswith("#"):
            if variant is not None:
                pl.variants.append((*variant, ln))
                variant = None
            else:
                pl.segments.append(Segment(sequence, ln, duration))
                sequence += 1
            if len(pl.segments) + len(pl.variants) > MAX_PLAYLIST_ENTRIES:
                raise StreamError(f"{where}: more than {MAX_PLAYLIST_ENTRIES} entries in one playlist")
    return pl


def _number(text: str, where: str, default: float) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        raise StreamError(f"{where}: not a number in the playlist: {text.strip()!r}") from None
    return value if value > 0 else default


def best_variant(variants: list[tuple[int, int, str]]) -> str:
    """The highest bandwidth among variants small enough to be watched (all, when none says)."""
    fitting = [v for v in variants if v[1] <= MAX_PIXELS] or variants
    return max(fitting, key=lambda v: (v[0], -v[1]))[2]


class HlsSegments:
    """The bytes of one HLS stream, segment after segment (initialisation section first)."""

    def __init__(
        self,
        url: str,
        source: SegmentSource,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.url = url
        self.source = source
        self.sleep = sleep
        self.segments = 0
        self.damage: list[str] = []  # segments whose bytes show damage, not yet taken by the reader

    def _playlist(self, url: str) -> Playlist:
        return parse_playlist(self.source.playlist(url).decode("utf-8", "replace"), url)

    def __iter__(self) -> Iterator[bytes]:
        url = self.url
        pl = self._playlist(url)
        if pl.variants and not pl.segments:
            url = self.source.join(url, best_variant(pl.variants))
            pl = self._playlist(url)
        if not pl.segments and pl.ended:
            raise StreamError(f"{url}: a playlist without segments")
        if pl.init_uri:
            yield self.source.segment(self.source.join(url, pl.init_uri))
        taken = -1
        stale = 0
        while True:
            fresh = [s for s in pl.segments if s.sequence > taken]
            for seg in fresh:
                self.segments += 1
                data = self.source.segment(self.source.join(url, seg.uri))
                if data[:1] == MPEGTS_SYNC and len(data) % MPEGTS_PACKET_BYTES:
                    self.damage.append(
                        f"HLS segment {seg.uri} ends inside an MPEG-TS packet "
                        f"({len(data)} bytes, not a multiple of {MPEGTS_PACKET_BYTES}): cut short"
                    )
                yield data
                taken = seg.sequence
            if pl.ended:
                return
            stale = 0 if fresh else stale + 1
            if stale >= STALE_RELOADS:
                raise StreamError(f"{url}: the live playlist stopped growing")
            self.sleep(max(MIN_RELOAD_S, pl.target_s * RELOAD_FRACTION))
            pl = self._playlist(url)


class SegmentReader(io.RawIOBase):
    """A read-only, unseekable file over an iterator of byte chunks, for `av.open`. An error raised
    while fetching is kept in `error` (PyAV reports only that the read failed)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self._chunks = chunks
        self._buffer = memoryview(b"")
        self.error: Exception | None = None

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        """Closes the chunks' source too (a connection, when they come from one)."""
        if not self.closed:
            close = getattr(self._chunks, "close", None)
            if close is not None:
                close()
        super().close()

    def peek_first(self) -> bytes:
        """The first chunk's opening bytes (it stays to be read)."""
        if not self._buffer:
            self._fill()
        return bytes(self._buffer[:4])

    def _fill(self) -> bool:
        while not self._buffer:
            try:
                self._buffer = memoryview(next(self._chunks))
            except StopIteration:
                return False
            except Exception as exc:  # kept for FrameSource to raise; PyAV would flatten it
                self.error = exc
                raise
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        if not self._buffer and not self._fill():
            return 0
        n = min(len(b), len(self._buffer))
        b[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n
