"""Playlists and the schedule of an approved-content library: what should be on air when.

A library folder (one per `stream` or `screen` target) may hold:

- `playlists.json`: `{"morning": ["news.mp4", "weather.png"], ...}`, named lists of the folder's
  files (`tamperwatch library add DIR FILE... --playlist NAME` appends to one);
- `schedule.json`: time windows and what each allows (`library add DIR --schedule FILE` checks a
  JSON or YAML file against the folder and stores it as JSON):

      {"timezone": "Europe/Berlin",          # IANA zone the times are in (default UTC)
       "outside": "any",                     # outside every window: "any" approved content (default)
                                             # or "none" (everything shown then is off schedule)
       "windows": [{"days": ["mon", "tue", "wed", "thu", "fri"],   # default: every day
                    "start": "06:00", "end": "12:00",              # end before start: past midnight
                    "playlists": ["morning"], "items": ["breaking.png"]}]}

`Schedule.allowed_at(when)` is the set of library files allowed at that moment (the union of every
window open then), or None when anything approved may be shown. A window that runs past midnight
belongs to the day it starts on.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

PLAYLISTS_FILE = "playlists.json"
SCHEDULE_FILE = "schedule.json"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
OUTSIDE_ANY, OUTSIDE_NONE = "any", "none"
MAX_WINDOWS = 1000
END_OF_DAY = "24:00"
MINUTES_A_DAY = 24 * 60


class ScheduleError(ValueError):
    """A playlist or schedule file that cannot be used (one line: what and where)."""


@dataclass(frozen=True)
class Window:
    days: frozenset[int]  # 0 = Monday
    start: time
    end: time | None  # None: midnight at the end of the day ("24:00")
    allowed: frozenset[str]  # library files

    def open_at(self, local: datetime) -> bool:
        now = local.time()
        day = local.weekday()
        if self.end is None or self.start < self.end:
            return day in self.days and self.start <= now and (self.end is None or now < self.end)
        yesterday = (day - 1) % 7  # a window past midnight belongs to the day it starts on
        return (day in self.days and now >= self.start) or (yesterday in self.days and now < self.end)


@dataclass(frozen=True)
class Schedule:
    zone: ZoneInfo
    windows: tuple[Window, ...]
    outside: str = OUTSIDE_ANY

    def allowed_at(self, when: datetime) -> frozenset[str] | None:
        local = when.astimezone(self.zone)
        open_now = [w for w in self.windows if w.open_at(local)]
        if not open_now:
            return None if self.outside == OUTSIDE_ANY else frozenset()
        return frozenset().union(*(w.allowed for w in open_now))


def _clock(text: Any, where: str) -> time | None:
    if text == END_OF_DAY:
        return None
    if isinstance(text, int) and not isinstance(text, bool) and 0 <= text < MINUTES_A_DAY:
        return time(text // 60, text % 60)  # YAML 1.1 reads an unquoted 12:30 as 750 (base 60)
    try:
        return time.fromisoformat(str(text))
    except ValueError:
        raise ScheduleError(f"{where}: {text!r} is not a time of day (HH:MM)") from None


def _names(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ScheduleError(f"{where}: expected a list of names")
    return list(value)


def parse_playlists(raw: Any, files: set[str], where: str) -> dict[str, list[str]]:
    if not isinstance(raw, dict):
        raise ScheduleError(f"{where}: expected an object of playlist name -> list of files")
    out: dict[str, list[str]] = {}
    for name, items in raw.items():
        listed = _names(items, f"{where}: playlist {name!r}")
        missing = sorted(set(listed) - files)
        if missing:
            raise ScheduleError(
                f"{where}: playlist {name!r} names files not in the library: {', '.join(missing)}"
            )
        out[str(name)] = listed
    return out


def parse_schedule(raw: Any, playlists: dict[str, list[str]], files: set[str], where: str) -> Schedule:
    """A schedule checked against the library's playlists and files."""
    if not isinstance(raw, dict) or not isinstance(raw.get("windows"), list):
        raise ScheduleError(f'{where}: expected an object with a list of "windows"')
    unknown = sorted(set(raw) - {"timezone", "outside", "windows"})
    if unknown:
        raise ScheduleError(f"{where}: unknown keys {', '.join(unknown)}")
    try:
        zone = ZoneInfo(str(raw.get("timezone", "UTC")))
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(f"{where}: unknown time zone {raw.get('timezone')!r}") from None
    outside = raw.get("outside", OUTSIDE_ANY)
    if outside not in (OUTSIDE_ANY, OUTSIDE_NONE):
        raise ScheduleError(f'{where}: "outside" is {OUTSIDE_ANY!r} or {OUTSIDE_NONE!r}, not {outside!r}')
    if len(raw["windows"]) > MAX_WINDOWS:
        raise ScheduleError(f"{where}: more than {MAX_WINDOWS} windows")
    return Schedule(
        zone, tuple(_window(w, i, playlists, files, where) for i, w in enumerate(raw["windows"])), outside
    )


def _window(raw: Any, i: int, playlists: dict[str, list[str]], files: set[str], where: str) -> Window:
    at = f"{where}: window {i + 1}"
    if not isinstance(raw, dict):
        raise ScheduleError(f"{at}: expected an object")
    unknown = sorted(set(raw) - {"days", "start", "end", "playlists", "items"})
    if unknown:
        raise ScheduleError(f"{at}: unknown keys {', '.join(unknown)}")
    days = [d.lower()[:3] for d in _names(raw.get("days", list(DAYS)), f"{at} days")]
    if not set(days) <= set(DAYS):
        raise ScheduleError(f"{at}: days are {', '.join(DAYS)}")
    start = _clock(raw.get("start", "00:00"), at) or time(0)
    end = _clock(raw.get("end", END_OF_DAY), at)
    if start == end:
        raise ScheduleError(f"{at}: starts and ends at {start:%H:%M}")
    allowed: set[str] = set()
    for name in _names(raw.get("playlists", []), f"{at} playlists"):
        if name not in playlists:
            raise ScheduleError(f"{at}: no playlist {name!r} in the library")
        allowed |= set(playlists[name])
    items = _names(raw.get("items", []), f"{at} items")
    missing = sorted(set(items) - files)
    if missing:
        raise ScheduleError(f"{at}: files not in the library: {', '.join(missing)}")
    if not allowed and not items:
        raise ScheduleError(f"{at}: allows nothing (give playlists or items)")
    return Window(frozenset(DAYS.index(d) for d in days), start, end, frozenset(allowed | set(items)))


def read_document(path: Path) -> Any:
    """A JSON file, or YAML (`.yaml`, `.yml`)."""
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix.lower() in (".yaml", ".yml"):
            import yaml

            return yaml.safe_load(text)
        return json.loads(text)
    except OSError as exc:
        raise ScheduleError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except ValueError as exc:  # json.JSONDecodeError and yaml.YAMLError both say where
        raise ScheduleError(f"{path}: not valid JSON or YAML ({str(exc).splitlines()[0]})") from None
    except Exception as exc:  # yaml.YAMLError is not a ValueError
        raise ScheduleError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None


def load_schedule(folder: Path, files: set[str]) -> tuple[dict[str, list[str]], Schedule | None]:
    """The folder's playlists and schedule (none when the files are absent)."""
    playlists_path, schedule_path = folder / PLAYLISTS_FILE, folder / SCHEDULE_FILE
    playlists = (
        parse_playlists(read_document(playlists_path), files, str(playlists_path))
        if playlists_path.is_file()
        else {}
    )
    if not schedule_path.is_file():
        return playlists, None
    return playlists, parse_schedule(read_document(schedule_path), playlists, files, str(schedule_path))


def stream_clock(start: datetime) -> Callable[[float], datetime]:
    """Wall time of a recorded stream's time `t`, the recording having started at `start`."""
    return lambda t: start + timedelta(seconds=t)
