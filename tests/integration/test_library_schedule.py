"""Playlists and a schedule for the approved-content library, end to end: `library add` attaches
files to playlists and sets the schedule; `stream replay --start` then reports approved content shown
outside its time as `off-schedule` (not a defacement unless configured), and a library without a
schedule replays exactly as before. The channel is made here with PIL and PyAV."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.cli.app import app
from tamperwatch.cli.entry import run_command
from tamperwatch.incidents.service import IncidentService
from tamperwatch.models import Status, Target, TargetKind
from tamperwatch.streams.library import load_library
from tamperwatch.streams.record import StreamRecorder
from tamperwatch.streams.watch import OFF_SCHEDULE, Finding
from tests.support import stream_media as sm

pytest.importorskip("av")

PERSIST = 3.0
MORNING, AD, EVENING = (
    sm.picture(1, "City museum open daily"),
    sm.picture(2),
    sm.picture(3, "Spring festival"),
)
SCHEDULE = """timezone: UTC
outside: any
windows:
  - start: "08:00"
    end: "12:00"
    playlists: [morning]
  - start: "18:00"
    end: "23:00"
    playlists: [evening]
"""


def cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = run_command(lambda: app(args, prog_name="tamperwatch"))
    return code, capsys.readouterr().err


@pytest.fixture
def channel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """A library built with `library add` (two playlists and a schedule) and a 24 s recording:
    the morning picture, then the advert (also morning), then the evening picture."""
    src = tmp_path / "upload"
    src.mkdir()
    for name, im in (("morning.png", MORNING), ("ad.png", AD), ("evening.png", EVENING)):
        im.save(src / name)
    lib = tmp_path / "lib"
    regions = [f"{b['x']},{b['y']},{b['w']},{b['h']}" for b in (sm.CLOCK_BOX, sm.TICKER_BOX)]
    ignore = [arg for r in regions for arg in ("--ignore", r)]
    morning = [
        "library",
        "add",
        str(lib),
        str(src / "morning.png"),
        str(src / "ad.png"),
        "--playlist",
        "morning",
    ]
    assert cli([*morning, *ignore], capsys)[0] == 0
    assert (
        cli(["library", "add", str(lib), str(src / "evening.png"), "--playlist", "evening"], capsys)[0] == 0
    )
    (src / "schedule.yaml").write_text(SCHEDULE, encoding="utf-8")
    code, err = cli(["library", "add", str(lib), "--schedule", str(src / "schedule.yaml")], capsys)
    assert code == 0, err
    video = sm.encode(tmp_path / "channel.mp4", 24, lambda t: MORNING if t < 8 else AD if t < 16 else EVENING)
    return lib, video


def replay(
    lib: Path, video: Path, capsys: pytest.CaptureFixture[str], start: str | None
) -> list[dict[str, object]]:
    out = lib.parent / "events.jsonl"
    args = ["stream", "replay", str(video), "--library", str(lib), "--output", str(out)]
    code, err = cli([*args, "--start", start] if start else args, capsys)
    assert code == 0, err
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_library_add_stores_playlists_and_the_schedule(channel: tuple[Path, Path]) -> None:
    lib, _video = channel
    assert json.loads((lib / "playlists.json").read_text()) == {
        "morning": ["morning.png", "ad.png"],
        "evening": ["evening.png"],
    }
    library = load_library(lib)
    assert library.schedule is not None and len(library.schedule.windows) == 2
    assert json.loads((lib / "schedule.json").read_text())["windows"][1]["playlists"] == ["evening"]


def test_evening_content_in_the_morning_is_off_schedule_not_defaced(
    channel: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    lib, video = channel
    events = replay(lib, video, capsys, "2026-12-07T09:00:00Z")
    assert [e["kind"] for e in events] == [OFF_SCHEDULE]
    (event,) = events
    assert event["defaced"] is False and set(event) == {"t", "kind", "defaced", "score", "reasons"}
    assert 16.0 + PERSIST - 0.5 <= float(event["t"]) <= 16.0 + PERSIST + 2.0  # type: ignore[arg-type]
    assert any("evening.png is not scheduled at Mon 09:" in r for r in event["reasons"])  # type: ignore[attr-defined]


def test_morning_content_in_the_evening_is_one_off_schedule_finding(
    channel: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    lib, video = channel
    events = replay(lib, video, capsys, "2026-12-07T19:00:00+00:00")
    assert [e["kind"] for e in events] == [OFF_SCHEDULE]  # morning then advert: one run, one finding
    assert float(events[0]["t"]) <= PERSIST + 2.0  # type: ignore[arg-type]


def test_outside_every_window_anything_approved_may_play(
    channel: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    lib, video = channel
    assert replay(lib, video, capsys, "2026-12-07T14:00:00Z") == []


def test_without_a_schedule_replay_is_unchanged(
    channel: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    lib, video = channel
    (lib / "schedule.json").unlink()
    assert replay(lib, video, capsys, None) == []
    assert replay(lib, video, capsys, "2026-12-07T09:00:00Z") == []


def test_off_schedule_can_be_configured_as_a_defacement(
    channel: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TAMPERWATCH_STREAM_OFF_SCHEDULE_DEFACED", "true")
    lib, video = channel
    events = replay(lib, video, capsys, "2026-12-07T09:00:00Z")
    assert [(e["kind"], e["defaced"]) for e in events] == [(OFF_SCHEDULE, True)]


def test_a_schedule_naming_what_the_library_lacks_is_refused_and_nothing_changes(
    channel: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lib, _video = channel
    before = (lib / "schedule.json").read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"windows": [{"start": "01:00", "end": "02:00", "playlists": ["night"]}]}))
    code, err = cli(["library", "add", str(lib), "--schedule", str(bad)], capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "no playlist 'night'" in err
    assert (lib / "schedule.json").read_bytes() == before
    code, err = cli(["library", "add", str(lib), "--schedule", str(tmp_path / "missing.yaml")], capsys)
    assert code == 2 and "cannot read" in err
    assert load_library(lib).schedule is not None


async def test_an_off_schedule_finding_is_a_signed_suspicious_observation_without_an_incident() -> None:
    archive = MemoryArchive()
    target = await archive.add_target(Target(url="/srv/channel.mp4", kind=TargetKind.STREAM))
    recorder = StreamRecorder(archive, IncidentService(archive), target)
    png = Image.new("RGB", (8, 8))
    buf = io.BytesIO()
    png.save(buf, "PNG")
    finding = Finding(
        19.0, OFF_SCHEDULE, False, 1.0, ("approved evening.png is not scheduled at Mon 09:00 UTC",)
    )
    assert await recorder.record(finding, buf.getvalue()) is None
    (observation,) = await archive.observations(target.id)
    assert observation.verdict == Status.SUSPICIOUS.value
    assert await archive.list_incidents() == []
    defaced = Finding(19.0, OFF_SCHEDULE, True, 1.0, ("configured as a defacement",))
    assert await recorder.record(defaced, buf.getvalue()) is not None
