"""Target commands: add, import, list, remove."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from tamperwatch.cli.common import (
    console,
    fail,
    print_json,
    progress_bar,
    run_async,
    settings_of,
    store_target,
    table_console,
)
from tamperwatch.models import DEFAULT_RENDER_POLICY, RenderPolicy, Target

if TYPE_CHECKING:
    from tamperwatch.archive.sql import SqlArchive


async def find_target(archive: SqlArchive, text: str) -> Target | None:
    """The target an operator names: its id, its URL as normalised at `add`, or as stored."""
    from tamperwatch.target_file import TargetFileError, check_url

    if text.isdigit():
        return await archive.get_target(int(text))
    try:
        found = await archive.get_target(check_url(text))
    except TargetFileError:
        found = None
    return found if found is not None else await archive.get_target(text.strip())


def target_json(t: Target) -> dict[str, object]:
    return {
        "id": t.id,
        "url": t.url,
        "interval_s": t.interval_s,
        "tags": list(t.tags),
        "render": t.render_policy.value,
        "owner": t.owner,
    }


def register(app: typer.Typer) -> None:
    @app.command()
    def add(
        ctx: typer.Context,
        url: str,
        interval: str = typer.Option("", help="Check interval, e.g. 60s, 5m (default: settings)."),
        tag: list[str] = typer.Option([], "--tag", help="Tag; repeat for several."),
        render: RenderPolicy = typer.Option(
            DEFAULT_RENDER_POLICY.value, help="Render policy ('never': HTTP only)."
        ),
    ) -> None:
        """Watch URL (normalised: duplicates in another spelling are found)."""
        from tamperwatch.target_file import TargetLimits, check_interval, check_url

        settings = settings_of(ctx)
        limits = TargetLimits.from_settings(settings)
        try:
            target = Target(
                url=check_url(url, limits),
                interval_s=check_interval(interval or settings.default_interval_s, limits),
                tags=tuple(tag),
                render_policy=render,
            )
        except ValueError as exc:
            raise fail(str(exc)) from None

        stored = store_target(settings, target)
        console().print(f"watching [bold]{stored.url}[/] (id {stored.id}, every {stored.interval_s:g} s)")

    @app.command("import")
    def import_(
        ctx: typer.Context,
        file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True),
        json_out: bool = typer.Option(False, "--json", help="Print the result as JSON."),
    ) -> None:
        """Import targets from FILE: one URL a line, or YAML with per-target options."""
        from tamperwatch.archive.errors import DuplicateTargetError
        from tamperwatch.target_file import TargetFileError, TargetLimits, parse_targets

        settings = settings_of(ctx)
        try:  # every entry is checked before anything is stored
            targets = parse_targets(
                file.read_text(encoding="utf-8"),
                settings.default_interval_s,
                TargetLimits.from_settings(settings),
            )
        except (TargetFileError, UnicodeDecodeError) as exc:
            raise fail(f"{file}: {exc}") from None

        async def go() -> tuple[int, int]:
            from rich.progress import Progress

            from tamperwatch.runtime import open_archive

            added = skipped = 0
            async with open_archive(settings) as archive:
                columns = Progress.get_default_columns()
                with progress_bar(*columns, disable=json_out or len(targets) < 50) as progress:
                    task = progress.add_task("importing", total=len(targets))
                    for t in targets:
                        try:
                            await archive.add_target(t)
                            added += 1
                        except DuplicateTargetError:
                            skipped += 1
                        progress.advance(task)
            return added, skipped

        added, skipped = run_async(go())
        if json_out:
            print_json({"added": added, "skipped_existing": skipped})
        else:
            console().print(f"imported {added} target(s), {skipped} already watched")

    @app.command("list")
    def list_(
        ctx: typer.Context,
        tag: str = typer.Option("", help="Only targets with this tag."),
        json_out: bool = typer.Option(False, "--json", help="Print as JSON."),
    ) -> None:
        """List watched targets with their last verdict."""
        settings = settings_of(ctx)

        async def go() -> list[tuple[Target, str, float]]:
            from tamperwatch.runtime import open_archive

            async with open_archive(settings) as archive:
                out = []
                for t in await archive.list_targets():
                    if tag and tag not in t.tags:
                        continue
                    st = await archive.get_state(t.id)
                    out.append((t, st.last_status or "new", st.last_checked_at))
                return out

        rows = run_async(go())
        if json_out:
            print_json([dict(target_json(t), status=s, last_checked_at=c) for t, s, c in rows])
            return
        from rich.table import Table

        table = Table("id", "url", "interval", "tags", "status")
        for t, s, _ in rows:
            table.add_row(str(t.id), t.url, f"{t.interval_s:g}s", ",".join(t.tags), s)
        table_console().print(table)

    @app.command()
    def remove(ctx: typer.Context, target: str = typer.Argument(..., help="URL or id.")) -> None:
        """Stop watching TARGET (its observations and incidents are kept)."""
        settings = settings_of(ctx)

        async def go() -> Target | None:
            from tamperwatch.runtime import open_archive

            async with open_archive(settings) as archive:
                found = await find_target(archive, target)
                if found is not None:
                    await archive.remove_target(found.id)
                return found

        found = run_async(go())
        if found is None:
            raise fail(f"no such target: {target}", 1)
        from tamperwatch.streams.registry import MediaRegistry

        MediaRegistry.in_data_dir(settings.data_dir).remove(found.id)  # a stream's library, a screen's token
        console().print(f"removed {found.url}")
