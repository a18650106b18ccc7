"""A library's schedule: which approved files may be on air at a given moment, read in the schedule's
own time zone; what cannot be used is refused with one line naming where."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tamperwatch.streams.schedule import ScheduleError, parse_playlists, parse_schedule, read_document

FILES = {"news.mp4", "weather.png", "promo.png", "night.png"}
PLAYLISTS = {"morning": ["news.mp4", "weather.png"], "late": ["night.png"]}


def schedule(**raw: object):  # type: ignore[no-untyped-def]
    return parse_schedule(raw, PLAYLISTS, FILES, "schedule.json")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_windows_allow_their_playlists_and_items_on_their_days() -> None:
    s = schedule(
        timezone="Europe/Berlin",
        windows=[
            {
                "days": ["mon", "tue", "wed", "thu", "fri"],
                "start": "06:00",
                "end": "12:00",
                "playlists": ["morning"],
            },
            {"start": "10:00", "end": "11:00", "items": ["promo.png"]},
        ],
    )
    # 2026-12-07 is a Monday; 06:30 in Berlin is 05:30 UTC
    assert s.allowed_at(at("2026-12-07T05:30:00+00:00")) == frozenset({"news.mp4", "weather.png"})
    assert s.allowed_at(at("2026-12-07T09:30:00+00:00")) == frozenset(
        {"news.mp4", "weather.png", "promo.png"}
    )
    assert s.allowed_at(at("2026-12-12T09:30:00+00:00")) == frozenset(
        {"promo.png"}
    )  # Saturday: one window only
    assert s.allowed_at(at("2026-12-07T04:30:00+00:00")) is None  # 05:30 in Berlin: outside, anything


def test_a_window_past_midnight_belongs_to_the_day_it_starts_on() -> None:
    s = schedule(
        windows=[{"days": ["fri"], "start": "22:00", "end": "02:00", "playlists": ["late"]}], outside="none"
    )
    assert s.allowed_at(at("2026-12-11T23:00:00+00:00")) == frozenset({"night.png"})  # Friday night
    assert s.allowed_at(at("2026-12-12T01:59:00+00:00")) == frozenset(
        {"night.png"}
    )  # Saturday early, Friday's window
    assert s.allowed_at(at("2026-12-12T02:00:00+00:00")) == frozenset()  # outside: nothing
    assert s.allowed_at(at("2026-12-13T01:00:00+00:00")) == frozenset()  # Sunday early: Saturday had none


def test_end_of_day_and_naive_yaml_times(tmp_path: Path) -> None:
    doc = tmp_path / "s.yaml"
    doc.write_text("windows:\n  - start: 12:30\n    end: '24:00'\n    items: [promo.png]\n", encoding="utf-8")
    s = parse_schedule(read_document(doc), PLAYLISTS, FILES, str(doc))
    assert s.allowed_at(at("2026-12-07T23:59:00+00:00")) == frozenset({"promo.png"})
    assert s.allowed_at(at("2026-12-07T12:29:00+00:00")) is None


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ({"windows": [{"start": "6h", "items": ["promo.png"]}]}, "not a time of day"),
        ({"windows": [{"playlists": ["evening"]}]}, "no playlist 'evening'"),
        ({"windows": [{"items": ["other.png"]}]}, "not in the library: other.png"),
        ({"windows": [{"days": ["someday"], "items": ["promo.png"]}]}, "days are"),
        ({"windows": [{"start": "06:00"}]}, "allows nothing"),
        ({"timezone": "Mars/Olympus", "windows": []}, "unknown time zone"),
        ({"outside": "some", "windows": []}, "outside"),
        ({"window": []}, "windows"),
        ({"windows": [], "colour": "red"}, "unknown keys colour"),
    ],
)
def test_schedules_that_cannot_be_used_are_refused(raw: dict[str, object], why: str) -> None:
    with pytest.raises(ScheduleError, match=why) as refused:
        parse_schedule(raw, PLAYLISTS, FILES, "schedule.json")
    assert str(refused.value).startswith("schedule.json") and "\n" not in str(refused.value)


def test_playlists_name_library_files_only() -> None:
    assert parse_playlists({"a": ["promo.png"]}, FILES, "p") == {"a": ["promo.png"]}
    with pytest.raises(ScheduleError, match=r"not in the library: gone\.png"):
        parse_playlists({"a": ["gone.png"]}, FILES, "p")
    with pytest.raises(ScheduleError, match="list of names"):
        parse_playlists({"a": "promo.png"}, FILES, "p")


def test_unreadable_documents_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "s.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ScheduleError, match="not valid JSON"):
        read_document(bad)
    worse = tmp_path / "s.yaml"
    worse.write_text("windows: [\n", encoding="utf-8")
    with pytest.raises(ScheduleError, match="not valid") as refused:
        read_document(worse)
    assert "\n" not in str(refused.value)


def test_utc_is_the_default_zone() -> None:
    s = schedule(windows=[{"start": "08:00", "end": "09:00", "items": ["promo.png"]}], outside="none")
    assert s.allowed_at(datetime(2026, 12, 7, 8, 30, tzinfo=UTC)) == frozenset({"promo.png"})
