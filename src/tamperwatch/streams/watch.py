"""One stream's watch loop: each sampled frame is checked (health, library match, text policy) and
conditions that last become findings. The same `StreamWatcher` serves `stream replay`, the live
`stream` target and (frame by frame) pushed screen captures."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import cv2
import numpy as np
import numpy.typing as npt

from tamperwatch import ocr
from tamperwatch.streams import health
from tamperwatch.streams.damage import DamageLog
from tamperwatch.streams.fingerprint import Gray
from tamperwatch.streams.library import Library
from tamperwatch.streams.match import Match, Matcher
from tamperwatch.streams.persist import Run
from tamperwatch.streams.regions import keep_mask
from tamperwatch.streams.source import Sample
from tamperwatch.streams.textpolicy import TextFinding, TextPolicy

if TYPE_CHECKING:
    from tamperwatch.settings import Settings

UNKNOWN_SHARE = 0.25  # a frame a quarter of which is not the aligned approved picture is unknown content
BOX_PAD = 0.6  # a changed box is read with this much of its height added around it
MAX_TEXT_BOXES = 8  # changed boxes read per frame, largest first
MIN_BOX_HEIGHT = 4  # work pixels; thinner changes are edges, not text
OCR_REUSE_LEVEL = 6.0  # grey levels: a box whose crop changed less than this is not read again
BRIGHT_MIN_PX = 30  # a black frame with at least this many bright work pixels may carry text
TEXT_GRACE_SAMPLES = 1  # samples a changed area keeps its "new text" verdict when OCR misses it once

UNKNOWN = "unknown-content"
TEXT = "text-policy"
BLACK = "black"
FROZEN = "frozen"
STALL = "stall"
SILENT = "silent"
OFF_SCHEDULE = "off-schedule"  # approved content, but not scheduled for now (schedule.py)
DAMAGED = "damaged"  # the input was damaged (a segment cut short, garbled bytes); never defaced


@dataclass(frozen=True)
class WatchConfig:
    persistence_s: float = 3.0
    black_min_s: float = 2.0
    frozen_min_s: float = 2.0
    stall_s: float = 5.0
    silent_min_s: float = 2.0  # ffmpeg silencedetect's d
    silent_db: float = -60.0  # ffmpeg silencedetect's noise
    ocr: bool = True
    blocked_phrases: tuple[str, ...] = ()
    features: int = 1200
    off_schedule_defaced: bool = False  # an off-schedule finding is a defacement (default: its own)

    @classmethod
    def from_settings(cls, settings: Settings) -> WatchConfig:
        return cls(
            persistence_s=settings.stream_persistence_s,
            black_min_s=settings.stream_black_min_s,
            frozen_min_s=settings.stream_frozen_min_s,
            stall_s=settings.stream_stall_s,
            silent_min_s=settings.stream_silent_min_s,
            silent_db=settings.stream_silent_db,
            ocr=settings.stream_ocr,
            blocked_phrases=tuple(settings.stream_blocked_phrases),
            off_schedule_defaced=settings.stream_off_schedule_defaced,
        )


@dataclass(frozen=True)
class Finding:
    t: float
    kind: str
    defaced: bool
    score: float
    reasons: tuple[str, ...]
    item: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "t": round(self.t, 3),
            "kind": self.kind,
            "defaced": self.defaced,
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
        }


@dataclass
class FrameVerdict:
    """What one sample showed."""

    t: float
    state: str  # "ok", "black", UNKNOWN, TEXT or OFF_SCHEDULE
    frozen: bool = False
    match: Match | None = None
    text: list[TextFinding] = field(default_factory=list)
    score: float = 0.0
    reason: str = ""


def overlaps(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Two boxes share at least half of the smaller one."""
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return w > 0 and h > 0 and w * h >= 0.5 * min(a[2] * a[3], b[2] * b[3])


class StreamWatcher:
    """`clock` maps stream time to wall time for the library's schedule (without one, or without a
    schedule, nothing is off schedule)."""

    def __init__(
        self, library: Library, config: WatchConfig, clock: Callable[[float], datetime] | None = None
    ) -> None:
        self.library = library
        self.config = config
        self.clock = clock
        self.off_schedule = Run(config.persistence_s)
        self.policy = TextPolicy(blocked=config.blocked_phrases)
        self._approved_read = False
        self.matcher: Matcher | None = None
        self.keep: npt.NDArray[np.uint8] | None = None
        self.size: tuple[int, int] = (0, 0)
        self.previous: Gray | None = None
        self.last_t: float | None = None
        self.bad = Run(config.persistence_s)
        self.bad_kinds: list[str] = []
        self.black = Run(config.black_min_s)
        self.frozen = Run(config.frozen_min_s)
        self.silent = Run(config.silent_min_s)
        self._ocr_cache: dict[tuple[int, int, int, int], tuple[Gray, list[ocr.TextLine]]] = {}
        self._text_at: list[tuple[int, int, int, int]] = []  # changed boxes last read as new text
        self._text_found: list[TextFinding] = []
        self._grace_left = 0
        self.damage = DamageLog()
        self.ocr_calls = 0
        self.frames = 0

    # --- set-up --------------------------------------------------------------------------------
    def _setup(self, sample: Sample) -> None:
        h, w = sample.gray.shape
        fw, fh = int(sample.frame.width), int(sample.frame.height)
        self.size = (fw, fh)
        self.library.prepare(w, h)
        self.keep = keep_mask(self.library.regions, fw, fh, w, h)
        self.matcher = Matcher(self.library, self.keep, self.config.features)

    def _approve_library_text(self) -> None:
        if self._approved_read:
            return
        self._approved_read = True
        for item in self.library.items:
            if "@" in item.name and not item.name.endswith("@0"):
                continue  # one frame of each approved video is read; its captions are on all of them
            self.policy.approve(ocr.read_tiled(item.bgr))

    # --- per sample ----------------------------------------------------------------------------
    def damaged(self, t: float, reason: str) -> list[Finding]:
        """Damaged input at stream time `t` (the source's note): one `damaged` finding per damaged
        stretch, capped per window of stream time (`damage.py`); the pictures are judged on."""
        extra = self.damage.note(t)
        if extra is None:
            return []
        reasons = (f"damaged input at {t:.1f} s: {reason}", *((extra,) if extra else ()))
        return [Finding(t, DAMAGED, False, 1.0, reasons)]

    def feed(self, samples: Iterable[Sample]) -> Iterator[Finding]:
        for sample in samples:
            yield from self.step(sample)

    def step(self, sample: Sample) -> list[Finding]:
        if self.matcher is None:
            self._setup(sample)
        out: list[Finding] = []
        t = sample.t
        if self.last_t is not None and t - self.last_t > self.config.stall_s:
            out.append(Finding(t, STALL, False, 1.0, (f"no picture for {t - self.last_t:.1f} s",)))
        self.last_t = t
        self.damage.picture()
        out.extend(self._silence(sample.audio))
        v = self.judge(sample)
        self.frames += 1
        out.extend(self._persist(v))
        self.previous = sample.gray
        return out

    def judge(self, sample: Sample) -> FrameVerdict:
        assert self.matcher is not None and self.keep is not None
        gray = sample.gray
        frozen = health.is_frozen(gray, self.previous)
        if health.is_black(gray, self.keep):
            found = self._text_on_black(sample)
            if found:
                return FrameVerdict(sample.t, TEXT, frozen, None, found, 1.0, found[0].reason())
            return FrameVerdict(sample.t, "black", frozen, reason="black picture")
        m = self.matcher.match(gray)
        if not m.matched:
            reason = "picture matches no approved content"
            return FrameVerdict(sample.t, UNKNOWN, frozen, m, score=1.0, reason=reason)
        if m.changed_frac >= UNKNOWN_SHARE:
            name = m.item.name if m.item else ""
            reason = f"{m.changed_frac:.0%} of the picture differs from approved {name}"
            return FrameVerdict(sample.t, UNKNOWN, frozen, m, score=min(1.0, m.changed_frac), reason=reason)
        found = self._text_in_boxes(sample, m)
        if found:
            self._text_at, self._text_found, self._grace_left = list(m.boxes), found, TEXT_GRACE_SAMPLES
            return FrameVerdict(sample.t, TEXT, frozen, m, found, 1.0, found[0].reason())
        if self._grace_left > 0 and any(overlaps(a, b) for a in m.boxes for b in self._text_at):
            # the area that carried new text is still changed; OCR missing it once does not end the run
            self._grace_left -= 1
            carried = self._text_found
            return FrameVerdict(sample.t, TEXT, frozen, m, carried, 1.0, carried[0].reason())
        self._text_at, self._grace_left = [], 0
        return self._scheduled(FrameVerdict(sample.t, "ok", frozen, m))

    def _scheduled(self, v: FrameVerdict) -> FrameVerdict:
        """An approved picture that the schedule does not allow now is OFF_SCHEDULE."""
        item = v.match.item if v.match is not None else None
        if self.library.schedule is None or self.clock is None or item is None:
            return v
        when = self.clock(v.t)
        allowed = self.library.schedule.allowed_at(when)
        if allowed is None or item.group in allowed:
            return v
        v.state, v.score = OFF_SCHEDULE, 1.0
        local = when.astimezone(self.library.schedule.zone)
        v.reason = f"approved {item.group} is not scheduled at {local:%a %H:%M %Z}"
        return v

    # --- text --------------------------------------------------------------------------------------
    def _read(self, sample: Sample, box: tuple[int, int, int, int]) -> list[ocr.TextLine]:
        """Lines inside a work-pixel box, read at the frame's own resolution (cached while the box
        looks the same)."""
        gh, gw = sample.gray.shape
        x, y, w, h = box
        key = (x // 16, y // 16, (x + w) // 16, (y + h) // 16)
        small = cv2.resize(sample.gray[y : y + h, x : x + w], (32, 8), interpolation=cv2.INTER_AREA)
        thumb = np.asarray(small, np.uint8)
        hit = self._ocr_cache.get(key)
        if hit is not None and float(cv2.absdiff(hit[0], thumb).mean()) < OCR_REUSE_LEVEL:
            return hit[1]
        fw, fh = self.size
        sx, sy = fw / gw, fh / gh
        bgr = sample.bgr()
        crop = bgr[int(y * sy) : int(np.ceil((y + h) * sy)), int(x * sx) : int(np.ceil((x + w) * sx))]
        x0, y0 = int(x * sx), int(y * sy)
        lines = [
            ocr.TextLine(ln.text, ln.score, (ln.box[0] + x0, ln.box[1] + y0, ln.box[2], ln.box[3]))
            for ln in ocr.read_text(crop)
        ]
        lines = [ln for ln in lines if self._outside_ignored(ln.box)]
        self.ocr_calls += 1
        self._ocr_cache[key] = (thumb, lines)
        return lines

    def _boxes(self, m: Match, gw: int, gh: int) -> list[tuple[int, int, int, int]]:
        boxes = sorted((b for b in m.boxes if b[3] >= MIN_BOX_HEIGHT), key=lambda b: -b[2] * b[3])
        out: list[tuple[int, int, int, int]] = []
        for x, y, w, h in boxes[:MAX_TEXT_BOXES]:
            pad = max(4, int(h * BOX_PAD))
            x0, y0 = max(0, x - 2 * pad), max(0, y - pad)
            x1, y1 = min(gw, x + w + 2 * pad), min(gh, y + h + pad)
            out.append((x0, y0, x1 - x0, y1 - y0))
        return out

    def _text_in_boxes(self, sample: Sample, m: Match) -> list[TextFinding]:
        if not (self.config.ocr or self.config.blocked_phrases) or not m.boxes:
            return []
        gh, gw = sample.gray.shape
        found: list[TextFinding] = []
        for box in self._boxes(m, gw, gh):
            lines = self._read(sample, box)
            if not lines:
                continue
            self._approve_library_text()
            found.extend(self.policy.check(lines, self.size[1]))
        return found

    def _text_on_black(self, sample: Sample) -> list[TextFinding]:
        assert self.keep is not None
        bright = (sample.gray > health.BLACK_PIXEL) & (self.keep > 0)
        if int(np.count_nonzero(bright)) < BRIGHT_MIN_PX or not self.config.ocr:
            return []
        gh, gw = sample.gray.shape
        lines = self._read(sample, (0, 0, gw, gh))
        if not lines:
            return []
        self._approve_library_text()
        return self.policy.check(lines, self.size[1])

    def _outside_ignored(self, box: tuple[int, int, int, int]) -> bool:
        assert self.keep is not None
        gh, gw = self.keep.shape
        fw, fh = self.size
        x, y, w, h = box
        cx, cy = int((x + w / 2) * gw / fw), int((y + h / 2) * gh / fh)
        return bool(self.keep[min(gh - 1, max(0, cy)), min(gw - 1, max(0, cx))] > 0)

    # --- persistence -------------------------------------------------------------------------------
    def _silence(self, audio: tuple[tuple[float, float], ...]) -> list[Finding]:
        """Audio windows below `silent_db` spanning `silent_min_s` are one `silent` finding per
        stretch (ffmpeg silencedetect's rule); a stream without audio carries no windows."""
        out: list[Finding] = []
        for t, db in audio:
            if db >= self.config.silent_db:
                self.silent.clear()
            elif self.silent.see(t) and self.silent.start is not None:
                why = f"audio below {self.config.silent_db:g} dB since {self.silent.start:.1f} s"
                out.append(Finding(t, SILENT, False, 1.0, (why,)))
        return out

    def _persist(self, v: FrameVerdict) -> list[Finding]:
        out: list[Finding] = []
        t = v.t
        if v.frozen:
            # a frozen picture is one frame shown again: it is judged once, not again and again
            if self.frozen.see(t) and self.frozen.start is not None:
                out.append(
                    Finding(t, FROZEN, False, 1.0, (f"picture frozen since {self.frozen.start:.1f} s",))
                )
        else:
            self.frozen.clear()
        if v.state == "black":
            if self.black.see(t) and self.black.start is not None:
                out.append(Finding(t, BLACK, False, 1.0, (f"black picture since {self.black.start:.1f} s",)))
            if self.black.fired:
                self.bad.clear()  # a black stretch long enough to report ends any unknown run
                self.bad_kinds = []
            return out
        self.black.clear()
        if v.state in (UNKNOWN, TEXT):
            self.bad_kinds.append(v.state)
            if self.bad.see(t) and self.bad.start is not None:
                kind = TEXT if TEXT in self.bad_kinds[-2:] else UNKNOWN
                reasons = [v.reason] if v.reason else []
                reasons.append(f"not approved content since {self.bad.start:.1f} s")
                item = v.match.item.name if v.match is not None and v.match.item is not None else ""
                out.append(Finding(t, kind, True, v.score, tuple(reasons), item))
        elif v.state in ("ok", OFF_SCHEDULE):
            self.bad.clear()
            self.bad_kinds = []
        if v.state != OFF_SCHEDULE:
            if v.state == "ok":
                self.off_schedule.clear()
        elif self.off_schedule.see(t) and self.off_schedule.start is not None:
            why = (v.reason, f"off schedule since {self.off_schedule.start:.1f} s")
            name = v.match.item.name if v.match is not None and v.match.item is not None else ""
            out.append(Finding(t, OFF_SCHEDULE, self.config.off_schedule_defaced, v.score, why, name))
        return out
