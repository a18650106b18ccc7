"""Check commands: `check URL` (one-off), `run --once` (cron-style), `serve` (the long-running service)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn

from tamperwatch.cli.common import (
    STATUS_STYLE,
    console,
    fail,
    print_json,
    progress_bar,
    run_async,
    settings_of,
)
from tamperwatch.models import Verdict
from tamperwatch.runtime import open_runtime


def verdict_json(url: str, verdict: Verdict) -> dict[str, object]:
    return {
        "url": url,
        "status": verdict.status.value,
        "defaced": verdict.defaced,
        "score": verdict.score,
        "reasons": list(verdict.reasons),
    }


def register(app: typer.Typer) -> None:
    @app.command()
    def check(
        ctx: typer.Context,
        url: str,
        json_out: bool = typer.Option(False, "--json", help="Print the verdict as JSON."),
    ) -> None:
        """Check URL once and print the verdict and its reasons (a watched URL uses its profile)."""
        from tamperwatch.pipeline.oneoff import check_unwatched  # only this command needs these
        from tamperwatch.target_file import TargetFileError, check_url

        settings = settings_of(ctx)
        try:
            url = check_url(url)
        except TargetFileError as exc:
            raise fail(str(exc)) from None

        async def go() -> Verdict | None:
            async with open_runtime(settings) as rt:
                target = await rt.archive.get_target(url)
                if target is None:
                    return (await check_unwatched(url, rt.services))[1]
                result = await rt.scheduler.check(target)
                return result.verdict if result is not None else None

        verdict = run_async(go())
        if verdict is None:
            raise fail("the check failed unexpectedly; see the log", 1)
        if json_out:
            print_json(verdict_json(url, verdict))
        else:
            out = console()
            out.print(
                f"[{STATUS_STYLE[verdict.status]}]{verdict.status.value}[/] {url} (score {verdict.score:.2f})"
            )
            for reason in verdict.reasons:
                out.print(f"  - {reason}")
        raise typer.Exit(1 if verdict.defaced else 0)

    @app.command()
    def run(
        ctx: typer.Context,
        once: bool = typer.Option(False, "--once", help="Check every target once and exit (cron-style)."),
        stats_json: Path = typer.Option(
            None, "--stats-json", help="Write counts and per-stage p50/p95 here."
        ),
        json_out: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    ) -> None:
        """Check targets: with --once every target once, else on their schedules until interrupted."""
        settings = settings_of(ctx)

        if not once:
            from tamperwatch.server import serve_forever

            run_async(serve_forever(settings, with_api=False))
            return

        async def go() -> dict[str, object]:
            async with open_runtime(settings) as rt:
                targets = await rt.archive.list_targets()
                columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
                with progress_bar(*columns, disable=json_out) as progress:
                    task = progress.add_task("checks", total=len(targets))
                    stats = await rt.scheduler.run_once(targets, progress=lambda _c: progress.advance(task))
                await rt.dispatcher.drain()
                return stats.summary()

        summary = run_async(go())
        if stats_json is not None:
            stats_json.write_text(json.dumps(summary, indent=2))
        if json_out:
            print_json(summary)
        else:
            by = summary["by_status"]
            assert isinstance(by, dict)
            console().print(
                f"{summary['checks']} checks: "
                + ", ".join(f"{k} {v}" for k, v in by.items())
                + f" ({summary['unchanged']} unchanged, {summary['errors']} fetch errors)"
            )

    @app.command()
    def serve(ctx: typer.Context) -> None:
        """Run the scheduler, workers and the HTTP API in one process until SIGTERM or Ctrl-C."""
        from tamperwatch.server import serve_forever

        run_async(serve_forever(settings_of(ctx)))
