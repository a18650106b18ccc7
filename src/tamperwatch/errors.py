"""Mistakes the operator can fix: configuration, environment and input.

A ``ConfigError`` carries one line that says what is wrong and how to fix it. The command line
prints that line and exits with status 2 (no traceback unless ``--debug``); the service refuses
to start with it. Nothing may be saved before a command can still fail with one.
"""

from __future__ import annotations

USAGE_ERROR = 2  # exit status of every configuration, environment and input mistake


class ConfigError(Exception):
    """A configuration, environment or input mistake; ``str(error)`` is one line with the fix."""

    def __init__(self, message: str) -> None:
        # one line, whatever its parts held (a value quoted from the environment may hold breaks)
        super().__init__(" ".join(message.splitlines()).strip())

    @property
    def message(self) -> str:
        return str(self.args[0])
