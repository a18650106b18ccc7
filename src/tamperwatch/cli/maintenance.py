"""Maintenance windows: `maintenance add/list/end`. In a window a target (or every target with a
tag) keeps being checked and its incidents open as always, but their notifications are held and
recorded in each incident's history; `serve` reads the windows from the archive at each alert.
"""

from __future__ import annotations

import getpass
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

import typer

from tamperwatch.cli.common import parse_duration, print_json, run_async, settings_of, table_console

if TYPE_CHECKING:
    from tamperwatch.archive.sql import SqlArchive
    from tamperwatch.incidents.maintenance import MaintenanceWindow
    from tamperwatch.settings import Settings

T = TypeVar("T")
maintenance_app = typer.Typer(
    help="Maintenance windows: checks go on, notifications are held and recorded.", no_args_is_help=True
)


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no passwd entry (containers)
        return "cli:operator"


def parse_when(text: str) -> datetime:
    """'now' or an ISO 8601 time with its zone ('Z' or an offset); a ConfigError otherwise."""
    from tamperwatch.errors import ConfigError

    if text.strip().lower() == "now":
        return datetime.now(UTC)
    try:
        at = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ConfigError(f"not a time: {text!r} (use now or e.g. 2026-12-07T22:00:00+00:00)") from None
    if at.tzinfo is None:
        raise ConfigError(f"{text!r} has no time zone: add Z or an offset such as +01:00")
    return at


def _with_archive(settings: Settings, work: Callable[[SqlArchive], Awaitable[T]]) -> T:
    async def go() -> T:
        from tamperwatch.runtime import open_archive

        async with open_archive(settings) as archive:
            return await work(archive)

    return run_async(go())


def _row(w: MaintenanceWindow) -> dict[str, object]:
    return {
        "id": w.id,
        "target_id": w.target_id,
        "tag": w.tag,
        "starts_at": w.starts_at.isoformat(),
        "ends_at": w.ends_at.isoformat(),
        "reason": w.reason,
        "created_by": w.created_by,
    }


@maintenance_app.command("add")
def add(
    ctx: typer.Context,
    target: str = typer.Option("", "--target", help="The target (id or URL); or give --tag."),
    tag: str = typer.Option("", "--tag", help="Every target with this tag."),
    start: str = typer.Option("now", "--start", help="When it starts: now or an ISO time with its zone."),
    end: str = typer.Option("", "--end", help="When it ends (ISO time with its zone); or give --for."),
    duration: str = typer.Option("", "--for", help="How long it lasts (e.g. 2h, 90m); or give --end."),
    reason: str = typer.Option("", "--reason", help="Why (shown in each held notification's record)."),
    as_json: bool = typer.Option(False, "--json", help="Print the window as JSON."),
) -> None:
    """Add a maintenance window for one target or a tag."""
    from tamperwatch.cli.targets import find_target
    from tamperwatch.errors import ConfigError
    from tamperwatch.incidents.maintenance import MaintenanceStore

    if bool(end) == bool(duration):
        raise ConfigError("give exactly one of --end and --for")
    starts = parse_when(start)
    try:
        ends = parse_when(end) if end else starts + timedelta(seconds=parse_duration(duration))
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    settings = settings_of(ctx)

    async def work(archive: SqlArchive) -> MaintenanceWindow:
        target_id = None
        if target:
            found = await find_target(archive, target)
            if found is None:
                raise ConfigError(f"no target {target!r} (see tamperwatch list)")
            target_id = found.id
        store = MaintenanceStore(archive.db)
        return await store.add(target_id, tag or None, starts, ends, reason, _actor())

    window = _with_archive(settings, work)
    if as_json:
        print_json(_row(window))
    else:
        typer.echo(f"maintenance window {window.id}: {window.scope}, {_span(window)}")


def _span(w: MaintenanceWindow) -> str:
    return f"{w.starts_at.isoformat(timespec='minutes')} to {w.ends_at.isoformat(timespec='minutes')}"


@maintenance_app.command("list")
def list_windows(
    ctx: typer.Context,
    include_past: bool = typer.Option(False, "--all", help="Also windows that have ended."),
    as_json: bool = typer.Option(False, "--json", help="Print the windows as JSON."),
) -> None:
    """List maintenance windows not ended yet, soonest first."""
    from rich.table import Table

    from tamperwatch.incidents.maintenance import MaintenanceStore

    found = _with_archive(settings_of(ctx), lambda a: MaintenanceStore(a.db).list(include_past))
    if as_json:
        print_json([_row(w) for w in found])
        return
    table = Table("id", "covers", "from / to", "reason", "by")
    for w in found:
        table.add_row(str(w.id), w.scope, _span(w), w.reason, w.created_by)
    table_console().print(table)


@maintenance_app.command("end")
def end_window(ctx: typer.Context, window_id: int = typer.Argument(..., help="The window's id.")) -> None:
    """End a maintenance window now (it is kept, as the record of what it held)."""
    from tamperwatch.errors import ConfigError
    from tamperwatch.incidents.maintenance import MaintenanceStore

    window = _with_archive(settings_of(ctx), lambda a: MaintenanceStore(a.db).end(window_id))
    if window is None:
        raise ConfigError(f"no maintenance window {window_id} (see tamperwatch maintenance list --all)")
    typer.echo(f"maintenance window {window.id} ended at {window.ends_at.isoformat(timespec='seconds')}")
