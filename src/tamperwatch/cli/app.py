"""The `tamperwatch` command: root options, then one module per group of commands."""

from __future__ import annotations

from pathlib import Path

import typer
from pydantic import ValidationError

from tamperwatch import __version__
from tamperwatch.cli import archive_cmds, audit, checks, evaluate, targets
from tamperwatch.cli.baseline import baseline_app
from tamperwatch.cli.common import fail
from tamperwatch.cli.incidents import incidents_app
from tamperwatch.settings import Settings

app = typer.Typer(
    help="tamperwatch: watch web pages for defacement, with signed proof of what they showed.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
app.add_typer(incidents_app, name="incidents")
app.add_typer(baseline_app, name="baseline")
targets.register(app)
checks.register(app)
evaluate.register(app)
audit.register(app)
archive_cmds.register(app)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tamperwatch {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    data_dir: Path = typer.Option(None, "--data-dir", help="Data folder (overrides TAMPERWATCH_DATA_DIR)."),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Settings come from TAMPERWATCH_* environment variables and .env; options override them."""
    try:
        ctx.obj = Settings(data_dir=data_dir) if data_dir is not None else Settings()
    except ValidationError as exc:
        raise fail(f"invalid settings: {exc}") from None
