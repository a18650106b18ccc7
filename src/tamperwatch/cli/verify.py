"""`tamperwatch verify`: is a claimed defacement real? One claim, or a batch of claims.

    tamperwatch verify --url U --time T --screenshot S [--source FILE|CDX-URL ...] [--json]
                       [--html REPORT.html] [--stix BUNDLE.json]
    tamperwatch verify --batch claims.jsonl --output verdicts.jsonl [--source ...]

Exit status: 0 answered (whatever the verdict), 2 a usage or input mistake (one line on stderr);
in a batch, a claim whose screenshot or evidence cannot be read is answered ``unverifiable`` with
the error as its reason, named on stderr, and the batch ends with status 1.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from tamperwatch.cli.common import console, fail, print_json, progress_bar, run_async, settings_of

if TYPE_CHECKING:
    from tamperwatch.settings import Settings
    from tamperwatch.verify.claim import Verification


def register(app: typer.Typer) -> None:
    @app.command()
    def verify(
        ctx: typer.Context,
        url: str = typer.Option(None, "--url", help="The page the claim names."),
        time: str = typer.Option(
            None, "--time", help="The claimed time, ISO 8601 (UTC unless an offset is given)."
        ),
        screenshot: Path = typer.Option(None, "--screenshot", help="The screenshot the claimant posted."),
        source: list[str] = typer.Option(
            [], "--source", help="Evidence: a WARC or WACZ file, or a CDX API URL (repeatable)."
        ),
        batch: Path = typer.Option(None, "--batch", help="Claims file, one JSON claim a line (see README)."),
        output: Path = typer.Option(
            None, "--output", "-o", help="Verdicts file for --batch (default stdout)."
        ),
        as_json: bool = typer.Option(False, "--json", help="Print the full verification as JSON."),
        html: Path = typer.Option(None, "--html", help="Write a self-contained HTML report of one claim."),
        stix: Path = typer.Option(None, "--stix", help="Write a STIX 2.1 bundle of one claim."),
    ) -> None:
        """Check a claimed defacement against archives (confirmed, doctored, refuted, unverifiable)."""
        if batch is not None:
            if url or time or screenshot or html or stix:
                raise fail(
                    "--batch reads the claims from its file: leave out --url, --time, --screenshot, "
                    "--html and --stix"
                )
            settings = settings_of(ctx, data=False)
            _batch(settings, batch, output, source)
            return
        if not (url and time and screenshot):
            raise fail("give --url, --time and --screenshot (or --batch FILE)")
        settings = settings_of(ctx, data=False)
        result = _one(settings, url, time, screenshot, source)
        if html is not None:
            from tamperwatch.verify.report_html import html_report

            html.write_text(html_report(result), encoding="utf-8")
        if stix is not None:
            from tamperwatch.verify.report_stix import stix_bundle

            stix.write_text(stix_bundle(result), encoding="utf-8")
        if as_json:
            from tamperwatch.verify.report_json import report_json

            print_json(report_json(result))
            return
        out = console()
        out.print(f"[bold]{result.answer.value}[/] (confidence {result.confidence:.2f})")
        for reason in result.reasons:
            out.print(f"  - {reason}", markup=False)
        if result.reach.get("description"):
            out.print(f"  reach: {result.reach['description']}", markup=False)


def _one(settings: Settings, url: str, time: str, screenshot: Path, sources: list[str]) -> Verification:
    from tamperwatch.verify.claims_file import parse_time, read_screenshot
    from tamperwatch.verify.service import verify_claim

    try:
        when = parse_time(time)
    except ValueError as exc:
        raise fail(f"--time: {exc}") from None
    if not screenshot.is_file():
        raise fail(f"{screenshot}: no such screenshot")
    return run_async(verify_claim(settings, url, when, read_screenshot(screenshot), sources))


def _batch(settings: Settings, path: Path, output: Path | None, extra: list[str]) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn

    from tamperwatch.errors import ConfigError
    from tamperwatch.verify.claim import Claim
    from tamperwatch.verify.claims_file import read_claims, read_screenshot
    from tamperwatch.verify.service import open_verifier, sources_for

    claims = read_claims(path)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())

    async def go() -> None:
        async with open_verifier(settings) as (verifier, fetcher):
            common = sources_for(extra, fetcher)
            with _open(output) as out, progress_bar(*columns) as bar:
                task = bar.add_task("verifying", total=len(claims))
                for line in claims:
                    try:
                        claim = Claim(line.url, line.time, read_screenshot(line.screenshot), line.id)
                        own = sources_for([str(p) for p in line.sources], fetcher)
                        answer = (await verifier.verify(claim, [*common, *own])).line()
                    except ConfigError as exc:  # this claim's files are unusable; the others still count
                        failed.append(line.id)
                        bar.console.print(f"claim {line.id}: {exc.message}", markup=False, soft_wrap=True)
                        answer = {
                            "id": line.id,
                            "verdict": "unverifiable",
                            "confidence": 0.0,
                            "reasons": [exc.message],
                        }
                    out.write(json.dumps(answer, ensure_ascii=False) + "\n")
                    out.flush()
                    bar.advance(task)

    failed: list[str] = []
    run_async(go())
    if failed:
        raise fail(
            f"{len(failed)} claim(s) could not be read (answered unverifiable): {', '.join(failed[:5])}", 1
        )


def _open(path: Path | None):  # type: ignore[no-untyped-def]
    import os

    if path is None or str(path) == "-":
        return open(os.dup(1), "w", encoding="utf-8")
    try:
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        raise fail(f"{path}: cannot be written ({exc.strerror or exc})") from None
