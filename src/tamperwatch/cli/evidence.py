"""Evidence commands: `evidence export` writes a bundle a third party can check offline,
`evidence verify` checks one (docs/evidence.md)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import typer

from tamperwatch.cli.common import print_json, run_async, settings_of
from tamperwatch.errors import ConfigError

evidence_app = typer.Typer(help="Evidence bundles a third party can check offline.", no_args_is_help=True)


def parse_time(text: str, option: str) -> datetime:
    """ISO 8601 (`2026-11-01`, `2026-11-01T08:00`, `...Z`, `...+08:00`); without a zone, UTC."""
    try:
        at = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ConfigError(f"{option} {text!r}: not an ISO 8601 time (e.g. 2026-11-01T08:00:00Z)") from None
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


@evidence_app.command("export")
def export_cmd(
    ctx: typer.Context,
    target: str = typer.Argument(None, help="Target id or URL (or use --incident)."),
    start: str = typer.Option(None, "--from", help="Start of the range (ISO 8601; UTC without a zone)."),
    end: str = typer.Option(None, "--to", help="End of the range (default: now)."),
    incident: int = typer.Option(
        None, "--incident", help="Export this incident (its target from an hour before it opened)."
    ),
    output: Path = typer.Option(
        ..., "--output", "-o", help="The bundle: a new folder, or a zip file when the name ends in .zip."
    ),
) -> None:
    """Write a bundle of a target's observations over a range (or of an incident) to check offline.

    It holds the signed log records with their inclusion proofs in a checkpoint signed now, the
    captures as WACZ, the screenshots and the public keys (docs/evidence.md)."""
    settings = settings_of(ctx)
    now = datetime.now(UTC)
    if (incident is None) == (target is None):
        raise ConfigError("name a TARGET with --from (and --to), or an --incident, not both")
    if target is not None and start is None:
        raise ConfigError("--from is required with a TARGET")

    async def go() -> object:
        from tamperwatch.archive.sql import SqlArchive
        from tamperwatch.cli.incidents import incident_json
        from tamperwatch.evidence.export import export_bundle, scope_of_incident, scope_of_target

        async with SqlArchive.from_settings(settings) as archive:
            if incident is not None:
                scope = await scope_of_incident(archive, incident, now)
            else:
                until = parse_time(end, "--to") if end is not None else now
                scope = await scope_of_target(archive, target, parse_time(start, "--from"), until)
            return await export_bundle(archive, scope, output, settings.key_path, incident_json, now)

    result = run_async(go())
    from tamperwatch.evidence.export import ExportResult

    assert isinstance(result, ExportResult)
    typer.echo(
        f"wrote {result.path}: {result.observations} observations, {result.captures} captures, "
        f"{result.events} log events, {result.incidents} incidents, {result.screenshots} screenshots"
    )


@evidence_app.command("verify")
def verify_cmd(
    ctx: typer.Context,
    bundle: Path = typer.Argument(..., exists=True, help="A bundle folder or .zip file."),
    key: str = typer.Option(
        "", "--key", help="Pin the installation key: its fingerprint (16+ hex digits) as you got it."
    ),
    json_out: bool = typer.Option(False, "--json", help="Print as JSON."),
) -> None:
    """Check a bundle offline (hashes, signatures, inclusion proofs, WACZ); exit 1 on any problem.

    Needs nothing but the bundle: run it in an empty data folder on another machine. Each problem
    is one line naming the file or record."""
    settings_of(ctx, data=False)
    import zipfile

    from tamperwatch.evidence.check import check_bundle
    from tamperwatch.evidence.layout import open_bundle

    try:
        files = open_bundle(bundle)
    except (OSError, zipfile.BadZipFile) as exc:
        raise ConfigError(f"{bundle}: not a bundle folder or zip file ({exc})") from None
    report = check_bundle(files, key)
    if json_out:
        print_json({"ok": report.ok, "problems": report.problems, "summary": report.summary})
    else:
        for line in report.summary:
            typer.echo(line)
        for line in report.problems:
            typer.echo(f"FAILED {line}")
        typer.echo("ok" if report.ok else f"FAILED: {len(report.problems)} problems")
    if not report.ok:
        raise typer.Exit(1)
