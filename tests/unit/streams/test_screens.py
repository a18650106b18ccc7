"""Screens push frames to `POST /api/v1/screens/{id}/frames`: an approved picture stays quiet, an
unapproved one lasting past the persistence window is a defaced incident, bad tokens are 401, a
decompression bomb is a clean 400 and a recorded error, and a silent screen raises a monitoring gap
(the hub's clock is injected: no sleeps)."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from PIL import Image

from tamperwatch.api.app import create_app
from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.incidents.service import IncidentService
from tamperwatch.models import IncidentEvent, IncidentKind, IncidentState, Status, Target, TargetKind
from tamperwatch.settings import Settings
from tamperwatch.streams.registry import MediaEntry, MediaRegistry, new_token, token_matches
from tamperwatch.streams.screens import REFUSED_EVENT, ScreenHub, screen_config
from tests.support import stream_media as sm

APPROVED = [sm.picture(1, "City museum open daily"), sm.picture(2)]
SILENT_S = 60.0


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Sink:
    def __init__(self) -> None:
        self.events: list[IncidentEvent] = []

    async def publish(self, event: IncidentEvent) -> None:
        self.events.append(event)


def png(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


class Rig:
    def __init__(self, tmp_path: Path, max_frame_bytes: int = 4_000_000) -> None:
        self.tmp_path = tmp_path
        self.settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            data_dir=tmp_path / "data",
            stream_ocr=False,
            screen_max_frame_bytes=max_frame_bytes,
        )
        self.archive = MemoryArchive()
        self.clock = Clock()
        self.sink = Sink()
        self.registry = MediaRegistry.in_data_dir(self.settings.data_dir)
        self.hub = ScreenHub(
            self.archive,
            IncidentService(self.archive),
            self.registry,
            config=screen_config(self.settings),
            work_width=480,
            silent_s=SILENT_S,
            events=self.sink,
            clock=self.clock,
        )
        self.app = create_app(self.settings, screen_hub=self.hub)
        self.library = sm.library(tmp_path / "library", APPROVED)

    async def add_screen(self, name: str = "lobby") -> tuple[Target, str]:
        target = await self.archive.add_target(Target(url=f"screen:{name}", kind=TargetKind.SCREEN))
        token, hashed = new_token()
        self.registry.put(target.id, MediaEntry(str(self.library), hashed))
        return target, token

    async def push(self, target: Target, token: str, body: bytes, at: float | None = None) -> httpx.Response:
        if at is not None:
            self.clock.now = 1000.0 + at
        transport = httpx.ASGITransport(app=self.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return await client.post(
                f"/api/v1/screens/{target.id}/frames",
                content=body,
                headers={"Authorization": f"Bearer {token}", "Content-Type": "image/png"},
            )


async def test_a_screen_pushing_approved_pictures_stays_quiet(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    target, token = await rig.add_screen()
    for i, at in enumerate((0.0, 5.0, 10.0, 15.0, 20.0)):
        reply = await rig.push(target, token, png(sm.overlays(APPROVED[i // 3], at)), at)
        assert reply.status_code == 200, reply.text
        assert reply.json()["findings"] == []
    assert await rig.archive.list_incidents() == []


async def test_an_unapproved_picture_past_the_window_is_a_defaced_incident(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    target, token = await rig.add_screen()
    hijack = png(sm.banner(sm.picture(99), "HACKED BY NOBODY"))
    assert (await rig.push(target, token, png(APPROVED[0]), 0.0)).json()["findings"] == []
    first = await rig.push(target, token, hijack, 5.0)
    assert first.json()["findings"] == []  # one frame is a flash, not yet a finding
    second = (await rig.push(target, token, hijack, 10.0)).json()
    assert [f["kind"] for f in second["findings"]] == ["unknown-content"] and second["findings"][0]["defaced"]
    (incident,) = await rig.archive.list_incidents()
    assert incident.kind == IncidentKind.DEFACED and second["incidents"] == [incident.id]
    assert any("screen time" in r for r in incident.reasons)
    assert await rig.archive.blobs.get(incident.evidence["frame_sha256"])  # the frame it was confirmed on
    observations = await rig.archive.observations(target.id)
    assert [o.verdict for o in observations] == [Status.DEFACED.value]
    assert [e.change for e in rig.sink.events] == ["opened"]


async def test_a_screen_incident_carries_the_frames_before_it_and_a_clip_export_writes_out(
    tmp_path: Path,
) -> None:
    import av

    from tamperwatch.incidents.export import export_incident

    rig = Rig(tmp_path)
    target, token = await rig.add_screen()
    hijack = png(sm.banner(sm.picture(99), "HACKED BY NOBODY"))
    for at, body in ((0.0, png(APPROVED[0])), (5.0, hijack), (10.0, hijack)):
        assert (await rig.push(target, token, body, at)).status_code == 200
    (incident,) = await rig.archive.list_incidents()
    frames = incident.evidence["frames"]
    assert [f["t"] for f in frames] == [0.0, 5.0, 10.0]  # the last clean frame, then the hijack
    clip = await rig.archive.blobs.get(incident.evidence["clip_mp4"])
    assert clip
    with av.open(io.BytesIO(clip)) as container:
        assert len(list(container.decode(video=0))) >= 3
    assert set(incident.evidence["blobs"]) >= {incident.evidence["clip_mp4"], frames[0]["sha256"]}
    out = tmp_path / "export"
    written = await export_incident(rig.archive, incident, [], {"id": incident.id}, out)
    names = {p.name for p in written}
    assert {"frame.png", "clip.mp4", "frame_00_t0.0s.png", "frame_02_t10.0s.png", "incident.json"} <= names
    assert Image.open(out / "frame_01_t5.0s.png").size == (sm.W, sm.H)


async def test_frames_pushed_after_a_screen_finding_join_its_signed_evidence(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    rig.hub.after_s = 6.0
    target, token = await rig.add_screen()
    hijack = png(sm.banner(sm.picture(99), "HACKED BY NOBODY"))
    pushes = (
        (0.0, png(APPROVED[0])),
        (5.0, hijack),
        (10.0, hijack),
        (13.0, hijack),
        (16.0, png(APPROVED[0])),
    )
    for at, body in pushes:
        assert (await rig.push(target, token, body, at)).status_code == 200
    (incident,) = await rig.archive.list_incidents()
    assert [f["t"] for f in incident.evidence["frames"]] == [0.0, 5.0, 10.0, 13.0, 16.0]
    assert incident.evidence["frames_after"] == 2
    events = [e for e in await rig.archive.log_events() if e.incident_id == incident.id]
    assert [e.change for e in events] == ["opened", "evidence-after"]
    clip = await rig.archive.blobs.get(incident.evidence["clip_mp4"])
    assert clip and incident.evidence["clip_mp4"] in incident.evidence["blobs"]


async def test_a_screen_showing_approved_content_outside_its_schedule_is_off_schedule(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    (rig.library / "playlists.json").write_text('{"day": ["item-00.png"], "night": ["item-01.png"]}')
    windows = [{"start": "06:00", "end": "20:00", "playlists": ["day"]}]
    (rig.library / "schedule.json").write_text(json.dumps({"outside": "none", "windows": windows}))
    rig.hub.wall = lambda: datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    target, token = await rig.add_screen()
    night = png(APPROVED[1])
    replies = [(await rig.push(target, token, night, at)).json() for at in (0.0, 5.0, 10.0)]
    (finding,) = [f for r in replies for f in r["findings"]]  # once per run, past the persistence window
    assert finding["kind"] == "off-schedule" and finding["defaced"] is False
    assert await rig.archive.list_incidents() == []
    assert [o.verdict for o in await rig.archive.observations(target.id)] == [Status.SUSPICIOUS.value]


async def test_bad_missing_and_revoked_tokens_are_401(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    target, token = await rig.add_screen()
    body = png(APPROVED[0])
    assert (await rig.push(target, "wrong", body)).status_code == 401
    assert (await rig.push(target, "", body)).status_code == 401
    other = await rig.archive.add_target(Target(url="https://a.example/"))  # not a screen
    rig.registry.put(other.id, MediaEntry(str(rig.library), rig.registry.entries()[target.id].token_sha256))
    assert (await rig.push(other, token, body)).status_code == 401
    assert (await rig.push(target, token, body)).status_code == 200
    rig.registry.put(target.id, MediaEntry(str(rig.library)))  # revoked
    assert (await rig.push(target, token, body)).status_code == 401
    stored = (tmp_path / "data" / "media_targets.json").read_text(encoding="utf-8")
    assert token not in stored


def test_tokens_are_stored_hashed_and_compared_whole() -> None:
    token, hashed = new_token()
    assert token != hashed and len(token) >= 40
    assert token_matches(MediaEntry("lib", hashed), token)
    assert not token_matches(MediaEntry("lib", hashed), token[:-1])
    assert not token_matches(MediaEntry("lib", ""), "")
    assert not token_matches(None, token)


async def test_a_bomb_or_garbage_is_a_clean_400_and_a_recorded_error(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    target, token = await rig.add_screen()
    buf = io.BytesIO()
    Image.new("1", (12000, 12000)).save(buf, "PNG")  # 144 Mpx in a few kB
    reply = await rig.push(target, token, buf.getvalue())
    assert reply.status_code == 400 and "too large" in reply.json()["detail"]
    assert (await rig.push(target, token, b"GIF89a" + b"\0" * 64)).status_code == 400
    assert (await rig.push(target, token, png(APPROVED[0])[:200])).status_code == 400  # truncated
    refused = [e for e in await rig.archive.log_events() if e.change == REFUSED_EVENT]
    assert len(refused) == 1 and refused[0].data["target_id"] == target.id  # once per run of refusals
    assert (await rig.push(target, token, png(APPROVED[0]))).status_code == 200
    assert (await rig.push(target, token, b"junk")).status_code == 400
    assert len([e for e in await rig.archive.log_events() if e.change == REFUSED_EVENT]) == 2


async def test_an_oversized_body_is_413(tmp_path: Path) -> None:
    rig = Rig(tmp_path, max_frame_bytes=1000)
    target, token = await rig.add_screen()
    assert (await rig.push(target, token, b"x" * 1001)).status_code == 413


async def test_a_silent_screen_raises_a_gap_its_next_frame_resolves(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    target, token = await rig.add_screen()
    assert await rig.hub.check_silent() == []
    rig.clock.now += SILENT_S + 1  # never pushed since the monitor started
    (gap,) = await rig.hub.check_silent()
    assert gap.kind == IncidentKind.MONITORING_GAP and "since the monitor started" in gap.reasons[0]
    assert await rig.hub.check_silent() == []  # once while it is open
    assert (await rig.push(target, token, png(APPROVED[0]))).status_code == 200
    resolved = await rig.archive.get_incident(gap.id)
    assert resolved is not None and resolved.state == IncidentState.RESOLVED
    rig.clock.now += SILENT_S / 2
    assert await rig.hub.check_silent() == []
    rig.clock.now += SILENT_S
    (again,) = await rig.hub.check_silent()
    assert "pushed no frame for" in again.reasons[0]
    assert [e.change for e in rig.sink.events] == ["opened", "resolved", "opened"]


async def test_a_revoked_screen_raises_no_gap(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    target, _ = await rig.add_screen()
    rig.registry.put(target.id, MediaEntry(str(rig.library)))
    rig.clock.now += 10 * SILENT_S
    assert await rig.hub.check_silent() == []


def test_screen_config_has_no_frozen_or_stall(settings: Settings) -> None:
    config = screen_config(settings)
    assert config.frozen_min_s == float("inf") and config.stall_s == float("inf")
    assert config.persistence_s == replace(config).persistence_s == settings.stream_persistence_s


@pytest.mark.parametrize("screen", ["abc", "0", "99999999999999999999999"])
async def test_unknown_screen_ids_are_401(tmp_path: Path, screen: str) -> None:
    rig = Rig(tmp_path)
    await rig.add_screen()
    transport = httpx.ASGITransport(app=rig.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        reply = await client.post(
            f"/api/v1/screens/{screen}/frames", content=b"x", headers={"Authorization": "Bearer t"}
        )
    assert reply.status_code == 401


async def test_two_screens_of_other_shapes_on_one_library_are_judged_apart(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    small, small_token = await rig.add_screen("small")
    large, large_token = await rig.add_screen("large")
    hijack = sm.banner(sm.picture(99), "HACKED BY NOBODY")
    for at in (0.0, 5.0, 10.0):
        quiet = await rig.push(small, small_token, png(APPROVED[0]), at)
        assert quiet.json()["findings"] == []
        loud = await rig.push(large, large_token, png(hijack.resize((sm.W * 2, sm.H * 3))), at + 1)
        assert loud.status_code == 200
    assert [i.target_id for i in await rig.archive.list_incidents()] == [large.id]
