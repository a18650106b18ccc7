"""The anti-tamper agent on the web server: `agent run`, `agent publish`, `agent pause`,
`agent resume`, `agent status` (docs/agent.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from tamperwatch.cli.common import parse_duration, print_json, run_async, settings_of
from tamperwatch.cli.incident_actions import _login

agent_app = typer.Typer(
    help="Anti-tamper agent: signed baseline, real-time watch and restore of web roots.", no_args_is_help=True
)

ROOTS_HELP = "Web root to protect (repeat for several)."


@agent_app.command("run")
def run_cmd(
    ctx: typer.Context,
    root: list[Path] = typer.Option(..., "--root", help=ROOTS_HELP),
    mode: str = typer.Option("", "--mode", help="restore or alert (default: TAMPERWATCH_AGENT_MODE)."),
) -> None:
    """Baseline (first start), watch and restore ROOTs until stopped (SIGTERM)."""
    from tamperwatch.agent.runner import exec_resident, resident_request
    from tamperwatch.errors import ConfigError

    if mode not in ("", "restore", "alert"):
        raise ConfigError(f"--mode {mode!r}: expected restore or alert")
    settings = settings_of(ctx)
    request = run_async(resident_request(settings, root, _login(), mode))
    exec_resident(request)  # this process becomes the lean resident agent (docs/agent.md)


@agent_app.command("publish")
def publish_cmd(
    ctx: typer.Context,
    root: Path = typer.Option(..., "--root", help="The web root to update."),
    staging: Path = typer.Option(..., "--from", help="Folder holding the new content of the root."),
    reason: str = typer.Option("publish", "--reason", help="Why (kept in the signed record)."),
    by: str = typer.Option("", "--by", help="Who publishes (default: the login name)."),
) -> None:
    """Make STAGING the new content and signed baseline of ROOT (the running agent keeps it)."""
    from tamperwatch.agent.runner import publish

    settings = settings_of(ctx)
    done = run_async(publish(settings, root, staging, by or _login(), reason))
    sys.stdout.write(
        f"published generation {done.generation}: {done.added} added, {done.changed} changed, "
        f"{done.removed} removed (log entry {done.event_idx})\n"
    )


@agent_app.command("pause")
def pause_cmd(
    ctx: typer.Context,
    root: Path = typer.Option(..., "--root", help="The web root."),
    duration: str = typer.Option(..., "--for", help="Length of the window, e.g. 30m, 2h."),
    reason: str = typer.Option("maintenance", "--reason", help="Why (kept in the signed record)."),
    by: str = typer.Option("", "--by", help="Who (default: the login name)."),
) -> None:
    """Open a maintenance window: changes are recorded, not restored, until it ends."""
    from tamperwatch.agent.runner import maintenance
    from tamperwatch.errors import ConfigError

    try:
        seconds = parse_duration(duration)
    except ValueError as exc:
        raise ConfigError(f"--for: {exc}") from None
    settings = settings_of(ctx)
    run_async(maintenance(settings, root, seconds, by or _login(), reason))
    sys.stdout.write(f"maintenance window on {root} for {duration}: changes are recorded, not restored\n")


@agent_app.command("resume")
def resume_cmd(
    ctx: typer.Context,
    root: Path = typer.Option(..., "--root", help="The web root."),
    by: str = typer.Option("", "--by", help="Who (default: the login name)."),
) -> None:
    """Close the maintenance window: unpublished changes are restored again."""
    from tamperwatch.agent.runner import maintenance

    settings = settings_of(ctx)
    run_async(maintenance(settings, root, 0, by or _login(), "resume"))
    sys.stdout.write(f"protection of {root} resumed\n")


@agent_app.command("status")
def status_cmd(
    ctx: typer.Context,
    root: list[Path] = typer.Option(..., "--root", help=ROOTS_HELP),
) -> None:
    """Verify each ROOT's signed baseline and golden copies (JSON); exit 1 when one fails."""
    from tamperwatch.agent.runner import root_status

    settings = settings_of(ctx)
    report = [root_status(settings, r) for r in root]
    print_json(report)
    if not all(r["ok"] for r in report):
        raise typer.Exit(1)
