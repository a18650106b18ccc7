"""An archive with history to export: checks of one page over minutes, a defacement incident with
screenshots, all at fixed times (the archive's clock is the test's)."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image
from typer.testing import CliRunner, Result

from tamperwatch.archive.blobs import FileBlobStore
from tamperwatch.archive.log import checkpoint_dir
from tamperwatch.archive.runner import create_runner
from tamperwatch.archive.signing import Signer
from tamperwatch.archive.sql import SqlArchive
from tamperwatch.models import Capture, IncidentKind, IncidentState, Status, Target, Verdict
from tamperwatch.settings import Settings

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
URL = "https://portal.example.gov.cn/"
CLEAN = Verdict(Status.CLEAN, 0.05, ("no change",))
DEFACED = Verdict(Status.DEFACED, 0.97, ("page replaced",))


def at(minute: int) -> datetime:
    return T0 + timedelta(minutes=minute)


def settings_at(data_dir: Path) -> Settings:
    return Settings(_env_file=None, data_dir=data_dir)  # type: ignore[call-arg]


def png(color: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 24), color).save(out, "PNG")
    return out.getvalue()


def archive_at(settings: Settings, minute: list[int]) -> SqlArchive:
    """The SQL archive of ``settings`` whose clock reads ``at(minute[0])``."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return SqlArchive(
        create_runner(settings.effective_database_url, settings.sqlite_synchronous),
        Signer.load_or_create(settings.key_path),
        FileBlobStore(settings.blob_dir),
        clock=lambda: at(minute[0]),
        checkpoints=checkpoint_dir(settings.data_dir),
    )


def page(minute: int, defaced: bool = False) -> bytes:
    if defaced:
        return b"<html><body><h1>HACKED BY NOBODY</h1></body></html>"
    return f"<html><body><h1>Portal</h1><p>news {minute // 3}</p></body></html>".encode()


def record_history(settings: Settings, minutes: range, deface: range = range(0)) -> None:
    """A clean check each minute (the body changes every 3 minutes), defaced during ``deface``;
    an incident with before/after screenshots opens at the first defaced minute and resolves after."""
    clock = [minutes.start]

    async def go() -> None:
        async with archive_at(settings, clock) as archive:
            target = await archive.get_target(URL) or await archive.add_target(Target(url=URL))
            for minute in minutes:
                clock[0] = minute
                bad = minute in deface
                capture = Capture(url=URL, fetched_at=at(minute), status=200, body=page(minute, bad))
                await archive.record_check(target, capture, DEFACED if bad else CLEAN)
                if bad and minute == deface.start:
                    before = await archive.put_blob(png((255, 255, 255)))
                    after = await archive.put_blob(png((0, 0, 0)))
                    evidence = {
                        "content_hash": capture.content_hash,
                        "screenshot_before": before,
                        "screenshot_after": after,
                        "blobs": [before, after],
                    }
                    await archive.open_incident(target.id, IncidentKind.DEFACED, 0.97, ("hacked",), evidence)
                if deface and minute == deface.stop:
                    (incident,) = await archive.list_incidents(IncidentState.OPEN)
                    await archive.set_incident_state(incident.id, IncidentState.RESOLVED, "restored")

    asyncio.run(go())


def rotate(settings: Settings) -> None:
    from tamperwatch.archive.keys import rotate_key

    asyncio.run(rotate_key(settings, "yearly rotation"))


def run(data_dir: Path, *args: str) -> Result:
    """``tamperwatch --data-dir DATA_DIR ARGS...`` in this process."""
    from tamperwatch.cli.app import app

    return CliRunner().invoke(app, ["--data-dir", str(data_dir), *args])
