"""Builders shared by the archive tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import typer

from tamperwatch.models import Capture, Status, TlsSummary, Verdict
from tamperwatch.settings import Settings

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def capture(body: bytes = b"<html>ok</html>", minute: int = 0, **kw: object) -> Capture:
    args: dict[str, object] = {
        "url": "https://example.org/", "fetched_at": T0 + timedelta(minutes=minute), "status": 200,
        "body": body, "resolved_ip": "93.184.216.34",
        "tls": TlsSummary("CA", "example.org", "2027-01-01", "ab" * 32),
    }
    args.update(kw)
    return Capture(**args)  # type: ignore[arg-type]


def failed(minute: int = 0) -> Capture:
    return Capture(url="https://example.org/", fetched_at=T0 + timedelta(minutes=minute),
                   error="connect timeout", error_kind="timeout")


def not_modified(minute: int = 0) -> Capture:
    return Capture(url="https://example.org/", fetched_at=T0 + timedelta(minutes=minute), status=304,
                   not_modified=True)


CLEAN = Verdict(Status.CLEAN, 0.05, ("no change",))
DEFACED = Verdict(Status.DEFACED, 0.97, ("page replaced",))


def settings_at(data_dir: Path) -> Settings:
    """Settings of a data folder, with no environment or .env influence."""
    return Settings(_env_file=None, data_dir=data_dir)  # type: ignore[call-arg]


def cli_app(settings: Settings) -> typer.Typer:
    """The archive commands (`archive ...`, `backup`, `restore`) on ``settings``."""
    from tamperwatch.cli.archive_cmds import register

    app = typer.Typer()

    @app.callback()
    def root(ctx: typer.Context) -> None:
        ctx.obj = settings

    register(app)
    return app


def record_checks(
    settings: Settings, url: str, minutes: range, same_for: int = 1, incident: bool = False
) -> None:
    """Open the archive of ``settings`` and record a clean check of ``url`` (added when new) at each
    minute; the body changes every ``same_for`` minutes. ``incident``: then open an incident."""
    import asyncio

    from tamperwatch.archive.sql import SqlArchive
    from tamperwatch.models import IncidentKind, Target

    async def go() -> None:
        async with SqlArchive.from_settings(settings) as archive:
            target = await archive.get_target(url) or await archive.add_target(Target(url=url))
            for minute in minutes:
                body = f"v{minute // same_for}".encode()
                await archive.record_check(target, capture(body, minute=minute), CLEAN)
            if incident:
                await archive.open_incident(target.id, IncidentKind.DEFACED, 0.9, ("x",), {})

    asyncio.run(go())
