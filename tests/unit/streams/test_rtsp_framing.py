"""The RTSP relay reads a connection's bytes the way ffmpeg's RTSP client does, so a server cannot
hide a redirect from it, and it moves ffmpeg's request lines back to the server's own address."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tamperwatch.streams.rtsp_framing import (
    Head,
    Piece,
    RtspFramingError,
    RtspSplitter,
    c_integer,
    rewrite_request,
)
from tests.support.rtsp_server import interleaved, reply

FRAMES = [interleaved(0, bytes([i]) * (100 + 300 * i)) for i in range(4)]
REDIRECT = reply("3", "302 Moved", ["Location: rtsp://10.0.0.9/x"])
STREAM = (
    reply("2", "200 OK", ["Content-Type: application/sdp"], b"v=0\r\n$ not a frame\r\n")
    + b"".join(FRAMES)
    + REDIRECT
)


def heads(pieces: list[Piece]) -> list[Head]:
    return [p for p in pieces if isinstance(p, Head)]


def passed(pieces: list[Piece]) -> bytes:
    return b"".join(p.raw if isinstance(p, Head) else p for p in pieces)


def feed_in(data: bytes, cuts: list[int]) -> list[Piece]:
    splitter = RtspSplitter()
    out: list[Piece] = []
    last = 0
    for cut in [*sorted(cuts), len(data)]:
        out += splitter.feed(data[last:cut])
        last = cut
    return out


def test_frames_then_a_redirect_are_cut_apart() -> None:
    pieces = RtspSplitter().feed(STREAM)
    assert [h.status for h in heads(pieces)] == [200, 302]
    assert heads(pieces)[1].header("location") == "rtsp://10.0.0.9/x"
    assert passed(pieces) == STREAM  # nothing lost, nothing added, in order
    assert heads(pieces)[0].content_length == len(b"v=0\r\n$ not a frame\r\n")  # a '$' in a body is body


@given(st.lists(st.integers(0, len(STREAM)), max_size=12))
def test_any_split_across_reads_gives_the_same_stream(cuts: list[int]) -> None:
    pieces = feed_in(STREAM, cuts)
    assert [h.status for h in heads(pieces)] == [200, 302]
    assert passed(pieces) == STREAM


def test_a_head_is_held_until_it_is_complete() -> None:
    splitter = RtspSplitter()
    assert splitter.feed(FRAMES[0] + b"RTSP/1.0 302 Moved\r\nLocation: rtsp://10.0.0.9/x\r\n") == [
        FRAMES[0][:4],
        FRAMES[0][4:],
    ]  # the frame is passed on at once; the 302 is not passed on, not even its first line
    assert [h.status for h in heads(splitter.feed(b"\r\n"))] == [302]


@pytest.mark.parametrize(
    ("stream", "status"),
    [
        (b"RTSP/1.0 4294967598 Moved\r\n\r\n", 302),  # ffmpeg keeps atoi's value in an int: 302
        (b"RTSP/1.0\t+302x\r\n\r\n", 302),
        (b"XYZ 301 Moved\r\n\r\n", 301),  # ffmpeg does not look at the first word
        (b"RTSP/1.0 200 OK\r\nX: 1\r\n\x00\r\nRTSP/1.0 302 Moved\r\n\r\n", 302),  # a NUL line ends it
        (b"RTSP/1.0 200 OK\r\nX: 1\r\n\r$\x00\x00\x02ab\r\nRTSP/1.0 303 See\r\n\r\n", 303),  # CR then '$'
        (b"RTSP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n\n", 0),  # an empty line alone: an empty message
    ],
)
def test_status_is_read_as_ffmpeg_reads_it(stream: bytes, status: int) -> None:
    assert heads(RtspSplitter().feed(stream))[-1].status == status


def test_content_length_is_read_as_ffmpeg_reads_it() -> None:
    head = b"RTSP/1.0 200 OK\r\ncontent-LENGTH:  +3\r\n\r\n"
    pieces = RtspSplitter().feed(head + b"abc" + REDIRECT)
    assert [h.status for h in heads(pieces)] == [200, 302]
    assert c_integer(b" -5") == -5 and c_integer(b"x") == 0


@pytest.mark.parametrize(
    ("stream", "why"),
    [
        (b"RTSP/1.0 200 OK\r\nX: " + b"a" * 5000, "line longer"),
        (b"RTSP/1.0 200 OK\r\nContent-Length: 99999999\r\n\r\n", "body of 99999999"),
        (b"RTSP/1.0 200 OK\r\n" + b"X: 1\r\n" * 20000, "head longer"),
    ],
)
def test_limits_are_refused_not_buffered(stream: bytes, why: str) -> None:
    with pytest.raises(RtspFramingError, match=why):
        RtspSplitter().feed(stream)


def request(line: bytes) -> Head:
    return heads(RtspSplitter().feed(line + b"\r\nCSeq: 2\r\nAccept: application/sdp\r\n\r\n"))[0]


@pytest.mark.parametrize(
    ("line", "sent"),
    [
        (
            b"DESCRIBE rtsp://127.0.0.1:40001/live?ch=1 RTSP/1.0",
            b"DESCRIBE rtsp://cam.example:8554/live?ch=1 RTSP/1.0",
        ),
        (
            b"SETUP rtsp://127.0.0.1:40001/live/track0 RTSP/1.0",
            b"SETUP rtsp://cam.example:8554/live/track0 RTSP/1.0",
        ),
        (
            b"SETUP rtsp://cam.example:8554/base/track0 RTSP/1.0",
            b"SETUP rtsp://cam.example:8554/base/track0 RTSP/1.0",
        ),
        (b"OPTIONS * RTSP/1.0", b"OPTIONS * RTSP/1.0"),
        (b"SETUP rtsp://127.0.0.1:40001.evil/x RTSP/1.0", b"SETUP rtsp://127.0.0.1:40001.evil/x RTSP/1.0"),
    ],
)
def test_request_lines_name_the_server_not_the_relay(line: bytes, sent: bytes) -> None:
    out = rewrite_request(request(line), "rtsp://127.0.0.1:40001", "rtsp://cam.example:8554")
    assert out == sent + b"\r\nCSeq: 2\r\nAccept: application/sdp\r\n\r\n"  # headers untouched
