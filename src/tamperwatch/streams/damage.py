"""Damaged input: what the source saw go wrong in the bytes, one note at a time, turned into at most
one record per damaged stretch, and at most `MAX_RECORDS_PER_WINDOW` of those per `RECORD_WINDOW_S`
of stream time (the rest are counted).

A note comes from the source (`source.py`): a packet the demuxer flagged corrupt (an MPEG-TS
continuity break: a segment cut short, bytes missing or garbled), a packet the decoder refused, an
HLS segment that ends inside an MPEG-TS packet. A stretch is the damage noted between judged
pictures: it stays open while every sample comes with damage noted since the previous one, and the
first sample with none closes it. So a segment cut short is one record, and a stream of garbage that
still gives pictures is one record, not one per packet."""

from __future__ import annotations

from dataclasses import dataclass

MAX_RECORDS_PER_WINDOW = 10  # damaged stretches recorded per window; later ones are only counted
RECORD_WINDOW_S = 3600.0  # stream seconds


@dataclass
class DamageLog:
    """Which damage notes become records. `stretches` counts every damaged stretch, `notes` every
    note, recorded or not."""

    max_records: int = MAX_RECORDS_PER_WINDOW
    window_s: float = RECORD_WINDOW_S
    stretches: int = 0
    notes: int = 0
    unrecorded: int = 0  # stretches counted but not recorded since the last record
    _open: bool = False
    _dirty: bool = False  # damage noted since the last judged picture
    _window_start: float | None = None
    _in_window: int = 0

    def note(self, t: float) -> str | None:
        """Damage at stream time `t`. None: it belongs to the open stretch, or the window's records
        are spent (counted); otherwise a record is due, and the text to add to its reasons."""
        self.notes += 1
        self._dirty = True
        if self._open:
            return None
        self._open = True
        self.stretches += 1
        if self._window_start is None or t - self._window_start >= self.window_s:
            self._window_start, self._in_window = t, 0
        if self._in_window >= self.max_records:
            self.unrecorded += 1
            return None
        self._in_window += 1
        extra = ""
        if self.unrecorded:
            extra = f"{self.unrecorded} damaged stretches before this one were counted, not recorded"
            self.unrecorded = 0
        elif self._in_window == self.max_records:
            extra = (
                f"damaged stretch {self.max_records} within {self.window_s:g} s of stream: "
                "more are counted, not recorded"
            )
        return extra

    def picture(self) -> None:
        """A picture was judged: the stretch ends unless damage was noted since the last one."""
        if not self._dirty:
            self._open = False
        self._dirty = False
