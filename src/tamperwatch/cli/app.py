"""The `tamperwatch` command: root options, then one module per group of commands.

Command modules import only what listing their options needs; each command imports the rest
(database, fetcher, detectors) when it runs, so `--help`, `--version` and `list` start fast.

Errors: a configuration, environment or input mistake (``ConfigError``, or an ``OSError`` such as
a file that cannot be written) ends in one line on stderr and exit status 2; anything else in one
line and status 1. ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import typer
from typer._click.core import Command, Context  # Typer's own copy of click
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
from typer._click.formatting import HelpFormatter
from typer.core import TyperCommand, TyperGroup
from typer.exceptions import TyperException

from tamperwatch import __version__
from tamperwatch.cli import audit, checks, evaluate, targets, verify
from tamperwatch.cli.agent import agent_app
from tamperwatch.cli.baseline import baseline_app
from tamperwatch.cli.common import RootOptions, debug_of, error_line
from tamperwatch.cli.evidence import evidence_app
from tamperwatch.cli.incidents import incidents_app
from tamperwatch.cli.library import library_app
from tamperwatch.cli.maintenance import maintenance_app
from tamperwatch.cli.notify import notify_app
from tamperwatch.cli.reach import reach_app
from tamperwatch.cli.screens import screen_app
from tamperwatch.cli.streams import stream_app
from tamperwatch.cli.users import token_app, user_app
from tamperwatch.errors import USAGE_ERROR, ConfigError

INTERNAL_ERROR = 1


def _one_line(exc: BaseException) -> tuple[str, int]:
    """The line and exit status an exception that reached the command line ends in."""
    if isinstance(exc, ConfigError):
        return exc.message, USAGE_ERROR
    if isinstance(exc, OSError):  # the environment: a path that cannot be read or written, a full disk
        return str(exc) or type(exc).__name__, USAGE_ERROR
    name, text = type(exc).__name__, str(exc)
    if name == "OperationalError" and ("readonly" in text or "unable to open database" in text):
        return (
            f"the database cannot be written ({exc.args[0] if exc.args else exc}): set TAMPERWATCH_DATA_DIR "
            "or --data-dir to a folder this user can write",
            USAGE_ERROR,
        )
    return f"unexpected {name}: {exc} (run again with --debug for the traceback)", INTERNAL_ERROR


# Commands whose module imports the settings and the database layer when it is imported: loaded
# when one of them runs (or their own help is asked for); the root's help lists them from here
# (a test checks these lines against the commands themselves).
LAZY_SUMMARIES = {
    "archive": "Check and maintain the signed archive.",
    "backup": "Write a consistent backup (database, blobs, public key, checksummed manifest); "
    "safe while serving.",
    "restore": "Restore a backup into the data dir, check every checksum, then verify the log and "
    "every chain.",
}


class RootGroup(TyperGroup):
    """The root group: every error a command raises ends in one line (see the module doc); the
    archive commands are loaded on first use."""

    _listing = False
    _lazy_loaded = False

    def load_lazy(self) -> None:
        if self._lazy_loaded:
            return
        self._lazy_loaded = True
        import typer.main

        from tamperwatch.cli import archive_cmds

        extra = typer.Typer()
        archive_cmds.register(extra)
        group = typer.main.get_command(extra)
        assert isinstance(group, TyperGroup)
        for name, command in group.commands.items():
            self.add_command(command, name)

    def list_commands(self, ctx: Context) -> list[str]:
        names = super().list_commands(ctx)
        return names + [name for name in LAZY_SUMMARIES if name not in names]

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        found = super().get_command(ctx, cmd_name)
        if found is not None or self._lazy_loaded:
            return found
        if self._listing and cmd_name in LAZY_SUMMARIES:
            return TyperCommand(cmd_name, help=LAZY_SUMMARIES[cmd_name])
        self.load_lazy()
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        """Each command with the whole first line of its help, wrapped, not cut short with '...'."""
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, (command.help or "").strip().split("\n")[0]))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Typer's main, with a usage mistake (unknown command or option, missing argument, file
        that does not exist) printed as one line, exit status 2, instead of a framed panel."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, windows_expand_args, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except NoArgsIsHelpError:  # the help is already printed
            sys.exit(USAGE_ERROR)
        except ClickException as exc:
            where = exc.ctx.command_path if isinstance(exc, UsageError) and exc.ctx is not None else ""
            hint = f" (see '{where} --help')" if where else ""
            error_line(exc.format_message().rstrip(".") + hint)
            sys.exit(USAGE_ERROR)
        except typer.Abort:
            error_line("aborted")
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except (TyperException, typer.Exit, typer.Abort):  # usage errors and exits: Typer's own
            raise
        except Exception as exc:
            if debug_of(ctx):
                raise
            message, code = _one_line(exc)
            error_line(message)
            raise typer.Exit(code) from None


app = typer.Typer(
    cls=RootGroup,
    help="tamperwatch: watch web pages for defacement, with signed proof of what they showed.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,  # plain help: Rich's help panels cost more than the rest of `--help`
)
app.add_typer(incidents_app, name="incidents")
app.add_typer(baseline_app, name="baseline")
app.add_typer(stream_app, name="stream")
app.add_typer(screen_app, name="screen")
app.add_typer(library_app, name="library")
app.add_typer(agent_app, name="agent")
app.add_typer(evidence_app, name="evidence")
app.add_typer(reach_app, name="reach")
app.add_typer(user_app, name="user")
app.add_typer(token_app, name="token")
app.add_typer(notify_app, name="notify")
app.add_typer(maintenance_app, name="maintenance")
targets.register(app)
checks.register(app)
evaluate.register(app)
audit.register(app)
verify.register(app)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tamperwatch {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    data_dir: Path = typer.Option(None, "--data-dir", help="Data folder (overrides TAMPERWATCH_DATA_DIR)."),
    debug: bool = typer.Option(False, "--debug", help="Show the traceback of an error, not one line."),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Settings come from TAMPERWATCH_* environment variables and .env; options override them."""
    if not isinstance(ctx.obj, RootOptions):  # a test may hand in its own Settings
        ctx.obj = RootOptions(data_dir=data_dir, debug=debug) if ctx.obj is None else ctx.obj
