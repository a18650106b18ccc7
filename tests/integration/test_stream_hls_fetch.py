"""HLS over HTTP is fetched by tamperwatch, not by ffmpeg: the playlist and every segment pass the
URL policy (each redirect hop too) under our size and time limits, and PyAV decodes the bytes from
memory. A segment the policy refuses, or one that is too large, ends the connection with a recorded
error that says why; a normal HLS channel is watched as before."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

import pytest

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.incidents.service import IncidentService
from tamperwatch.models import IncidentEvent, IncidentKind, Target, TargetKind
from tamperwatch.policy import UrlPolicy
from tamperwatch.streams.hls import HlsSegments
from tamperwatch.streams.library import load_library
from tamperwatch.streams.live import watch_live
from tamperwatch.streams.record import StreamRecorder, watch_stream_target
from tamperwatch.streams.segments import HlsLimits, hls_source
from tamperwatch.streams.watch import Finding, WatchConfig
from tests.support import stream_media as sm

pytest.importorskip("av")

APPROVED = [sm.picture(1, "City museum open daily"), sm.picture(2), sm.picture(3, "Spring festival")]
Site = tuple[str, int, Path, list[tuple[str, str]]]  # base URL, port, served folder, (path, User-Agent)
REFUSED_SEGMENT = "http://10.255.0.1:8080/seg002.ts"  # a private address: refused unless allowlisted


class RecordingHandler(SimpleHTTPRequestHandler):
    """Serves the folder; `/moved/NAME` redirects to the address in the file `redirects/NAME`."""

    seen: list[tuple[str, str]]

    def do_GET(self) -> None:
        self.seen.append((self.path, self.headers.get("User-Agent", "")))
        if self.path.startswith("/moved/"):
            self.send_response(302)
            self.send_header("Location", (Path(self.directory) / "redirects" / self.path[7:]).read_text())
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    root = tmp_path / "site"
    root.mkdir()
    seen: list[tuple[str, str]] = []
    handler = functools.partial(type("H", (RecordingHandler,), {"seen": seen}), directory=str(root))
    with sm.loopback(handler) as server:
        yield f"http://127.0.0.1:{server.server_port}", server.server_port, root, seen


def channel(tmp_path: Path, folder: Path, seconds: float = 12) -> Path:
    video = sm.encode(tmp_path / "src.mp4", seconds, sm.playlist(APPROVED, 6.0))
    return sm.to_hls(video, folder)


def point_segment(playlist: Path, name: str, address: str) -> None:
    playlist.write_text(playlist.read_text().replace(name, address))


def watch(url: str, port: int, lib: Path, **kw: object) -> tuple[list[Finding], str, int]:
    found: list[Finding] = []
    stats = watch_live(
        url,
        load_library(lib),
        WatchConfig(),
        UrlPolicy([f"127.0.0.1/32:{port}"]),
        found.append,
        sample_fps=1.0,
        work_width=480,
        stop=threading.Event(),
        max_reconnects=0,
        **kw,  # type: ignore[arg-type]
    )
    return found, stats.last_error, stats.samples


def test_normal_hls_is_fetched_by_tamperwatch_and_watched(tmp_path: Path, site: Site) -> None:
    base, port, root, seen = site
    channel(tmp_path, root / "live")
    lib = sm.library(tmp_path / "library", APPROVED)
    found, error, samples = watch(f"{base}/live/index.m3u8", port, lib)
    assert error == "" and samples >= 10
    assert [f for f in found if f.defaced] == []
    segments = [(path, agent) for path, agent in seen if path.endswith(".ts")]
    assert len(segments) >= 5
    assert all(agent.startswith("tamperwatch") for _, agent in segments)  # our fetcher, not ffmpeg's


async def test_segment_at_a_refused_address_is_a_recorded_policy_refusal(tmp_path: Path, site: Site) -> None:
    base, port, root, seen = site
    playlist = channel(tmp_path, root / "live") / "index.m3u8"
    point_segment(playlist, "seg002.ts", REFUSED_SEGMENT)
    archive = MemoryArchive()
    target = await archive.add_target(Target(url=f"{base}/live/index.m3u8", kind=TargetKind.STREAM))
    stop = threading.Event()

    class StopOnIncident:
        async def publish(self, event: IncidentEvent) -> None:
            stop.set()

    recorder = StreamRecorder(archive, IncidentService(archive), target, StopOnIncident())
    opened = await watch_stream_target(
        target,
        load_library(sm.library(tmp_path / "library", APPROVED)),
        WatchConfig(stall_s=1.0),
        UrlPolicy([f"127.0.0.1/32:{port}"]),
        recorder,
        sample_fps=1.0,
        work_width=480,
        stop=stop,
        max_reconnects=1,
    )
    assert [i.kind for i in opened] == [IncidentKind.UNAVAILABLE]
    reasons = " ".join(opened[0].reasons)
    assert "10.255.0.1" in reasons and "policy" in reasons and "private" in reasons
    observations = await archive.observations(target.id)
    assert any("10.255.0.1" in o.error and "private" in o.error for o in observations)  # signed
    assert (await archive.verify_chain(target.id)).ok
    assert not any("10.255.0.1" in path for path, _ in seen)


def test_redirect_to_a_refused_address_is_refused(tmp_path: Path, site: Site) -> None:
    base, port, root, _seen = site
    playlist = channel(tmp_path, root / "live") / "index.m3u8"
    (root / "redirects").mkdir()
    (root / "redirects" / "seg001.ts").write_text("http://169.254.169.254/latest/meta-data")
    point_segment(playlist, "seg001.ts", f"{base}/moved/seg001.ts")
    found, error, samples = watch(f"{base}/live/index.m3u8", port, sm.library(tmp_path / "library", APPROVED))
    assert "169.254.169.254" in error and "policy" in error
    assert 1 <= samples <= 3  # the first segment was watched, nothing after the refusal
    assert [f for f in found if f.defaced] == []


def test_segment_larger_than_the_limit_is_refused_cleanly(tmp_path: Path, site: Site) -> None:
    base, port, root, _seen = site
    folder = channel(tmp_path, root / "live")
    biggest = max(p.stat().st_size for p in folder.glob("*.ts"))
    limits = HlsLimits(segment_max_bytes=biggest - 1)
    found, error, _samples = watch(
        f"{base}/live/index.m3u8", port, sm.library(tmp_path / "library", APPROVED), limits=limits
    )
    assert "too_large" in error and "seg" in error
    assert "\n" not in error and "Traceback" not in error
    assert [f for f in found if f.defaced] == []


def test_a_live_playlist_is_followed_over_http_as_it_grows(tmp_path: Path, site: Site) -> None:
    base, port, root, seen = site
    folder = channel(tmp_path, root / "live")
    lines = (folder / "index.m3u8").read_text().splitlines()
    names = [ln for ln in lines if ln.endswith(".ts")]
    header = "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:{}\n"

    def publish(first: int, last: int, ended: bool = False) -> None:  # a sliding window of segments
        body = header.format(first) + "".join(f"#EXTINF:2.0,\n{n}\n" for n in names[first:last])
        (folder / "index.m3u8").write_text(body + ("#EXT-X-ENDLIST\n" if ended else ""))

    publish(0, 2)
    reloads: list[float] = []

    def next_version(wait_s: float) -> None:  # the reader's wait between reloads: the playlist grows
        reloads.append(wait_s)
        n = len(reloads) + 2
        publish(max(0, n - 3), n, ended=n >= len(names))

    source = hls_source(UrlPolicy([f"127.0.0.1/32:{port}"]), HlsLimits())
    try:
        got = list(HlsSegments(f"{base}/live/index.m3u8", source, sleep=next_version))
    finally:
        source.close()
    assert got == [(folder / n).read_bytes() for n in names]  # every segment once, in order
    assert reloads == [1.0] * (len(names) - 2)
    assert all(agent.startswith("tamperwatch") for path, agent in seen)
