"""Helpers shared by CLI commands: settings from the context, output, durations, async entry."""

from __future__ import annotations

import asyncio
import json
import re
import sys
from collections.abc import Coroutine
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, ProgressColumn

from tamperwatch.models import Status
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


def settings_of(ctx: typer.Context) -> Settings:
    obj = ctx.find_root().obj
    assert isinstance(obj, Settings)
    return obj


def console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def progress_bar(*columns: ProgressColumn, disable: bool = False) -> Progress:
    """A progress bar on stderr. It redraws itself (from a thread, ten times a second) only on a
    terminal; into a file or a pipe it writes its final state once, when it ends."""
    err = console(stderr=True)
    return Progress(*columns, console=err, disable=disable, auto_refresh=err.is_terminal)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, default=str, ensure_ascii=False) + "\n")


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print a clear error to stderr and return the Exit to raise."""
    # never wrapped: a message that names a long path must stay one line at any terminal width
    console(stderr=True).print(f"[bold red]error:[/] {escape(message)}", soft_wrap=True)
    return typer.Exit(code)


def run_async(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)
