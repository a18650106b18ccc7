"""`tamperwatch notify test`: one test message through every configured notifier.

One line per notifier (``ok`` or ``FAILED`` and why); exit status 1 when any failed, 2 when none
is configured. The message is incident 0, change "test", about https://tamperwatch.invalid/.
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

import typer

from tamperwatch.cli.common import console, run_async, settings_of

if TYPE_CHECKING:
    from tamperwatch.settings import Settings

notify_app = typer.Typer(help="Notifiers (notify_urls, webhook_urls): test them.", no_args_is_help=True)


def _sender() -> str:
    try:
        return f"cli:{getpass.getuser()} (tamperwatch notify test)"
    except (KeyError, OSError):  # no passwd entry (containers)
        return "tamperwatch notify test"


async def probe_all(settings: Settings, sender: str) -> list[tuple[str, str]]:
    """(description, error) for each configured notifier, all tested at once; error "" when delivered."""
    import asyncio

    from tamperwatch.errors import ConfigError
    from tamperwatch.notify.base import ClosableNotifier
    from tamperwatch.notify.dispatch import NotificationDispatcher
    from tamperwatch.notify.probe import describe, probe

    try:
        notifiers = NotificationDispatcher.from_settings(settings).notifiers
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    if not notifiers:
        raise ConfigError("no notifier is configured: set notify_urls or webhook_urls (with webhook_secret)")
    try:
        errors = await asyncio.gather(*(probe(n, sender) for n in notifiers))
    finally:
        for notifier in notifiers:
            if isinstance(notifier, ClosableNotifier):
                await notifier.aclose()
    return [(f"{i} {describe(n)}", error) for i, (n, error) in enumerate(zip(notifiers, errors, strict=True))]


@notify_app.command("test")
def test(ctx: typer.Context) -> None:
    """Send a test message through each configured notifier; one line each; exit 1 if any failed."""
    from rich.markup import escape

    settings = settings_of(ctx, data=False)
    results = run_async(probe_all(settings, _sender()))
    out = console()
    for name, error in results:
        verdict = f"[red]FAILED[/] {escape(error)}" if error else "[green]ok[/]"
        out.print(f"{escape(name)}: {verdict}", soft_wrap=True)
    if any(error for _, error in results):
        raise typer.Exit(1)
