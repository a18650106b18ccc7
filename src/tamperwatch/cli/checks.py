"""Check commands: `check URL` (one-off), `run --once` (cron-style), `serve` (the long-running service).

Exit statuses follow the Nagios plugin convention, so a monitoring system can run them as they are:

    check       0 clean (or still learning), 1 suspicious, 2 defaced, 3 unavailable or refused
    run --once  0 no target defaced or unavailable, 2 one or more defaced, 3 one or more unavailable
                (and none defaced); --exit-zero: 0 whatever the verdicts

A mistake in the settings or the input exits 2 with one line on stderr before anything is checked.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from tamperwatch.cli.common import (
    STATUS_STYLE,
    console,
    fail,
    print_json,
    progress_bar,
    run_async,
    settings_of,
)
from tamperwatch.models import Status, TargetKind

if TYPE_CHECKING:
    from tamperwatch.models import Verdict

OK, WARNING, CRITICAL, UNKNOWN = 0, 1, 2, 3  # the Nagios plugin statuses
CHECK_EXIT = {
    Status.CLEAN: OK,
    Status.LEARNING: OK,
    Status.SUSPICIOUS: WARNING,
    Status.DEFACED: CRITICAL,
    Status.UNAVAILABLE: UNKNOWN,
}


def run_exit(by_status: dict[str, int], failed: int = 0) -> int:
    """The status of `run --once` from its verdict counts: defaced first, then unavailable (a
    check that failed before its verdict, ``failed`` or counted as "none", counts as unavailable)."""
    if by_status.get(Status.DEFACED.value):
        return CRITICAL
    if by_status.get(Status.UNAVAILABLE.value) or by_status.get("none") or failed:
        return UNKNOWN
    return OK


def verdict_json(url: str, verdict: Verdict) -> dict[str, object]:
    return {
        "url": url,
        "status": verdict.status.value,
        "defaced": verdict.defaced,
        "score": verdict.score,
        "reasons": list(verdict.reasons),
    }


def _writable_file(path: Path) -> None:
    """Fail now, before any check is made, when ``path`` cannot be written later."""
    try:
        with path.open("a", encoding="utf-8"):
            pass
    except OSError as exc:
        raise fail(f"--stats-json {path}: cannot write it ({exc.strerror or exc})") from None


def register(app: typer.Typer) -> None:
    @app.command()
    def check(
        ctx: typer.Context,
        url: str,
        json_out: bool = typer.Option(False, "--json", help="Print the verdict as JSON."),
    ) -> None:
        """Check URL once and print the verdict and its reasons (a watched URL uses its profile).

        Exit status: 0 clean, 1 suspicious, 2 defaced, 3 unavailable or refused (Nagios)."""
        from tamperwatch.target_file import TargetFileError, TargetLimits, check_url

        settings = settings_of(ctx)
        try:
            url = check_url(url, TargetLimits.from_settings(settings))
        except TargetFileError as exc:
            raise fail(str(exc)) from None

        async def go() -> Verdict | None:
            from tamperwatch.runtime import heavy_imports, open_runtime

            with heavy_imports():
                from tamperwatch.pipeline.oneoff import check_unwatched  # only this command needs it

            async with open_runtime(settings, keep_pages=False) as rt:
                target = await rt.archive.get_target(url)
                if target is None:
                    return (await check_unwatched(url, rt.services))[1]
                result = await rt.scheduler.check(target)
                return result.verdict if result is not None else None

        verdict = run_async(go())
        if verdict is None:
            raise fail("the check failed unexpectedly; see the log", UNKNOWN)
        if json_out:
            print_json(verdict_json(url, verdict))
        else:
            out = console()
            out.print(
                f"[{STATUS_STYLE[verdict.status]}]{verdict.status.value}[/] {url} (score {verdict.score:.2f})"
            )
            for reason in verdict.reasons:
                out.print(f"  - {reason}")
        raise typer.Exit(CHECK_EXIT[verdict.status])

    @app.command()
    def run(
        ctx: typer.Context,
        once: bool = typer.Option(False, "--once", help="Check every target once and exit (cron-style)."),
        stats_json: Path = typer.Option(
            None, "--stats-json", help="Write counts and per-stage p50/p95 here."
        ),
        json_out: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
        exit_zero: bool = typer.Option(
            False, "--exit-zero", help="With --once: exit 0 even when targets are defaced or unavailable."
        ),
    ) -> None:
        """Check targets: with --once every target once, else on their schedules until interrupted.

        Exit status of --once: 2 if any target is defaced, else 3 if any is unavailable, else 0."""
        settings = settings_of(ctx)

        if not once:
            from tamperwatch.runtime import heavy_imports

            with heavy_imports():
                from tamperwatch.server import serve_forever

            run_async(serve_forever(settings, with_api=False))
            return
        if stats_json is not None:
            _writable_file(stats_json)

        async def go() -> tuple[dict[str, object], int]:
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn

            from tamperwatch.runtime import open_runtime

            async with open_runtime(settings, keep_pages=False) as rt:
                targets = [t for t in await rt.archive.list_targets() if t.kind == TargetKind.WEB]
                columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
                with progress_bar(*columns, disable=json_out) as progress:
                    task = progress.add_task("checks", total=len(targets))
                    stats = await rt.scheduler.run_once(targets, progress=lambda _c: progress.advance(task))
                await rt.dispatcher.drain()
                return stats.summary(), len(targets) - stats.checks

        summary, failed = run_async(go())
        if stats_json is not None:
            stats_json.write_text(json.dumps(summary, indent=2))
        by = summary["by_status"]
        assert isinstance(by, dict)
        if json_out:
            print_json(summary)
        else:
            console().print(
                f"{summary['checks']} checks: "
                + ", ".join(f"{k} {v}" for k, v in by.items())
                + f" ({summary['unchanged']} unchanged, {summary['errors']} fetch errors)"
            )
        raise typer.Exit(OK if exit_zero else run_exit(by, failed))

    @app.command()
    def serve(
        ctx: typer.Context,
        host: str = typer.Option(None, "--host", help="Address to listen on (setting host; 127.0.0.1)."),
        port: int = typer.Option(
            None, "--port", min=0, max=65535, help="Port to listen on (setting port; 8080)."
        ),
        tls_cert: Path = typer.Option(
            None, "--tls-cert", help="TLS certificate (PEM): answer HTTPS directly (setting tls_certfile)."
        ),
        tls_key: Path = typer.Option(
            None,
            "--tls-key",
            help="Private key (PEM) of --tls-cert, if not in the same file (setting tls_keyfile).",
        ),
    ) -> None:
        """Run the scheduler, workers and the HTTP API in one process until SIGTERM or Ctrl-C.

        One `serve` per data folder: a second one exits 2 naming the process that holds it.
        Options given here win over the settings of the same name."""
        from tamperwatch.runtime import heavy_imports

        with heavy_imports():
            from tamperwatch.server import serve_forever

        given = {"host": host, "port": port, "tls_certfile": tls_cert, "tls_keyfile": tls_key}
        settings = settings_of(ctx).model_copy(update={k: v for k, v in given.items() if v is not None})
        run_async(serve_forever(settings))
