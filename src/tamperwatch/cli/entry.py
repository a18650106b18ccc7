"""The console script's entry point: start the CLI cheaply and leave without tearing Python down.

A cron-style ``tamperwatch run --once`` is a fresh process every round, so what Python spends
around the command counts on every round: about 0.1 CPU-s in the cyclic garbage collector while
the libraries import (hundreds of thousands of objects, none of them garbage), and about 0.2 CPU-s
at exit freeing every module and object one by one. ``main`` imports with the collector off, then
freezes what was imported (later collections skip it), and once the command is done, with every
file closed and no other thread left, flushes the standard streams and ends the process at once.
The commands import the database, fetcher and detectors the same way when they run
(``runtime.heavy_imports``), the system CA store then read lazily (capture/lazy_trust.py).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import NoReturn


def exit_code(status: object) -> int:
    """The process status ``sys.exit(status)`` would give; a message goes to stderr, as it does."""
    if status is None:
        return 0
    if isinstance(status, int):
        return status & 0xFF
    print(status, file=sys.stderr)
    return 1


def run_command(command: Callable[[], object]) -> int:
    """Run ``command`` (a Typer app in standalone mode, which ends in ``SystemExit``); its status."""
    try:
        command()
    except SystemExit as done:
        return exit_code(done.code)
    return 0


def leave(code: int, exit_now: Callable[[int], object] = os._exit) -> NoReturn:
    """End the process with ``code``. Without interpreter teardown when only this thread is left
    (after flushing logs and the standard streams); else the ordinary way, which waits for them."""
    if threading.active_count() == 1:
        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # a closed pipe: nothing more can reach it anyway
                code = code or 1
        exit_now(code)
    sys.exit(code)


def main() -> NoReturn:
    gc.disable()
    try:  # the command line alone; each command imports what it needs with runtime.heavy_imports
        from tamperwatch.cli.app import app
    finally:
        gc.freeze()  # imported modules live until the end: later collections need not scan them
        gc.enable()
    leave(run_command(app))
