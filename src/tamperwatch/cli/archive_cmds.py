"""Archive commands: `archive verify|checkpoint|prove|rotate-key|prune`, top-level `backup` and `restore`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from tamperwatch.archive.base import ChainReport
from tamperwatch.archive.errors import ArchiveError
from tamperwatch.cli.common import console, error_line, fail, print_json, run_async, settings_of
from tamperwatch.settings import Settings

if TYPE_CHECKING:
    from tamperwatch.archive.audit import LogReport
    from tamperwatch.archive.keys import KeyRotation
    from tamperwatch.archive.log import Checkpoint
    from tamperwatch.archive.sql import SqlArchive

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
        "tampered_blobs": report.tampered_blobs,
    }


def _load_checkpoint(path: Path) -> Checkpoint:
    from tamperwatch.archive.log import read_checkpoint

    try:
        return read_checkpoint(path)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise fail(f"cannot read checkpoint {path}: {exc}") from None


async def _find_target(archive: SqlArchive, target: str) -> int:
    found = await archive.get_target(int(target) if target.isdigit() else target)
    if found is None:
        if target.isdigit() and int(target) in await archive.observation_counts():
            return int(target)  # a removed target: its chain is kept
        raise fail(f"no target {target!r}", 2)
    return found.id


async def _verify(
    settings: Settings, target: str | None, checkpoint_file: Path | None
) -> tuple[LogReport, dict[int, str], int | None]:
    from tamperwatch.archive.sql import SqlArchive

    checkpoint = _load_checkpoint(checkpoint_file) if checkpoint_file is not None else None
    async with SqlArchive.from_settings(settings) as archive:
        only = await _find_target(archive, target) if target is not None else None
        urls = {t.id: t.url for t in await archive.list_targets()}
        report = await archive.verify_log(checkpoint, str(checkpoint_file or ""))
    return report, urls, only


def _url(urls: dict[int, str], target_id: int | None) -> str:
    return "" if target_id is None else urls.get(target_id, f"#{target_id} (removed)")


def report_json(report: LogReport, urls: dict[int, str], only: int | None = None) -> dict[str, Any]:
    findings = [f for f in report.findings if only is None or f.target_id in (None, only)]
    checkpoint = report.checkpoint
    return {
        "ok": not findings,
        "log_size": report.log_size,
        "checkpoint": None
        if checkpoint is None
        else {
            "source": report.checkpoint_source,
            "tree_size": checkpoint.tree_size,
            "root_hash": checkpoint.root_hash,
            "timestamp": checkpoint.timestamp_ms,
        },
        "findings": [
            {
                "kind": f.kind,
                "target_id": f.target_id,
                "url": _url(urls, f.target_id),
                "items": list(f.items),
                "detail": f.detail,
            }
            for f in findings
        ],
        "chains": [
            chain_json(c, _url(urls, c.target_id))
            for c in report.chains
            if only is None or c.target_id == only
        ],
    }


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


def _print_log(doc: dict[str, Any]) -> None:
    """The log's state and each finding on one line (never wrapped: a line names one record set)."""
    from rich.markup import escape

    out = console()
    checkpoint = doc["checkpoint"]
    if checkpoint is None:
        out.print(
            f"log: {doc['log_size']} entries; no checkpoint found (a truncation of the log's end "
            "cannot be seen without one: pass a notification's with --checkpoint)",
            soft_wrap=True,
        )
    else:
        out.print(
            f"log: {doc['log_size']} entries; checkpoint of {checkpoint['tree_size']} entries "
            f"({escape(checkpoint['source'])})",
            soft_wrap=True,
        )
    for f in doc["findings"]:
        where = f" {escape(f['url'])}" if f["url"] else ""
        out.print(f"[bold red]{f['kind'].upper()}[/]{where}: {escape(f['detail'])}", soft_wrap=True)
    out.print("[green]ok[/]" if doc["ok"] else "[bold red]FAILED[/]")


@archive_app.command()
def verify(
    ctx: typer.Context,
    target: str = typer.Argument(None, help="Target id or URL; every target when omitted."),
    checkpoint: Path = typer.Option(
        None,
        "--checkpoint",
        dir_okay=False,
        help="A checkpoint file (e.g. from a notification) to prove "
        "the database against; default: the newest in DATA_DIR/checkpoints.",
    ),
    json_out: bool = typer.Option(False, "--json", help="Print as JSON."),
) -> None:
    """Prove the archive consistent with a signed checkpoint; exit 1 on any finding.

    Reports, each by name: truncated, deleted, edited and re-ordered observations, vanished targets,
    deleted or edited incident events and incidents, log entries gone, and tampered or missing
    bodies. Bodies removed by retention are counted as pruned, which is not tampering.
    """
    report, urls, only = run_async(_verify(settings_of(ctx), target, checkpoint))
    doc = report_json(report, urls, only)
    if json_out:
        print_json(doc)
    else:
        _print_reports([(c, _url(urls, c.target_id)) for c in report.chains if only in (None, c.target_id)])
        _print_log(doc)
    if not doc["ok"]:
        raise typer.Exit(1)


@archive_app.command("checkpoint")
def checkpoint_cmd(
    ctx: typer.Context,
    output: Path = typer.Option(None, "--output", "-o", dir_okay=False, help="Also write it to this file."),
    since: Path = typer.Option(
        None,
        "--since",
        dir_okay=False,
        help="An older checkpoint: add the proof that the new one extends it.",
    ),
) -> None:
    """Sign a checkpoint of the log now (or, without the private key, take the newest) and print it."""
    settings = settings_of(ctx)
    old = _load_checkpoint(since) if since is not None else None

    async def go() -> dict[str, Any]:
        from tamperwatch.archive.proofs import checkpoint_consistency
        from tamperwatch.archive.sql import SqlArchive

        async with SqlArchive.from_settings(settings) as archive:
            made = await archive.checkpoint() or archive.latest_checkpoint()
            if made is None:
                raise fail("no checkpoint: the private signing key is missing and none was written before")
            doc = made.to_json()
            if old is not None:
                doc["consistency"] = await checkpoint_consistency(archive, old, made)
            return doc

    try:
        doc = run_async(go())
    except ArchiveError as exc:
        raise fail(str(exc)) from None
    if output is not None:
        from tamperwatch.archive.fsutil import atomic_write

        atomic_write(output, json.dumps(doc, indent=1).encode())
    print_json(doc)


@archive_app.command()
def prove(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(help="Target id or URL.")],
    seq: Annotated[int, typer.Argument(help="The observation's sequence number in its target's chain.")],
    checkpoint: Path = typer.Option(
        None, "--checkpoint", dir_okay=False, help="Prove against this checkpoint (default: sign one now)."
    ),
) -> None:
    """Print an inclusion proof (JSON) of one observation in a signed checkpoint, for a third party."""
    settings = settings_of(ctx)
    given = _load_checkpoint(checkpoint) if checkpoint is not None else None

    async def go() -> dict[str, Any]:
        from tamperwatch.archive.proofs import observation_proof
        from tamperwatch.archive.sql import SqlArchive

        async with SqlArchive.from_settings(settings) as archive:
            target_id = await _find_target(archive, target)
            found = await archive.observation_leaf(target_id, seq)
            if found is None:
                raise fail(f"target {target} has no logged observation {seq}")
            signed = given or await archive.checkpoint() or archive.latest_checkpoint()
            if signed is None:
                raise fail("no checkpoint to prove against: pass one with --checkpoint")
            return await observation_proof(archive, found[0], found[1], signed)

    try:
        print_json(run_async(go()))
    except ArchiveError as exc:
        raise fail(str(exc)) from None


@archive_app.command("rotate-key")
def rotate_key_cmd(
    ctx: typer.Context,
    reason: str = typer.Option(
        "rotated by the operator", "--reason", help="Recorded in the signed rotation."
    ),
) -> None:
    """Start a new signing key; the old public key keeps verifying what it signed.

    The old key first signs a checkpoint of everything so far, then countersigns the new public
    key; a signed "key-rotated" record goes into the log. The old private key file is replaced.
    """
    settings = settings_of(ctx)

    async def go() -> KeyRotation:
        from tamperwatch.archive.keys import rotate_key

        return await rotate_key(settings, reason)

    try:
        rotation = run_async(go())
    except ArchiveError as exc:
        raise fail(str(exc)) from None
    console().print(_rotation_line(rotation), soft_wrap=True)


def _rotation_line(rotation: KeyRotation) -> str:
    old = rotation.old_fingerprint[:16] or "none"
    signed = "countersigned by the old key" if rotation.countersigned else "the old private key was not there"
    return (
        f"new signing key {rotation.new_fingerprint[:16]}... (old {old}..., {signed}); "
        f"rotation recorded at log entry {rotation.event_idx}; records of the old key still verify"
    )


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
    console().print(
        f"wrote {result.path}: {result.files} files, {result.blobs} blobs, {result.bytes} bytes",
        soft_wrap=True,
    )
    if result.has_key:
        console().print(
            "it holds the PRIVATE signing key (file mode 0600): keep it as secret as the key itself",
            soft_wrap=True,
        )
    else:
        console().print(
            "the private signing key is not in it: a restore starts a new key, with a signed rotation "
            "record, and the old records still verify with the old public key; to carry the key, run "
            "`tamperwatch backup --include-key`",
            soft_wrap=True,
        )


def restore_cmd(
    ctx: typer.Context,
    src: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Backup file to restore.")],
    force: bool = typer.Option(False, "--force", help="Replace the archive in a non-empty data dir."),
    json_out: bool = typer.Option(False, "--json", help="Print the chain results as JSON."),
) -> None:
    """Restore a backup into the data dir, check every checksum, then verify the log and every chain."""
    settings = settings_of(ctx)
    with console(stderr=True).status("restoring..."):
        try:
            from tamperwatch.archive.backup import restore

            result = run_async(restore(settings, src, force))
        except ArchiveError as exc:
            raise fail(str(exc)) from None
    report = result.integrity
    log = report_json(report.log, {}) if report.log is not None else None
    if json_out:
        print_json(
            {
                "files": result.files,
                "database_ok": report.database_ok,
                "chains": [chain_json(c, "") for c in report.chains],
                "log": log,
                "key_rotation": None
                if result.rotation is None
                else {
                    "old_fingerprint": result.rotation.old_fingerprint,
                    "new_fingerprint": result.rotation.new_fingerprint,
                    "log_entry": result.rotation.event_idx,
                },
            }
        )
    else:
        console().print(
            f"restored {result.files} files into {settings.data_dir}; "
            f"database check: {', '.join(report.database_messages) or 'n/a'}"
        )
        _print_reports([(c, "") for c in report.chains])
        if log is not None:
            _print_log(log)
    if result.rotation is not None and not json_out:
        console().print(f"the backup had no private key: {_rotation_line(result.rotation)}", soft_wrap=True)
    if not report.ok:
        error_line("the restored archive does not verify: see the findings above")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add `archive ...`, `backup` and `restore` to the root command."""
    app.add_typer(archive_app, name="archive")
    app.command("backup")(backup_cmd)
    app.command("restore")(restore_cmd)
