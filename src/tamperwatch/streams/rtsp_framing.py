"""One direction of an RTSP connection cut into what it carries (sans IO): interleaved binary frames
(`$`, a channel byte, a 2-byte big-endian length, the payload) and text messages (a start line,
header lines, an empty line, then `Content-Length` bytes of body).

It reads the bytes the way ffmpeg's RTSP client does (`ff_rtsp_read_reply`), so that what the relay
judges is what ffmpeg would act on: a line ends at LF, every CR is ignored and a NUL ends the line's
text (C strings); a `$` at the start of any line, CRs before it aside, is an interleaved frame
(ffmpeg skips it, even inside a message); an empty line ends the
message (an empty first line is an empty message); the status is the second word of the first line
read as C's `atoi` reads it; `Content-Length:` is matched case-insensitively and read as `strtol`
reads it, a body only when it is above zero.

Frames and bodies are handed on as they arrive (never held); a message's start line and headers are
held until the empty line, at most `max_head_bytes`, so that a decision about the message (a redirect
is refused, a request line is rewritten) is taken before any of it is passed on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

FRAME_MARK = 0x24  # '$'
CR = 0x0D
FRAME_HEADER_BYTES = 4  # '$', channel, 2-byte length
MAX_LINE_BYTES = 4096  # ffmpeg's own line buffer; a longer line is refused, not cut
MAX_HEAD_BYTES = 64 * 1024  # a message's start line and headers together
MAX_BODY_BYTES = 1024 * 1024  # an RTSP body (an SDP is at most 16 KiB to ffmpeg)
C_INTEGER = re.compile(rb"[ \t\n\v\f\r]*([+-]?[0-9]+)")  # what atoi/strtol read, leading space skipped
C_LONG = 2**63  # strtol clamps to a 64-bit long ...
C_INT = 2**32  # ... and ffmpeg keeps it in an int (wraps)
CONTENT_LENGTH = b"content-length:"


class RtspFramingError(Exception):
    """Bytes that are not an RTSP stream within the limits."""


@dataclass(frozen=True)
class Head:
    """A text message's start line and header lines (CRs removed), and its bytes as received."""

    lines: tuple[bytes, ...]
    raw: bytes
    content_length: int

    @property
    def status(self) -> int:
        """The reply code, as ffmpeg reads it: `atoi` of the first line's second word (0: none)."""
        first = self.lines[0] if self.lines else b""
        words = [w for w in re.split(rb"[ \t]", first) if w]  # get_word's separators (CR, LF gone)
        return c_integer(words[1]) if len(words) > 1 else 0

    def header(self, name: str) -> str:
        """The first header `name` (case-insensitive), "" when absent."""
        prefix = name.lower().encode() + b":"
        for line in self.lines[1:]:
            if line.lower().startswith(prefix):
                return line[len(prefix) :].strip().decode("latin-1")
        return ""


Piece = bytes | Head  # bytes: pass on as they are (frames, bodies); Head: a message's head to judge


def c_integer(text: bytes) -> int:
    """`text` read as ffmpeg reads a number into an int: `strtol` (leading space, a sign, digits,
    clamped to a 64-bit long; 0 when none), then kept in 32 bits. So `4294967598` is 302 to ffmpeg,
    and to the relay."""
    match = C_INTEGER.match(text)
    if not match:
        return 0
    value = max(-C_LONG, min(C_LONG - 1, int(match.group(1))))
    return (value + C_INT // 2) % C_INT - C_INT // 2


@dataclass
class RtspSplitter:
    """Feed one direction's bytes as they come; get back `Piece`s in order."""

    max_line_bytes: int = MAX_LINE_BYTES
    max_head_bytes: int = MAX_HEAD_BYTES
    max_body_bytes: int = MAX_BODY_BYTES
    _buf: bytearray = field(default_factory=bytearray)
    _lines: list[bytes] = field(default_factory=list)
    _raw: bytearray = field(default_factory=bytearray)
    _pending: bytearray = field(default_factory=bytearray)  # CRs read at the start of the line
    _length: int = 0
    _remaining: int = 0  # payload bytes of a frame or body still to pass on

    def feed(self, data: bytes) -> list[Piece]:
        self._buf += data
        out: list[Piece] = []
        while self._buf:
            if self._remaining:
                take = bytes(self._buf[: self._remaining])
                del self._buf[: len(take)]
                self._remaining -= len(take)
                out.append(take)
            elif self._buf[0] == CR:  # ignored by ffmpeg: a '$' after it still starts a frame
                self._pending.append(CR)
                del self._buf[0]
                if len(self._pending) > self.max_line_bytes:
                    raise RtspFramingError(f"an RTSP line longer than {self.max_line_bytes} bytes")
            elif self._buf[0] == FRAME_MARK:
                if len(self._buf) < FRAME_HEADER_BYTES:
                    break
                header = bytes(self._buf[:FRAME_HEADER_BYTES])
                del self._buf[:FRAME_HEADER_BYTES]
                self._remaining = int.from_bytes(header[2:4], "big")
                out.append(header)
            elif not self._line(out):
                break
        return out

    def _line(self, out: list[Piece]) -> bool:
        """Take one whole line from the buffer (False: not complete yet)."""
        end = self._buf.find(b"\n")
        if end < 0:
            if len(self._buf) > self.max_line_bytes:
                raise RtspFramingError(f"an RTSP line longer than {self.max_line_bytes} bytes")
            return False
        if end > self.max_line_bytes:
            raise RtspFramingError(f"an RTSP line longer than {self.max_line_bytes} bytes")
        raw = bytes(self._pending + self._buf[: end + 1])
        del self._buf[: end + 1]
        self._pending.clear()
        self._raw += raw
        if len(self._raw) > self.max_head_bytes:
            raise RtspFramingError(f"an RTSP message head longer than {self.max_head_bytes} bytes")
        line = raw[:-1].replace(b"\r", b"").split(b"\0", 1)[0]
        if line:
            if self._lines and line[: len(CONTENT_LENGTH)].lower() == CONTENT_LENGTH:
                self._length = c_integer(line[len(CONTENT_LENGTH) :])
            self._lines.append(line)
            return True
        length = max(0, self._length)
        if length > self.max_body_bytes:
            raise RtspFramingError(f"an RTSP body of {length} bytes (at most {self.max_body_bytes})")
        out.append(Head(tuple(self._lines), bytes(self._raw), length))
        self._lines, self._raw, self._length, self._remaining = [], bytearray(), 0, length
        return True


def rewrite_request(head: Head, relay_origin: str, origin: str) -> bytes:
    """`head`'s bytes with its request URL moved from the relay (`rtsp://127.0.0.1:PORT`) back to
    the server's own `origin` (`rtsp://camera.example:554`), so the server sees its own name; a URL
    that names anything else (the server's own Content-Base, `*`) and every header pass unchanged."""
    if not head.lines:
        return head.raw
    first, sep, rest = head.raw.partition(b"\n")
    words = first.split(b" ")
    if len(words) < 3 or not words[-1].upper().startswith(b"RTSP/"):
        return head.raw  # not a request line
    url = words[1].decode("latin-1")
    parts = urlsplit(url)
    if f"{parts.scheme}://{parts.netloc}".lower() != relay_origin.lower():
        return head.raw
    words[1] = (origin + url[len(relay_origin) :]).encode("latin-1")
    return b" ".join(words) + sep + rest
