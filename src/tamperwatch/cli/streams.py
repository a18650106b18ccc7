"""Stream commands: `stream replay` (the evaluation contract for streams and screens), `stream watch`
(one live stream on the command line) and `stream add` (a stream target `serve` watches)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, TYPE_CHECKING

import typer

from tamperwatch.cli.common import console, fail, settings_of

if TYPE_CHECKING:
    from datetime import datetime

LIBRARY_HELP = "Folder of approved images and videos (and ignore.json of regions)."
LIVE_SOURCE_HELP = "A stream URL (HLS, RTSP, MPEG-TS over HTTP or UDP) or a file."

stream_app = typer.Typer(help="Watch streams and screens against approved content.", no_args_is_help=True)


def _open_output(path: Path | None) -> IO[str]:
    if path is None or str(path) == "-":
        return open(os.dup(1), "w", encoding="utf-8")
    return path.open("w", encoding="utf-8")


def _start_time(text: str) -> datetime:
    """An ISO 8601 time; one without a zone is UTC."""
    from datetime import UTC, datetime

    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise fail(f"--start {text!r}: expected an ISO 8601 time such as 2026-12-07T08:00:00+01:00") from None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


@stream_app.command("replay")
def replay_cmd(
    ctx: typer.Context,
    source: str = typer.Argument(..., help="A video file, an HLS folder or playlist."),
    library: Path = typer.Option(..., "--library", help=LIBRARY_HELP),
    output: Path = typer.Option(None, "--output", "-o", help="JSON lines file (default stdout)."),
    start: str = typer.Option(
        None,
        "--start",
        help="Wall time of the recording's start (ISO 8601, e.g. 2026-12-07T08:00:00+01:00), for a "
        "library with a schedule (default: now). Without a schedule it changes nothing.",
    ),
) -> None:
    """Replay a recorded stream through live sampling, matching, OCR and persistence.

    One JSON line per finding: {"t", "kind", "defaced", "score", "reasons"}."""
    from tamperwatch.streams.library import LibraryError
    from tamperwatch.streams.regions import RegionError
    from tamperwatch.streams.replay import replay
    from tamperwatch.streams.source import StreamError
    from tamperwatch.streams.watch import WatchConfig

    settings = settings_of(ctx, data=False)
    if not Path(source).exists() and "://" not in source:
        raise fail(f"{source}: no such file or folder")
    started = _start_time(start) if start else None
    try:
        with _open_output(output) as out:
            result = replay(
                source,
                library,
                out,
                config=WatchConfig.from_settings(settings),
                sample_fps=settings.stream_sample_fps,
                work_width=settings.stream_work_width,
                start=started,
            )
    except (LibraryError, RegionError, StreamError) as exc:
        raise fail(str(exc)) from None
    if result.error:
        raise fail(f"stream ended in an error after {result.stream_s:.1f} s: {result.error}", 1)
    rate = result.cpu_s / result.stream_s if result.stream_s else 0.0
    console(stderr=True).print(
        f"{result.samples} frames over {result.stream_s:.1f} s of stream, {len(result.findings)} findings, "
        f"{result.cpu_s:.1f} CPU-s ({rate:.2f} per stream-second), {result.ocr_calls} OCR reads",
        soft_wrap=True,
        highlight=False,
    )


@stream_app.command("watch")
def watch_cmd(
    ctx: typer.Context,
    source: str = typer.Argument(..., help=LIVE_SOURCE_HELP),
    library: Path = typer.Option(..., "--library", help=LIBRARY_HELP),
    output: Path = typer.Option(None, "--output", "-o", help="JSON lines file (default stdout)."),
) -> None:
    """Watch a live stream until interrupted; one JSON line per finding, reconnecting with backoff.

    The address passes the URL policy (url_allowlist opens private ranges)."""
    import json
    import threading

    from tamperwatch.capture.errors import PolicyError
    from tamperwatch.policy import UrlPolicy
    from tamperwatch.streams.library import LibraryError, load_library
    from tamperwatch.streams.live import watch_live
    from tamperwatch.streams.regions import RegionError
    from tamperwatch.streams.segments import HlsLimits
    from tamperwatch.streams.source import StreamError
    from tamperwatch.streams.watch import Finding, WatchConfig

    settings = settings_of(ctx, data=False)
    stop = threading.Event()
    try:
        lib = load_library(library)
        with _open_output(output) as out:

            def emit(f: Finding) -> None:
                out.write(json.dumps(f.as_json(), ensure_ascii=False) + "\n")
                out.flush()

            try:
                watch_live(
                    source,
                    lib,
                    WatchConfig.from_settings(settings),
                    UrlPolicy.from_settings(settings),
                    emit,
                    sample_fps=settings.stream_sample_fps,
                    work_width=settings.stream_work_width,
                    stop=stop,
                    limits=HlsLimits.from_settings(settings),
                )
            except KeyboardInterrupt:
                stop.set()
    except (LibraryError, RegionError, StreamError, PolicyError) as exc:
        raise fail(str(exc)) from None


@stream_app.command("add")
def add_cmd(
    ctx: typer.Context,
    source: str = typer.Argument(..., help=LIVE_SOURCE_HELP),
    library: Path = typer.Option(..., "--library", help=LIBRARY_HELP),
) -> None:
    """Add a stream target with its approved library; `serve` watches it live.

    The address passes the URL policy now and again each time serve connects."""
    from tamperwatch.capture.errors import PolicyError
    from tamperwatch.cli.screens import add_media_target
    from tamperwatch.models import Target, TargetKind
    from tamperwatch.policy import UrlPolicy
    from tamperwatch.streams.live import check_source
    from tamperwatch.streams.source import StreamError

    settings = settings_of(ctx)
    try:
        checked = check_source(source, UrlPolicy.from_settings(settings))
    except (PolicyError, StreamError) as exc:
        raise fail(str(exc)) from None
    if "://" not in checked:
        checked = str(Path(checked).resolve())
    target = Target(url=checked, kind=TargetKind.STREAM, interval_s=settings.stream_stall_s)
    stored = add_media_target(settings, target, library)
    console().print(
        f"watching stream [bold]{stored.url}[/] (id {stored.id}) against {library}", soft_wrap=True
    )
