"""Archive commands: `archive verify|prune`, and the top-level `backup` and `restore`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from tamperwatch.archive.base import ChainReport
from tamperwatch.archive.errors import ArchiveError
from tamperwatch.cli.common import console, fail, print_json, run_async, settings_of
from tamperwatch.settings import Settings

archive_app = typer.Typer(help="Check and maintain the signed archive.", no_args_is_help=True)


def chain_json(report: ChainReport, url: str) -> dict[str, object]:
    return {
        "target_id": report.target_id,
        "url": url,
        "records": report.records,
        "ok": report.ok,
        "tampered": report.tampered,
        "broken_links": report.broken_links,
        "pruned_blobs": report.pruned_blobs,
        "missing_blobs": report.missing_blobs,
    }


async def _verify(settings: Settings, target: str | None) -> list[tuple[ChainReport, str]]:
    from tamperwatch.archive.sql import SqlArchive

    async with SqlArchive.from_settings(settings) as archive:
        if target is None:
            ids = list(await archive.observation_counts())
        else:
            found = await archive.get_target(int(target) if target.isdigit() else target)
            if found is None:
                raise fail(f"no target {target!r}", 2)
            ids = [found.id]
        urls = {t.id: t.url for t in await archive.list_targets()}
        return [(await archive.verify_chain(i), urls.get(i, f"#{i} (removed)")) for i in ids]


def _details(report: ChainReport) -> str:
    parts = [
        f"{label}: {', '.join(map(str, seqs))}"
        for label, seqs in (
            ("tampered", report.tampered),
            ("broken links", report.broken_links),
            ("missing blobs", report.missing_blobs),
        )
        if seqs
    ]
    if report.pruned_blobs:
        parts.append(f"{report.pruned_blobs} bodies pruned by retention")
    return "; ".join(parts)


def _print_reports(results: list[tuple[ChainReport, str]]) -> None:
    table = Table("id", "url", "records", "result", "details")
    for report, url in results:
        verdict = "[green]ok[/]" if report.ok else "[bold red]FAILED[/]"
        table.add_row(str(report.target_id), url, str(report.records), verdict, _details(report))
    console().print(table)


@archive_app.command()
def verify(
    ctx: typer.Context,
    target: str = typer.Argument(None, help="Target id or URL; all chains when omitted."),
    json_out: bool = typer.Option(False, "--json", help="Print as JSON."),
) -> None:
    """Verify the signed observation chains. Exit 1 if any record was tampered with or is missing.

    Bodies removed by retention are reported as pruned, which is not tampering.
    """
    results = run_async(_verify(settings_of(ctx), target))
    if json_out:
        print_json([chain_json(r, url) for r, url in results])
    else:
        _print_reports(results)
    if not all(report.ok for report, _ in results):
        raise typer.Exit(1)


@archive_app.command()
def prune(
    ctx: typer.Context,
    days: int = typer.Option(None, "--days", help="Age in days (default: blob_retention_days)."),
) -> None:
    """Delete capture bodies older than the retention; observations and incident evidence are kept."""
    settings = settings_of(ctx)
    keep_days = settings.blob_retention_days if days is None else days
    if keep_days <= 0:
        console().print("retention is 0: blobs are kept forever")
        return

    async def go() -> int:
        from tamperwatch.archive.sql import SqlArchive

        async with SqlArchive.from_settings(settings) as archive:
            return await archive.prune_blobs(datetime.now(UTC) - timedelta(days=keep_days))

    console().print(f"pruned {run_async(go())} blobs older than {keep_days} days")


def backup_cmd(
    ctx: typer.Context,
    dest: Annotated[Path, typer.Argument(help="Backup file to write (a tar).")],
    include_key: bool = typer.Option(False, "--include-key", help="Also copy the PRIVATE signing key."),
) -> None:
    """Write a consistent backup (database, blobs, public key, checksummed manifest); safe while serving."""
    settings = settings_of(ctx)
    with console(stderr=True).status("backing up the archive..."):
        try:
            from tamperwatch.archive.backup import backup

            result = run_async(backup(settings, dest, include_key))
        except ArchiveError as exc:
            raise fail(str(exc)) from None
    console().print(f"wrote {result.path}: {result.files} files, {result.blobs} blobs, {result.bytes} bytes")


def restore_cmd(
    ctx: typer.Context,
    src: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Backup file to restore.")],
    force: bool = typer.Option(False, "--force", help="Replace the archive in a non-empty data dir."),
    json_out: bool = typer.Option(False, "--json", help="Print the chain results as JSON."),
) -> None:
    """Restore a backup into the data dir, check every checksum, then verify every chain."""
    settings = settings_of(ctx)
    with console(stderr=True).status("restoring..."):
        try:
            from tamperwatch.archive.backup import restore

            result = run_async(restore(settings, src, force))
        except ArchiveError as exc:
            raise fail(str(exc)) from None
    report = result.integrity
    if json_out:
        print_json(
            {
                "files": result.files,
                "database_ok": report.database_ok,
                "chains": [chain_json(c, "") for c in report.chains],
            }
        )
    else:
        console().print(
            f"restored {result.files} files into {settings.data_dir}; "
            f"database check: {', '.join(report.database_messages) or 'n/a'}"
        )
        _print_reports([(c, "") for c in report.chains])
    if not report.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add `archive ...`, `backup` and `restore` to the root command."""
    app.add_typer(archive_app, name="archive")
    app.command("backup")(backup_cmd)
    app.command("restore")(restore_cmd)
