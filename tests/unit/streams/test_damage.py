"""Damaged input is noted, not fatal: a packet the decoder refuses is told to `on_damage` and the
pictures around it are sampled; a stream of nothing but refused packets ends in a clean error after a
bounded number of notes; notes become one record per damaged stretch, capped per window and counted."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from tamperwatch.streams.damage import DamageLog
from tamperwatch.streams.source import MAX_UNDECODABLE_IN_A_ROW, FrameSource, StreamError

av = pytest.importorskip("av")

FPS = 5
SIDE = 64


def mjpeg(path: Path, frames: int, garbage: Callable[[int], bool]) -> Path:
    """A small MJPEG video whose frames `garbage(i)` carry random bytes in an intact container
    (the decoder refuses them; the demuxer does not notice)."""
    with av.open(str(path), "w") as out:
        stream = out.add_stream("mjpeg", rate=FPS)
        stream.width = stream.height = SIDE
        stream.pix_fmt = "yuvj420p"
        for i in range(frames):
            picture = np.full((SIDE, SIDE, 3), (i * 10) % 256, np.uint8)
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, FPS)
            for packet in stream.encode(frame):
                if garbage(i):
                    bad = av.Packet(random.Random(i).randbytes(packet.size))
                    bad.pts, bad.dts, bad.time_base = packet.pts, packet.dts, packet.time_base
                    bad.stream = stream
                    packet = bad
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path


def sample(path: Path) -> tuple[list[float], list[tuple[float, str]], str]:
    notes: list[tuple[float, str]] = []
    src = FrameSource(path, sample_fps=FPS, work_width=SIDE, on_damage=lambda t, why: notes.append((t, why)))
    times: list[float] = []
    try:
        times.extend(s.t for s in src)
    except StreamError as exc:
        return times, notes, str(exc)
    return times, notes, ""


def test_packets_the_decoder_refuses_are_noted_and_the_rest_is_sampled(tmp_path: Path) -> None:
    times, notes, error = sample(mjpeg(tmp_path / "v.mkv", 20, lambda i: 10 <= i < 13))
    assert error == ""
    assert [t for t, _ in notes] == [2.0, 2.2, 2.4]  # stream time of each refused packet
    assert all("could not be decoded" in why and "\n" not in why for _, why in notes)
    assert times[:10] == [round(i / FPS, 3) for i in range(10)] and times[-1] == 3.8  # to the end


def test_nothing_but_refused_packets_is_a_clean_error_after_bounded_notes(tmp_path: Path) -> None:
    times, notes, error = sample(mjpeg(tmp_path / "long.mkv", MAX_UNDECODABLE_IN_A_ROW + 20, lambda i: True))
    assert times == [] and f"{MAX_UNDECODABLE_IN_A_ROW} video packets in a row could not be decoded" in error
    assert len(notes) == MAX_UNDECODABLE_IN_A_ROW - 1
    times, notes, error = sample(mjpeg(tmp_path / "short.mkv", 10, lambda i: True))
    assert times == [] and "none of its 10 video packets could be decoded" in error


def test_one_record_per_damaged_stretch() -> None:
    log = DamageLog()
    assert log.note(1.9) == ""  # a record is due
    assert log.note(1.96) is None  # same stretch: no picture judged between them
    log.picture()  # this picture came with damage before it: the stretch stays open
    assert log.note(2.5) is None
    log.picture()
    log.picture()  # a picture with no damage since the last one closes it
    assert log.note(4.2) == ""
    assert (log.stretches, log.notes) == (2, 4)


def test_records_are_capped_per_window_and_the_rest_counted() -> None:
    log = DamageLog(max_records=2, window_s=100.0)
    due = []
    for t in range(0, 250, 10):  # a damaged stretch every 10 s of stream
        due.append(log.note(float(t)))
        log.picture()
        log.picture()
    recorded = [(t, extra) for t, extra in zip(range(0, 250, 10), due, strict=True) if extra is not None]
    assert [t for t, _ in recorded] == [0, 10, 100, 110, 200, 210]
    assert "more are counted, not recorded" in recorded[1][1]
    assert recorded[2][1] == "8 damaged stretches before this one were counted, not recorded"
    assert log.stretches == 25
