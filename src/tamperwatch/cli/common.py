"""Helpers shared by CLI commands: settings from the context, output, durations, async entry."""

from __future__ import annotations

import asyncio
import json
import re
import sys
from collections.abc import Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from tamperwatch.models import Status, Target

if TYPE_CHECKING:  # rich.progress and the settings are imported only by the commands that use them
    from rich.console import Console
    from rich.progress import Progress, ProgressColumn
    from typer._click.core import Context as ClickContext

    from tamperwatch.settings import Settings

T = TypeVar("T")

STATUS_STYLE = {  # Rich styles of verdict statuses, shared by every command that prints verdicts
    Status.CLEAN: "green",
    Status.SUSPICIOUS: "yellow",
    Status.DEFACED: "bold red",
    Status.UNAVAILABLE: "magenta",
    Status.LEARNING: "cyan",
}

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$", re.I)
_UNIT = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def parse_duration(text: str | float | int) -> float:
    """'90', '90s', '5m', '1h', '250ms' -> seconds. Raises ValueError with a clear message."""
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        match = _DURATION.match(text)
        if not match:
            raise ValueError(f"not a duration: {text!r} (use e.g. 60s, 5m, 1h)")
        value = float(match.group(1)) * _UNIT[(match.group(2) or "s").lower()]
    if value <= 0:
        raise ValueError(f"duration must be positive: {text!r}")
    return value


@dataclass
class RootOptions:
    """What the root command was given; the settings are loaded by the first command that asks."""

    data_dir: Path | None = None
    debug: bool = False
    settings: Settings | None = None


def debug_of(ctx: ClickContext) -> bool:
    obj = ctx.find_root().obj
    return isinstance(obj, RootOptions) and obj.debug


def settings_of(ctx: typer.Context, data: bool = True) -> Settings:
    """The settings, validated for a command before it reads or saves anything (a ConfigError
    otherwise); ``data``: the command uses the data folder, which must then be usable."""
    from tamperwatch.cli.startup import load_settings, start

    root = ctx.find_root()
    obj = root.obj
    if isinstance(obj, RootOptions):
        if obj.settings is None:
            obj.settings = load_settings(obj.data_dir)
        return start(obj.settings, data)
    from tamperwatch.settings import Settings

    assert isinstance(obj, Settings)
    return start(obj, data)


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def table_console() -> Console:
    """A console for tables on stdout: the terminal's width on a terminal; into a file or a pipe
    as wide as the rows need, so URLs and reasons are never cut."""
    out = console()
    if not out.is_terminal:
        out.width = 1_000_000
    return out


def progress_bar(*columns: ProgressColumn, disable: bool = False) -> Progress:
    """A progress bar on stderr. It redraws itself (from a thread, ten times a second) only on a
    terminal; into a file or a pipe it writes its final state once, when it ends."""
    from rich.progress import Progress

    err = console(stderr=True)
    return Progress(*columns, console=err, disable=disable, auto_refresh=err.is_terminal)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, default=str, ensure_ascii=False) + "\n")


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print a clear error to stderr and return the Exit to raise."""
    # never wrapped: a message that names a long path must stay one line at any terminal width
    error_line(message)
    return typer.Exit(code)


def error_line(message: str) -> None:
    """``error: MESSAGE`` on stderr, on one line at any terminal width."""
    from rich.markup import escape

    one_line = " ".join(message.splitlines())
    console(stderr=True).print(f"[bold red]error:[/] {escape(one_line)}", soft_wrap=True)


def run_async(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def store_target(settings: Settings, target: Target) -> Target:
    """Add ``target`` to the archive (``add``, ``screen add``, ``stream add``); one already watched
    under that URL is one line and status 2."""
    from tamperwatch.archive.errors import DuplicateTargetError

    async def go() -> Target:
        from tamperwatch.runtime import open_archive

        async with open_archive(settings) as archive:
            return await archive.add_target(target)

    try:
        return run_async(go())
    except DuplicateTargetError as exc:
        raise fail(str(exc)) from None
