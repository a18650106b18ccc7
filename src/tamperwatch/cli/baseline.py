"""Baseline commands: accept the current page as the new normal, or undo that."""

from __future__ import annotations

import typer

from tamperwatch.cli.common import console, fail, run_async, settings_of
from tamperwatch.cli.targets import find_target

baseline_app = typer.Typer(help="Accept a redesign as the new baseline, or undo that.", no_args_is_help=True)


@baseline_app.command()
def accept(ctx: typer.Context, target: str = typer.Argument(..., help="URL or id.")) -> None:
    """Accept TARGET's last capture as normal (new origins included); the old baseline is kept for undo."""
    settings = settings_of(ctx)

    from tamperwatch.incidents.feedback import FeedbackError

    async def go() -> str:
        from tamperwatch.detect.engine import DetectionEngine
        from tamperwatch.incidents.feedback import accept_baseline
        from tamperwatch.runtime import open_archive

        async with open_archive(settings) as archive:
            found = await find_target(archive, target)
            if found is None:
                raise FeedbackError(f"no such target: {target}")
            return await accept_baseline(archive, DetectionEngine.from_settings(settings), found)

    try:
        content_hash = run_async(go())
    except FeedbackError as exc:
        raise fail(str(exc), 1) from None
    console().print(f"accepted capture {content_hash[:12]} as the baseline of {target}")


@baseline_app.command()
def undo(ctx: typer.Context, target: str = typer.Argument(..., help="URL or id.")) -> None:
    """Go back to the baseline that the last accept replaced."""
    settings = settings_of(ctx)

    from tamperwatch.incidents.feedback import FeedbackError

    async def go() -> None:
        from tamperwatch.incidents.feedback import undo_baseline
        from tamperwatch.runtime import open_archive

        async with open_archive(settings) as archive:
            found = await find_target(archive, target)
            if found is None:
                raise FeedbackError(f"no such target: {target}")
            await undo_baseline(archive, found)

    try:
        run_async(go())
    except FeedbackError as exc:
        raise fail(str(exc), 1) from None
    console().print(f"restored the previous baseline of {target}")
